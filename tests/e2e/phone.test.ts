// Phones, on one page of every template in both languages: the page's title starts in the top 35 % of the first
// screen (also at the largest reading text size), every control is at least 44 × 44 px, nothing moves once painted,
// the reading settings open without moving the header, and the menu works without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseURL, launchBrowser } from './browser';
import { sweep } from './pages';
import { inBothLanguages, BROWSABLE } from '../support/templates';

const PHONES = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];
const SIZES = ['standard', 'larger'] as const; // larger is the largest of the reading settings' text sizes
const urls = inBothLanguages(BROWSABLE);
/**
 * The search page with queries whose status line says the most: an alias, a query in the other language (its count
 * from the other language's text), the entries beyond the plan, and suggestions when nothing is found.
 */
const SEARCHES = [
  '/en/search/?q=regulatory%20sandbox',
  `/en/search/?q=${encodeURIComponent('区块链')}`,
  '/zh/search/?q=blockchain',
  `/zh/search/?q=${encodeURIComponent('人才')}`,
  '/en/search/?q=talent',
  // Nothing found: the suggestions ("Did you mean: Blockchain (Theme)").
  '/en/search/?q=blokchain',
  `/zh/search/?q=${encodeURIComponent('沙盘监管')}`,
];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function phone(viewport: { width: number; height: number }, size: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true });
  await context.addInitScript((s) => localStorage.setItem('reading', JSON.stringify({ size: s })), size);
  return context;
}

/** Controls smaller than 44 × 44 CSS px among those visible, after opening every disclosure on the page. */
async function smallControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'button, summary, input:not([type="hidden"]), select, textarea, header a, [role="button"]',
      ),
    ];
    return controls
      .map((el) => {
        // A checkbox or radio button is operated through its label, which is the target.
        const target =
          el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
            ? (el.closest('label') ?? el)
            : el;
        return { el, box: target.getBoundingClientRect() };
      })
      .filter(({ el }) => el.checkVisibility({ visibilityProperty: true, opacityProperty: false }))
      .filter(({ box }) => Math.round(box.width) < 44 || Math.round(box.height) < 44)
      .map(({ el, box }) => {
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 24) ?? '';
        return `${el.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`;
      });
  });
}

describe('on a phone', () => {
  for (const viewport of PHONES) {
    for (const size of SIZES) {
      it(
        `${viewport.width}×${viewport.height}, text size ${size}: the H1 starts in the top 35 % (${urls.length} pages)`,
        { timeout: 300_000 },
        async () => {
          const context = await phone(viewport, size);
          const low: string[] = [];
          await sweep(
            () => context.newPage(),
            urls,
            async (page, url) => {
              await page.goto(`${baseURL()}${url}`);
              const top = await page
                .locator('h1')
                .first()
                .evaluate((h1) => h1.getBoundingClientRect().top);
              if (top > 0.35 * viewport.height) low.push(`${url}: ${Math.round((100 * top) / viewport.height)} %`);
            },
          );
          await context.close();
          expect(low).toEqual([]);
        },
      );
    }
  }

  it.each(PHONES)(
    '$width×$height: every control on every template is at least 44 × 44 px',
    { timeout: 300_000 },
    async (viewport) => {
      const context = await phone(viewport, 'standard');
      const small: string[] = [];
      await sweep(
        () => context.newPage(),
        urls,
        async (page, url) => {
          await page.goto(`${baseURL()}${url}`);
          for (const s of await smallControls(page)) small.push(`${url}: ${s}`);
        },
      );
      await context.close();
      expect(small).toEqual([]);
    },
  );

  it.each(PHONES)(
    '$width×$height: nothing on any template moves once it has painted (no layout shift as scripts run)',
    { timeout: 300_000 },
    async (viewport) => {
      const context = await phone(viewport, 'standard');
      // As on a slow connection: the page paints before its scripts arrive (here they run before the first paint).
      await context.route(/\/_astro\/.*\.js$/u, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await route.continue();
      });
      // Every shift from the start of the page's life. The test gives no input; hadRecentInput is not used, since
      // Chromium sets it on the shifts that follow a navigation by automation (it hid a 0.033 shift here).
      await context.addInitScript(() => {
        const w = window as unknown as { layoutShift: number };
        w.layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
            w.layoutShift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const shifted: string[] = [];
      await sweep(
        () => context.newPage(),
        [...urls, ...SEARCHES],
        async (page, url) => {
          await page.goto(`${baseURL()}${url}`, { waitUntil: 'networkidle' });
          await page.waitForTimeout(100);
          const shift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
          // Below 0.005 is noise of a loaded machine (0.0008 once on /en/ in a full run, never alone); the Print
          // button's shift this test was written for measured 0.033, Lighthouse's "good" ends at 0.1.
          if (shift >= 0.005) shifted.push(`${url}: ${shift.toFixed(4)}`);
        },
      );
      await context.close();
      expect(shifted).toEqual([]);
    },
  );

  it.each(['/en/tasks/7/', '/zh/'])(
    '%s: opening the reading settings does not move the header or the page',
    async (url) => {
      for (const viewport of [...PHONES, { width: 1280, height: 800 }]) {
        const context = await phone(viewport, 'larger');
        const page = await context.newPage();
        await page.goto(`${baseURL()}${url}`);
        const menu = page.locator('header summary', { hasText: /Menu|菜单/u });
        if (await menu.isVisible()) await menu.click();
        const where = () =>
          page.evaluate(() =>
            ['header', 'main h1'].map((s) => JSON.stringify(document.querySelector(s)?.getBoundingClientRect())),
          );
        const before = await where();
        await page.locator('#reading-controls summary').click();
        await expect.poll(() => page.locator('[data-text-size="large"]').isVisible()).toBe(true);
        expect(await where()).toEqual(before);
        await context.close();
      }
    },
  );
});

describe('on a phone, without JavaScript', () => {
  it.each(['/zh/tasks/7/', '/en/'])('%s: the menu opens and reaches every link of the main navigation', async (url) => {
    const context = await browser.newContext({ viewport: PHONES[1], javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL()}${url}`);
    const nav = page.locator('header nav a');
    expect(await nav.count()).toBeGreaterThanOrEqual(6);
    expect(await nav.first().isVisible()).toBe(false); // closed until asked for
    await page.locator('header summary').first().click();
    for (const link of await nav.all()) expect(await link.isVisible()).toBe(true);
    // Search is one tap away: a link to the search page, which works without JavaScript.
    expect(await page.locator('header a[href$="/search/"]').isVisible()).toBe(true);
    await context.close();
  });
});
