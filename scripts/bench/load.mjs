// Short, bounded load run against real nginx on 127.0.0.1 (wrk, 5 s each): a task page and a search-index file.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const PORT = 8090;
const DURATION = '5s';

function ensureWrk() {
  if (fs.existsSync('/usr/bin/wrk')) return;
  if (process.getuid?.() !== 0) throw new Error('bench load: install Debian\'s "wrk" package');
  execFileSync('apt-get', ['install', '-y', '-qq', 'wrk'], {
    stdio: 'ignore',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function searchIndexFile() {
  const dir = path.resolve('dist/pagefind');
  if (!fs.existsSync(dir)) return undefined;
  const file = fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .find((f) => f.endsWith('.pf_meta') || f.endsWith('.pf_index'));
  return file && `/pagefind/${file}`;
}

export async function run() {
  ensureWrk();
  const server = spawn(process.execPath, ['scripts/serve-nginx.mjs'], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: 'ignore',
  });
  try {
    for (let i = 0; i < 50; i += 1) {
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/zh/`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const targets = [
      ['task page (gzip)', '/zh/tasks/7/'],
      ['search index file', searchIndexFile()],
    ].filter(([, url]) => url);
    const out = {};
    for (const [name, url] of targets) {
      const text = execFileSync(
        'wrk',
        ['-t2', '-c32', `-d${DURATION}`, '--latency', '-H', 'Accept-Encoding: gzip', `http://127.0.0.1:${PORT}${url}`],
        { encoding: 'utf8' },
      );
      const rps = Number(/Requests\/sec:\s+([\d.]+)/u.exec(text)?.[1]);
      const p99 = /99%\s+([\d.]+)(us|ms|s)/u.exec(text);
      const p99ms = p99 ? Number(p99[1]) * { us: 0.001, ms: 1, s: 1000 }[p99[2]] : null;
      out[name] = { url, requestsPerSecond: Math.round(rps), p99ms: p99ms && Number(p99ms.toFixed(2)) };
      console.log(
        `${name.padEnd(18)} ${url}: ${out[name].requestsPerSecond} req/s, p99 ${out[name].p99ms} ms (wrk -t2 -c32 ${DURATION})`,
      );
    }
    return out;
  } finally {
    server.kill('SIGTERM');
  }
}
