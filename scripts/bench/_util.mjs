// Shared helpers for the benchmark sections: medians, timing commands with peak memory, serving dist/.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { CHROMIUM_FLAGS as FLAGS } from '../chromium.mjs';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** GNU time reports peak memory; install Debian's `time` when running as root and it is missing. */
function ensureGnuTime() {
  if (fs.existsSync('/usr/bin/time')) return true;
  if (process.getuid?.() === 0) {
    execFileSync('apt-get', ['install', '-y', '-qq', 'time'], {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  return fs.existsSync('/usr/bin/time');
}

/** Runs a shell command; returns wall seconds and peak resident memory in MB (of the largest process). */
export function timed(command, options = {}) {
  const gnu = ensureGnuTime();
  const started = process.hrtime.bigint();
  const result = gnu
    ? spawnSync('/usr/bin/time', ['-f', '__PEAK_KB__%M', 'sh', '-c', command], { encoding: 'utf8', ...options })
    : spawnSync('sh', ['-c', command], { encoding: 'utf8', ...options });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`bench: "${command}" failed:\n${result.stdout}\n${result.stderr}`);
  const peak = /__PEAK_KB__(\d+)/u.exec(result.stderr ?? '');
  return { seconds, peakMB: peak ? Number(peak[1]) / 1024 : null };
}

/** The commands of `npm run build`, in order (the script is a chain of `&&`). */
export function buildPhases(pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'))) {
  return pkg.scripts.build.split('&&').map((c) => c.trim());
}

/** A port that is free now (a fixed port collides when two runs share the machine). */
async function freePort() {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Serves dist/ with Astro's preview server (in-process API) on 127.0.0.1, on BENCH_PORT or a free port. */
export async function serveDist() {
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
  const { preview } = await import('astro');
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
  return { url: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}

export { findChromium as chromiumPath } from '../chromium.mjs';
/** chrome-launcher (Lighthouse) starts Chromium itself, so headless mode is a flag here. */
export const CHROMIUM_FLAGS = ['--headless=new', ...FLAGS];
