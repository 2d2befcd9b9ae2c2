// Every page of both languages in Chromium: axe finds nothing, only our own origin is contacted, and it works without JS.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launchBrowser } from './browser';
import { builtUrls, sweep } from './pages';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const urls = builtUrls().filter((u) => u !== '/'); // `/` redirects at once; its content is checked on its own below
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page, with JavaScript', () => {
  it(
    `has no axe violations and requests nothing from another origin (${urls.length} pages)`,
    { timeout: 600_000 },
    async () => {
      const context = await browser.newContext();
      const foreign: string[] = [];
      const origin = new URL(baseURL()).origin;
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
      });
      const violations: string[] = [];
      await sweep(
        () => context.newPage(),
        urls,
        async (page, url) => {
          await page.goto(`${baseURL()}${url}`, { waitUntil: 'load' });
          const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          for (const v of result.violations) {
            const where = v.nodes.map((n) => n.target.join(' ')).slice(0, 3);
            violations.push(`${url} ${v.id} (${v.impact}): ${where.join(', ')}`);
          }
        },
      );
      await context.close();
      expect(violations).toEqual([]);
      expect(foreign).toEqual([]);
    },
  );

  it('the landing page / has no axe violations (served without its redirect)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route(`${baseURL()}/`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/u, '');
      await route.fulfill({ response, body });
    });
    await page.goto(`${baseURL()}/`);
    expect(await page.locator('a[href="/en/"]').count()).toBe(1);
    const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});

describe('every page, without JavaScript', () => {
  it('shows its content and plain navigation, and hides controls that need JS', { timeout: 300_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const problems: string[] = [];
    await sweep(
      () => context.newPage(),
      urls,
      async (page, url) => {
        await page.goto(`${baseURL()}${url}`);
        const text = (await page.locator('main').innerText()).trim();
        if (text.length < 20) problems.push(`${url}: main content is empty`);
        // A form's submit button works without JS (the search forms are plain GET forms).
        const visibleButtons = await page
          .locator('button:visible')
          .evaluateAll((buttons) =>
            buttons.filter((b) => !((b as HTMLButtonElement).type === 'submit' && b.closest('form[action]'))),
          )
          .then((buttons) => buttons.length);
        if (visibleButtons > 0) problems.push(`${url}: ${visibleButtons} buttons that need JS are visible`);
        if (url.startsWith('/zh/') || url.startsWith('/en/')) {
          const nav = await page.locator('header nav a').count();
          if (nav < 5) problems.push(`${url}: header navigation has ${nav} links`);
        }
      },
    );
    await context.close();
    expect(problems).toEqual([]);
  });

  it('follows navigation links to working pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/en/`);
    await page.click('header nav a[href="/en/tasks/"]');
    await page.waitForURL('**/en/tasks/');
    await page.click('a[href="/en/tasks/14/"]');
    await page.waitForURL('**/en/tasks/14/');
    await page.click('a[rel="next"]');
    await page.waitForURL('**/en/tasks/15/');
    expect(await page.locator('h1').innerText()).not.toBe('');
    await context.close();
  });
});
