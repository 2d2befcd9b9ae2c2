// Lighthouse (mobile preset) on the home, a task, the map and the search page with a query (plain, and an alias in
// English) in both languages: median of 3 runs.
import fs from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath, median, serveDist } from './_util.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ALL_PAGES = [
  '/zh/',
  '/en/',
  '/zh/tasks/7/',
  '/en/tasks/7/',
  '/zh/map/',
  '/en/map/',
  '/zh/search/?q=%E4%BA%BA%E6%89%8D',
  '/en/search/?q=talent',
  '/en/search/?q=regulatory%20sandbox',
];
// BENCH_PAGES=/zh/,/en/map/ limits the run to some pages.
const PAGES = process.env.BENCH_PAGES ? process.env.BENCH_PAGES.split(',') : ALL_PAGES;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function run() {
  const executable = chromiumPath();
  if (!executable) throw new Error('bench lighthouse: Chromium not found (node scripts/ensure-chromium.mjs)');
  const server = await serveDist();
  const chrome = await chromeLauncher.launch({ chromePath: executable, chromeFlags: CHROMIUM_FLAGS });
  const out = {};
  try {
    for (const page of PAGES) {
      if (!fs.existsSync(`dist${page.split('?')[0]}index.html`)) {
        console.log(`${page}: not built, skipped`);
        continue;
      }
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) {
        const result = await lighthouse(`${server.url}${page}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        const { categories, audits, runtimeError } = result.lhr;
        if (runtimeError) throw new Error(`bench lighthouse: ${page}: ${runtimeError.code} ${runtimeError.message}`);
        runs.push({
          ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])),
          lcpMs: audits['largest-contentful-paint'].numericValue,
          tbtMs: audits['total-blocking-time'].numericValue,
          cls: audits['cumulative-layout-shift'].numericValue,
        });
      }
      const m = (k) => median(runs.map((r) => r[k]));
      out[page] = {
        ...Object.fromEntries(CATEGORIES.map((c) => [c, m(c)])),
        lcpMs: Math.round(m('lcpMs')),
        tbtMs: Math.round(m('tbtMs')),
        cls: Number(m('cls').toFixed(3)),
      };
      const r = out[page];
      console.log(
        `${page.padEnd(26)} perf ${r.performance} a11y ${r.accessibility} bp ${r['best-practices']} seo ${r.seo}  LCP ${r.lcpMs} ms  TBT ${r.tbtMs} ms  CLS ${r.cls}`,
      );
    }
  } finally {
    await chrome.kill();
    await server.stop();
  }
  return out;
}
