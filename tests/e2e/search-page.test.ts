// The search page with a reader's input: what it says for an alias, traditional characters and nothing found, how it
// repeats hostile or long queries, what it fetches early, how it keeps the query across languages and without JS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options: { width?: number; javaScript?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  await page.goto(`${baseURL()}${path}`);
  return page;
}

/** The status line once the search has answered (the result list is no longer busy). */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    const list = document.getElementById('search-results');
    return status !== '' && list !== null && !list.hasAttribute('aria-busy');
  });
  return (await page.locator('#search-status').innerText()).trim();
}

describe('what the search page says about the query', () => {
  it('says that an alias was searched as the plan’s term, and links the term', async () => {
    const page = await open(`/en/search/?q=${encodeURIComponent('regulatory sandbox')}`);
    const status = await settled(page);
    expect(status).toContain('Showing results for “fintech innovation regulatory pilots”, the plan’s term');
    expect(status).toContain('“regulatory sandbox” is an everyday name for it');
    expect(await page.locator('#search-status [data-reading] a').getAttribute('href')).toBe(
      '/en/glossary/#regulatory-sandbox',
    );
    expect(await page.locator('#search-results [data-result]').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('says that a later name was searched as the plan’s word (数字人民币 → 数字货币)', async () => {
    const page = await open(`/zh/search/?q=${encodeURIComponent('数字人民币')}`);
    const status = await settled(page);
    expect(status).toContain('显示方案用语“数字货币”的结果；“数字人民币”是方案发布后才出现的名称。');
    expect(await page.locator('#search-results [data-result]').allInnerTexts()).toHaveLength(1);
    await page.context().close();
  });

  it('searches traditional characters in simplified and says so', async () => {
    const page = await open(`/zh/search/?q=${encodeURIComponent('區塊鏈')}`);
    const status = await settled(page);
    expect(status).toContain('显示简体“区块链”的结果。');
    expect(await page.locator('#search-results [data-result]').count()).toBe(4);
    await page.context().close();
  });

  it('on nothing found, offers the glossary, the themes, the full text and what followed the plan', async () => {
    const page = await open(`/en/search/?q=bitcoin`);
    await settled(page);
    const help = page.locator('#search-help');
    expect(await help.isVisible()).toBe(true);
    const links = await help.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/en/glossary/', '/en/themes/', '/en/plan/', '/en/about/']);
    await page.context().close();
  });
});

describe('hostile and long input', () => {
  it('repeats a query without bidirectional controls, capped, inside <bdi>', async () => {
    const page = await open(`/en/search/?q=${encodeURIComponent('\u202eevil.example/login\u0007')}`);
    await settled(page);
    const echoed = page.locator('#search-status bdi');
    expect(await echoed.innerText()).toBe('evil.example/login');
    expect(await page.locator('#search-status').innerText()).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0000-\u001f]/u);
    const long = 'supercalifragilistic'.repeat(30);
    await page.goto(`${baseURL()}/en/search/?q=${long}`);
    await settled(page);
    expect([...(await page.locator('#search-status bdi').innerText())]).toHaveLength(60);
    await page.context().close();
  });

  it('keeps a 390 px page 390 px wide with a long unbroken query, in both languages', async () => {
    for (const [lang, query] of [
      ['en', 'x'.repeat(300)],
      ['zh', '区'.repeat(300)],
    ] as const) {
      const page = await open(`/${lang}/search/?q=${encodeURIComponent(query)}`, { width: 390 });
      await settled(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), lang).toBeLessThanOrEqual(390);
      await page.context().close();
    }
  });

  it('limits both boxes to 200 characters', async () => {
    const page = await open('/zh/search/');
    expect(await page.locator('#search-query').getAttribute('maxlength')).toBe('200');
    expect(await page.locator('#header-search').getAttribute('maxlength')).toBe('200');
    await page.context().close();
  });
});

describe('loading and switching', () => {
  it("with a query, the page's one script loads only once the first results are on screen, and then works", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const resultsWhenAsked: number[] = [];
    await page.route(/\/_astro\/PageScript\./u, async (route) => {
      resultsWhenAsked.push(
        await page.evaluate(() => document.querySelectorAll('#search-results [data-result]').length),
      );
      await route.continue();
    });
    await page.goto(`${baseURL()}/en/search/?q=talent`);
    await page.locator('#search-results [data-result]').first().waitFor();
    await expect.poll(() => resultsWhenAsked.length).toBe(1);
    expect(resultsWhenAsked[0]).toBeGreaterThan(0);
    // It works: the reading settings, and the language switch that keeps the query.
    await page.locator('#reading-controls summary').click();
    await page.locator('[data-text-size="larger"]').click();
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('larger');
    await page.locator('a[data-lang-switch]').first().hover();
    expect(await page.locator('a[data-lang-switch]').first().getAttribute('href')).toContain('q=talent');
    await context.close();
  });

  it("searches the plan's text file: before its first result the page fetches its script and that file, none of Pagefind's", async () => {
    for (const [lang, path, query] of [
      ['en', '/en/search/?q=talent', true],
      ['zh', `/zh/search/?q=${encodeURIComponent('人才')}`, true],
      ['en', '/en/search/', false],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto(`${baseURL()}${path}`);
      // Without a query the text file is fetched at once too: a reader here is about to search.
      if (query) await settled(page);
      else
        await page.waitForFunction(() =>
          performance.getEntriesByType('resource').some((e) => e.name.includes('/pages.json')),
        );
      // What is beyond the plan (extra.json) is fetched once the results are on screen.
      const upToResults = fetched.filter(
        (p) => (p.startsWith('/pagefind/') && !p.endsWith('/extra.json')) || p.startsWith('/_astro/search-page.'),
      );
      expect(
        upToResults.map((p) => p.replace(/\.[\w-]+\.js$/u, '.js')),
        path,
      ).toEqual(['/_astro/search-page.js', `/pagefind/${lang}/pages.json`]);
      // The words file and the strings of the line that says how a query was read come inside the page.
      for (const file of ['words.json', 'words-strings.json']) {
        expect(
          await page
            .locator(`head script[type="application/json"][data-search-file="/pagefind/${lang}/${file}"]`)
            .count(),
        ).toBe(1);
      }
      // Nothing of Pagefind's, then or later: no script, WebAssembly, index or fragment.
      await page.waitForLoadState('networkidle');
      expect(
        fetched.filter((p) => /\/pagefind\/.*(pagefind[^/]*\.js|\.pagefind|\.pf_\w+)$/u.test(p)),
        path,
      ).toEqual([]);
      await context.close();
    }
  });

  it('keeps the query when the reader switches language', async () => {
    const page = await open(`/zh/search/?q=${encodeURIComponent('区块链')}`);
    await settled(page);
    await page.locator('a[data-lang-switch]').click();
    await page.waitForURL('**/en/search/?q=*');
    expect(new URL(page.url()).searchParams.get('q')).toBe('区块链');
    await page.context().close();
  });

  it('without JavaScript offers the full text, themes and glossary, and shows no filters', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const page = await open(`/${lang}/search/?q=x`, { javaScript: false });
      expect(await page.locator('form[data-search-page] details').isVisible()).toBe(false);
      const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of [`/${lang}/plan/`, `/${lang}/themes/`, `/${lang}/glossary/`]) expect(links).toContain(href);
      await page.context().close();
    }
  });
});
