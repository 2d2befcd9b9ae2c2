// Search: index size per language, and for a few queries typed into the header box of a task page (fresh browser
// each run) the bytes transferred and the time from the last keystroke to rendered results; for the search page opened
// with a query, the bytes up to its first result and the time from navigation to it; medians of several runs.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { servedSize as servedGzipSize } from '../../tests/support/page-weight.ts';
import { CHROMIUM_FLAGS, chromiumPath, median, serveDist } from './_util.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/**
 * Chinese is committed by the input method in one go; Latin text is typed key by key (80 ms apart). Each language has a
 * plain query, an alias of a glossary term, a traditional-character query and a spelling variant or a query in the
 * other language; the kind is printed with the figures.
 */
const QUERIES = [
  ['zh', '区块链', 'plain'],
  ['zh', '人才', 'plain'],
  ['zh', '比特币', 'plain, nothing found'],
  ['zh', '金融', 'plain, most results'],
  ['zh', '监管沙盒', 'alias'], // searches 创新监管试点
  ['zh', '區塊鏈', 'traditional'], // searches 区块链
  ['zh', 'blockchain', 'other language'], // the English name of a theme: searches 区块链
  ['en', 'payments', 'plain'],
  ['en', 'Lin-gang', 'plain'],
  ['en', 'bitcoin', 'plain, nothing found'],
  ['en', 'regulatory sandbox', 'alias'], // searches "fintech innovation regulatory pilots"
  ['en', '區塊鏈', 'traditional'], // nothing in English: links the 4 Chinese results
  ['en', 'centre', 'spelling'], // British spelling: finds center
];

const servedSize = (file) => servedGzipSize(fs.readFileSync(file));

function sizeOf(dir, test) {
  return fs
    .readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile() && test(f))
    .reduce((sum, f) => sum + servedSize(f), 0);
}

function indexSizes() {
  const out = {};
  for (const lang of ['zh', 'en']) {
    const dir = path.resolve('dist/pagefind', lang);
    const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
    out[lang] = {
      pages: Object.values(entry.languages)[0].page_count,
      index: sizeOf(path.join(dir, 'index'), () => true),
      fragments: sizeOf(path.join(dir, 'fragment'), () => true),
      // Each bundle holds a fallback WebAssembly too; a page loads the one of its language.
      wasm: servedSize(path.join(dir, `wasm.${Object.values(entry.languages)[0].wasm ?? 'unknown'}.pagefind`)),
      pagefindJs: servedSize(path.join(dir, 'pagefind.js')),
      // The search page's source: the plan's text file (src/search/integration-node.ts, planText).
      textFile: servedSize(path.join(dir, 'pages.json')),
    };
    const s = out[lang];
    console.log(
      `index ${lang}: ${s.pages} pages; word index ${(s.index / 1000).toFixed(1)} KB, page fragments ${(s.fragments / 1000).toFixed(1)} KB (one file), WebAssembly ${(s.wasm / 1000).toFixed(1)} KB, pagefind.js ${(s.pagefindJs / 1000).toFixed(1)} KB; the search page's text file ${(s.textFile / 1000).toFixed(1)} KB (gzip)`,
    );
  }
  return out;
}

