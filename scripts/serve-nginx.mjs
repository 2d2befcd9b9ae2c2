// npm run serve:nginx: runs Debian's nginx in the foreground with deploy/nginx.conf on 127.0.0.1:$PORT (default 8080),
// serving dist/, under a temporary prefix (no system changes).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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
const conf = fs
  .readFileSync('deploy/nginx.conf', 'utf8')
  .replace(/^(\s*)listen \S+;/mu, `$1listen 127.0.0.1:${port};`)
  .replace(/^(\s*)root \S+;/mu, `$1root ${dist};`)
  .replace(
    /^worker_processes \S+;/mu,
    `worker_processes 1;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/logs/error.log warn;`,
  )
  .replace(
    /^http \{/mu,
    `http {\n    client_body_temp_path ${prefix}/body;\n    proxy_temp_path ${prefix}/proxy;\n    fastcgi_temp_path ${prefix}/fastcgi;\n    uwsgi_temp_path ${prefix}/uwsgi;\n    scgi_temp_path ${prefix}/scgi;`,
  );
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
