// The search page beyond the plan: glossary, themes, map zones and status facts after the plan's results, labelled
// and filtered; suggestions when nothing is found; the first query on a task page does not fetch them.
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

async function open(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseURL()}${path}`);
  return page;
}

/** Waits until the entries beyond the plan were searched (a result of theirs is shown, or the help says so). */
async function more(page: Page, selector = '#search-more:not([hidden]) li'): Promise<void> {
  await page.waitForSelector(selector, { state: 'attached' });
}

const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href')));

describe('results beyond the plan', () => {
  it('come after the plan’s own results, labelled, linking to their place (en: blockchain)', async () => {
    const page = await open('/en/search/?q=blockchain');
    await more(page);
    expect(await page.locator('#search-results [data-result]').count()).toBeGreaterThan(0);
    const order = await page.evaluate(() => {
      const plan = document.getElementById('search-results')!;
      const beyond = document.getElementById('search-more')!;
      return plan.compareDocumentPosition(beyond) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    expect(await page.locator('#search-more h2').innerText()).toBe('Beyond the plan');
    const theme = page.locator('#search-more li[data-more="/en/themes/blockchain/"]');
    expect(await theme.locator('a').innerText()).toMatch(/^Theme\s*Blockchain$/u);
    expect(await theme.locator('a mark').allInnerTexts()).toEqual(['Blockchain']);
    expect(await page.locator('#search-status').innerText()).toMatch(/\d+ more results? beyond the plan's text/u);
    await page.context().close();
  });

  it('label map zones and status facts (zh: 陆家嘴, 行动方案)', async () => {
    const page = await open(`/zh/search/?q=${encodeURIComponent('陆家嘴')}`);
    await more(page);
    const zone = page.locator('#search-more li[data-more="/zh/map/#zone-lujiazui"] a');
    expect(await zone.innerText()).toMatch(/^地图/u);
    await page.goto(`${baseURL()}/zh/search/?q=${encodeURIComponent('行动方案')}`);
    await more(page);
    const fact = page.locator('#search-more li[data-more="/zh/about/#action-plan-2024"] a');
    expect(await fact.innerText()).toMatch(/^背景——不属于方案/u);
    await page.context().close();
  });

  it('are filtered by kind, from the address too: only map zones, no plan results', async () => {
    const page = await open('/en/search/?q=Lujiazui&kind=map');
    await more(page);
    const kinds = await page.locator('#search-more li').evaluateAll((lis) => lis.map((li) => li.dataset.kind));
    expect(kinds).toEqual(['map']);
    expect(await page.locator('#search-results [data-result]').count()).toBe(0);
    expect(await page.locator('input[name="kind"][value="map"]').isChecked()).toBe(true);
    await page.locator('input[name="kind"][value="map"]').uncheck();
    expect(await page.locator('#search-results [data-result]').count()).toBeGreaterThan(0);
    expect(page.url()).not.toContain('kind=');
    await page.context().close();
  });
});

describe('never a dead end', () => {
  it('zh: a query found nowhere suggests the closest terms, keeps the newer-than-the-plan hint and the full text', async () => {
    const page = await open(`/zh/search/?q=${encodeURIComponent('沙盘监管')}`);
    await more(page, '#search-suggestions');
    expect(await hrefs(page, '#search-suggestions a')).toContain('/zh/glossary/#regulatory-sandbox');
    // Full-width punctuation, no Latin spaces: 您是否要找：创新监管试点（术语）、…
    expect(await page.locator('#search-suggestions').innerText()).toMatch(/^您是否要找：\S+（(术语|主题)）、/u);
    const links = await hrefs(page, '#search-help a');
    expect(links).toEqual(expect.arrayContaining(['/zh/plan/', '/zh/about/', '/zh/glossary/', '/zh/themes/']));
    expect(await page.locator('#search-help').isVisible()).toBe(true);
    await page.context().close();
  });

  it('en: a misspelt word suggests the theme it resembles', async () => {
    const page = await open('/en/search/?q=blokchain');
    await more(page, '#search-suggestions');
    expect((await hrefs(page, '#search-suggestions a'))[0]).toBe('/en/themes/blockchain/');
    expect(await page.locator('#search-suggestions').innerText()).toContain('Did you mean:');
    await page.context().close();
  });
});

describe('what the first query costs', () => {
  it('a first query in the header box of a task page does not fetch the entries beyond the plan', async () => {
    const page = await open('/zh/tasks/7/');
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.locator('#header-search').fill('区块链');
    await page.waitForSelector('[data-result]');
    await page.waitForTimeout(300);
    expect(fetched.some((p) => p.startsWith('/pagefind/zh/'))).toBe(true);
    expect(fetched.filter((p) => p.endsWith('/extra.json'))).toEqual([]);
    await page.context().close();
  });
});