/** One cold run: a fresh browser context on a task page, the query into the header box, results rendered. */
async function firstQuery(browser, base, lang, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`${base}/${lang}/tasks/7/`, { waitUntil: 'networkidle' });
  fetched.splice(0, fetched.length, ...fetched.filter((p) => p.includes('SearchBox')));
  const searchOnce = async (text, typed) => {
    await page.evaluate(() => {
      // Time from the last input event to the end of the render that shows its results.
      window.__bench = { lastInput: 0, rendered: 0 };
      const input = document.getElementById('header-search');
      input.addEventListener('input', (e) => (window.__bench.lastInput = e.timeStamp));
      new MutationObserver(() => {
        const list = document.querySelector('#search-panel ol');
        if (list && !list.hasAttribute('aria-busy')) window.__bench.rendered = performance.now();
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    if (typed) await page.keyboard.type(text, { delay: 80 });
    else await page.keyboard.insertText(text);
    await page.waitForFunction((q) => {
      const status = document.querySelector('#search-panel [role="status"]')?.textContent ?? '';
      const list = document.querySelector('#search-panel ol');
      return (
        list &&
        !list.hasAttribute('aria-busy') &&
        status !== '' &&
        document.getElementById('header-search').value === q &&
        window.__bench.rendered > window.__bench.lastInput
      );
    }, text);
    await page.waitForLoadState('networkidle');
    return page.evaluate(() => window.__bench.rendered - window.__bench.lastInput);
  };
  await page.focus('#header-search');
  const coldMs = await searchOnce(query, !/\p{Script=Han}/u.test(query));
  const bytes = fetched.reduce((sum, p) => sum + servedSize(path.join('dist', decodeURIComponent(p))), 0);
  const results = await page.locator('#search-panel [data-result]').count();
  const total = await page.locator('#search-panel [role="status"]').innerText();
  // A second query in the same page: Pagefind and the index are loaded, the usual case while refining a search.
  await page.fill('#header-search', '');
  const warmMs = await searchOnce(lang === 'zh' ? '临港' : 'talent', false);
  await context.close();
  return { coldMs, warmMs, bytes, files: fetched.length, results, total };
}

/** The search page opened with a query, searched in its address; what is asked for once results show is not counted. */
const PAGE_QUERIES = [
  ['zh', '人才'],
  ['zh', '區塊鏈'],
  ['en', 'talent'],
  ['en', 'regulatory sandbox'],
];

async function searchPage(browser, base, lang, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('#search-results [data-result]')) return;
      window.__firstResult = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(`${base}/${lang}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => window.__firstResult !== undefined);
  const ms = await page.evaluate(() => window.__firstResult);
  const upTo = fetched.filter((p) => !p.endsWith('/extra.json') && !p.includes('/PageScript.'));
  const bytes = upTo.reduce((sum, p) => {
    const file = path.join('dist', decodeURIComponent(p), p.endsWith('/') ? 'index.html' : '');
    return sum + servedSize(file);
  }, 0);
  await context.close();
  return { ms, bytes, files: upTo.length };
}

export async function run() {
  if (!fs.existsSync('dist/pagefind/zh/pagefind.js')) throw new Error('bench search: run `npm run build` first');
  const index = indexSizes();
  const executable = chromiumPath();
  if (!executable) throw new Error('bench search: Chromium not found');
  const server = await serveDist();
  const browser = await chromium.launch({
    executablePath: executable,
    args: CHROMIUM_FLAGS.filter((f) => !f.startsWith('--headless')),
  });
  const queries = {};
  const searchPages = {};
  try {
    for (const [lang, query, kind] of QUERIES) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await firstQuery(browser, server.url, lang, query));
      const m = (key) => median(runs.map((r) => r[key]));
      queries[`${lang}: ${query}`] = {
        kind,
        firstQueryBytes: m('bytes'),
        firstQueryFiles: m('files'),
        firstQueryMs: Math.round(m('coldMs')),
        nextQueryMs: Math.round(m('warmMs')),
        results: runs[0].total,
      };
      const q = queries[`${lang}: ${query}`];
      console.log(
        `${`${lang} ${query}`.padEnd(22)} ${`(${kind})`.padEnd(22)} first query ${(q.firstQueryBytes / 1000).toFixed(1)} KB in ${q.firstQueryFiles} files, ${q.firstQueryMs} ms from last keystroke to results; next query ${q.nextQueryMs} ms  (${q.results.trim()})`,
      );
    }
    for (const [lang, query] of PAGE_QUERIES) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await searchPage(browser, server.url, lang, query));
      const m = (key) => median(runs.map((r) => r[key]));
      const q = { bytes: m('bytes'), files: m('files'), ms: Math.round(m('ms')) };
      searchPages[`${lang}: ${query}`] = q;
      console.log(
        `search page /${lang}/search/?q=${query}: ${(q.bytes / 1000).toFixed(1)} KB in ${q.files} files up to the first result, ${q.ms} ms from navigation to it (local server, no throttling)`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return { runs: RUNS, index, queries, searchPages };
}
