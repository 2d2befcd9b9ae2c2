// npm run serve:nginx: runs Debian's nginx in the foreground with deploy/nginx.conf on 127.0.0.1:$PORT (default 8080),
// serving dist/, under a temporary prefix (no system changes). Workers run as the invoking user, so the checkout may
// live anywhere that user can read (a private home folder, a mktemp -d folder). NGINX_PROBES=1 (tests only) adds two
// addresses that fail on purpose, to show the error pages no static file can provoke: /.probe/403 (deny all) and
// /.probe/502 (proxies to a socket that does not exist).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** deploy/nginx.conf turned into a local server: own port, root, prefix, and workers running as the invoking user. */
export function localConf(conf, { port, dist, prefix, uid, probes = false }) {
  // Production names an unprivileged user. Locally the workers run as whoever started nginx: as root that takes
  // `user root;` (else they would be www-data or nobody, who may not enter a private folder holding the checkout);
  // anyone else cannot switch users, and the directive is dropped.
  const user = uid === 0 ? 'user root;' : '';
  const probe = probes
    ? [
        '',
        '        location = /.probe/403 {',
        '            deny all;',
        '        }',
        '        location = /.probe/502 {',
        `            proxy_pass http://unix:${prefix}/no-upstream.sock;`,
        '        }',
      ].join('\n')
    : '';
  return conf
    .replace(/^user \S+;\n/mu, user ? `${user}\n` : '')
    .replace(/^(\s*)listen \S+;/mu, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root \S+;/mu, `$1root ${dist};${probe}`)
    .replace(
      /^worker_processes \S+;/mu,
      `worker_processes 1;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/logs/error.log warn;`,
    )
    .replace(
      /^http \{/mu,
      `http {\n    client_body_temp_path ${prefix}/body;\n    proxy_temp_path ${prefix}/proxy;\n    fastcgi_temp_path ${prefix}/fastcgi;\n    uwsgi_temp_path ${prefix}/uwsgi;\n    scgi_temp_path ${prefix}/scgi;`,
    );
}

function main() {
  const port = process.env.PORT ?? '8080';
  const dist = path.resolve(process.env.DIST ?? 'dist');
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
  if (!nginx) {
    console.error('nginx not found: install Debian\'s "nginx" package (sudo apt-get install nginx).');
    process.exit(1);
  }
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    console.error(`${dist} has no site: run npm run build first.`);
    process.exit(1);
  }

  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-'));
  fs.mkdirSync(path.join(prefix, 'logs'));
  const conf = localConf(fs.readFileSync('deploy/nginx.conf', 'utf8'), {
    port,
    dist,
    prefix,
    uid: process.getuid?.(),
    probes: Boolean(process.env.NGINX_PROBES),
  });
  const confFile = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(confFile, conf);
  execFileSync(nginx, ['-t', '-q', '-p', prefix, '-c', confFile], { stdio: 'inherit' });

  const child = spawn(nginx, ['-p', prefix, '-c', confFile, '-g', 'daemon off;'], { stdio: 'inherit' });
  console.log(`nginx serving ${dist} at http://127.0.0.1:${port}/ (Ctrl-C to stop)`);
  const stop = () => child.kill('SIGQUIT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => {
    fs.rmSync(prefix, { recursive: true, force: true });
    process.exit(code ?? 0);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
