// Browser tests: glossary notes work as footnotes without JavaScript; the new pages fit a 320 px screen.
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

describe('glossary notes on an English item page', () => {
  it('a marked term leads to its highlighted note and the note leads back, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 400, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/en/tasks/6/`);
    const note = page.locator('#note-cips');
    const plain = await note.evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.click('a.term[href="#note-cips"]');
    await page.waitForURL('**/en/tasks/6/#note-cips');
    expect(await note.isVisible()).toBe(true);
    expect(await note.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(plain);
    expect(await note.innerText()).toContain('renminbi');
    await note.locator('a[href="#term-cips"]').click();
    await page.waitForURL('**/en/tasks/6/#term-cips');
    expect(await page.locator('#term-cips').isVisible()).toBe(true);
    await context.close();
  });

  it('the marked term is announced with the notes heading as its description', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL()}/en/tasks/6/`);
    const description = await page
      .locator('a.term[href="#note-cips"]')
      .evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent);
    expect(description).toBe('Terms explained');
    await page.close();
  });
});

describe('small screens', () => {
  it.each([
    '/en/glossary/',
    '/zh/glossary/',
    '/en/themes/',
    '/en/themes/payments/',
    '/en/about/',
    '/en/data/',
    '/zh/data/',
  ])('%s fits 320 px without horizontal scrolling', async (path) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${baseURL()}${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
