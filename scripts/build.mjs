// npm run build: builds the whole site into a temporary folder beside dist/ and swaps it in only when every step
// succeeded, so a failed build leaves the previous dist/ exactly as it was.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ERROR_PAGES } from '../deploy/policy.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const PREFIX = '.dist-build-';
/** Files every complete build has; a step that "succeeds" without them did not finish its job. */
const REQUIRED = [
  'index.html',
  '404.html',
  'zh/index.html',
  'en/index.html',
  'pagefind/zh/pagefind.js',
  'pagefind/en/pagefind.js',
  'sitemap-index.xml',
  'og/zh.png',
  'og/en.png',
  'zh/index.html.gz',
  // The pages deploy/nginx.conf serves for errors.
  ...new Set(Object.values(ERROR_PAGES).map((page) => `${page.slice(1)}index.html`)),
];

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Temporary folders of builds that were killed (their process is gone) are removed; running builds are left alone. */
function removeAbandoned() {
  for (const name of fs.readdirSync(root)) {
    const pid = Number(name.startsWith(PREFIX) ? name.slice(PREFIX.length).split('-')[0] : NaN);
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid))
      fs.rmSync(path.join(root, name), { recursive: true, force: true });
  }
}

function run(step, args) {
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${step} failed (exit ${result.status ?? result.signal})`);
  return (Date.now() - started) / 1000;
}

removeAbandoned();
const out = fs.mkdtempSync(path.join(root, `${PREFIX}${process.pid}-`));
// mkdtemp makes the folder private (0700); dist/ must stay readable by a web server's own user.
fs.chmodSync(out, 0o755);
const cleanUp = () => fs.rmSync(out, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    cleanUp();
    process.exit(1);
  });

try {
  const times = [
    ['deploy-config', run('deploy-config', ['scripts/deploy-config.mjs'])],
    // Pages, share cards and (in astro:build:done) the Pagefind index, all inside the temporary folder.
    ['astro build', run('astro build', ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out])],
    ['precompress', run('precompress', ['scripts/precompress.mjs', out])],
  ];
  // Astro stages prerendered pages in .prerender/ and removes it when done; a leftover must never be published.
  fs.rmSync(path.join(out, '.prerender'), { recursive: true, force: true });
  const missing = REQUIRED.filter((file) => !fs.existsSync(path.join(out, file)));
  if (missing.length > 0) throw new Error(`the build is incomplete: no ${missing.join(', ')}`);

  // Swap: two renames on one file system, the old dist/ removed only once the new one is in place.
  const old = `${out}-old`;
  if (fs.existsSync(dist)) fs.renameSync(dist, old);
  try {
    fs.renameSync(out, dist);
  } catch (error) {
    if (fs.existsSync(old)) fs.renameSync(old, dist);
    throw error;
  }
  fs.rmSync(old, { recursive: true, force: true });
  console.log(`build: dist/ replaced (${times.map(([step, s]) => `${step} ${s.toFixed(1)} s`).join(', ')})`);
} catch (error) {
  cleanUp();
  console.error(`build: ${error.message}; dist/ left as it was.`);
  process.exit(1);
}
