// Elderly-friendly reading: three text sizes and high contrast, by keyboard, remembered across pages, fine at 320 px.
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

const rootFontSize = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function focusByTab(page: Page, selector: string) {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached by Tab`);
}

describe('reading settings', () => {
  it('three text sizes and high contrast by keyboard, remembered on the next page, no overflow at 320 px', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/zh/tasks/7/`);
    const standard = await rootFontSize(page);
    // On a phone the reading settings are in the header's menu.
    await focusByTab(page, '.hd-menu > summary');
    await page.keyboard.press('Enter');
    await focusByTab(page, '#reading-controls summary');
    await page.keyboard.press('Enter');
    for (const [size, factor] of [
      ['large', 1.1875],
      ['larger', 1.375],
    ] as const) {
      await focusByTab(page, `button[data-text-size="${size}"]`);
      await page.keyboard.press('Enter');
      expect(await rootFontSize(page)).toBeCloseTo(standard * factor, 1);
      expect(await page.getAttribute(`button[data-text-size="${size}"]`, 'aria-pressed')).toBe('true');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    }
    await focusByTab(page, 'button[data-contrast-toggle]');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('header')!).backgroundColor)).toBe(
      'rgb(0, 0, 0)',
    );

    await page.goto(`${baseURL()}/en/plan/`);
    expect(await rootFontSize(page)).toBeCloseTo(standard * 1.375, 1);
    expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.click('.hd-menu > summary');
    await page.click('#reading-controls summary');
    await page.click('button[data-text-size="standard"]');
    expect(await rootFontSize(page)).toBeCloseTo(standard, 1);
    await context.close();
  });

  it('without JavaScript the controls are hidden (they could not work)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/en/tasks/12/`);
    expect(await page.locator('#reading-controls').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await context.close();
  });

  it("with no setting chosen, the system's prefers-contrast and the browser's font size apply (pure CSS)", async () => {
    // bypassCSP: the test injects a user style sheet the way a browser's font-size setting would act.
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/en/tasks/12/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).not.toBe('rgb(0, 0, 0)');
    await page.emulateMedia({ contrast: 'more' });
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    // Every size is in rem: a larger default font size in the browser enlarges the page, and nothing overflows.
    const h1 = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize));
    const before = await h1();
    await page.addStyleTag({ content: 'html { font-size: 24px; }' });
    expect((await h1()) / before).toBeCloseTo(1.5, 1);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });
});
