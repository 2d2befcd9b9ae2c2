// Browser tests: the language switch keeps the reader's place; pages work without JS and at 320 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('language switch', () => {
  it('carries the #fragment to the same sentence in the other language', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL()}/zh/tasks/7/#s3`);
    await page.click('a[data-lang-switch]');
    await page.waitForURL('**/en/tasks/7/#s3');
    expect(await page.locator('#s3').count()).toBe(1);
    await page.click('a[data-lang-switch]');
    await page.waitForURL('**/zh/tasks/7/#s3');
    await page.close();
  });

  it('picks up a fragment set after loading (a sentence link followed on the page)', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL()}/en/plan/`);
    await page.click('a[href="#principles"]');
    await page.click('a[data-lang-switch]');
    await page.waitForURL('**/zh/plan/#principles');
    await page.close();
  });

  it('is a plain link without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/en/tasks/7/`);
    await page.click('a[data-lang-switch]');
    await page.waitForURL('**/zh/tasks/7/');
    expect(await page.locator('h1').innerText()).toContain('智慧银行');
    await context.close();
  });
});

describe('small screens', () => {
  it.each(['/zh/', '/en/', '/zh/tasks/14/', '/en/tasks/12/', '/en/plan/', '/404.html'])(
    '%s fits 320 px without horizontal scrolling',
    async (path) => {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(`${baseURL()}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    },
  );
});

describe('print', () => {
  it('hides the navigation and shows link targets', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL()}/en/tasks/7/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header nav').isVisible()).toBe(false);
    const after = await page.evaluate(
      () => getComputedStyle(document.querySelector('main a[href^="/"]')!, '::after').content,
    );
    expect(after).toContain('/en/');
    await page.close();
  });
});
