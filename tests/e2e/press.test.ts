// Browser tests of the press features: copying sentence links and citations, :target highlight, keeping #sN and
// #pN across the language switch, and the same links without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseURL, launchBrowser } from './browser';

const HIGHLIGHT = 'rgb(255, 247, 214)'; // --color-notice
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function clipboardContext(): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL() });
  return context;
}

const opacity = (page: Page, selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).opacity);
const background = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);

describe('sentence links', () => {
  it('copy the full URL of the sentence and say so, visibly and to screen readers, without leaving the page', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(`${baseURL()}/en/tasks/7/`);
    await page.hover('#s3');
    expect(await opacity(page, 'a[href="#s3"]')).toBe('1');
    expect(await opacity(page, 'a[href="#s2"]')).toBe('0');
    await page.click('a[href="#s3"]');
    const status = page.getByRole('status');
    await expect.poll(() => status.innerText()).toBe('Link copied');
    expect(await status.isVisible()).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL()}/en/tasks/7/#s3`);
    expect(page.url()).toBe(`${baseURL()}/en/tasks/7/`);
    await context.close();
  });

  it('copy in Chinese too, and announce it in Chinese', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(`${baseURL()}/zh/goals/2/`);
    await page.locator('a[href="#s1"]').focus();
    expect(await opacity(page, 'a[href="#s1"]')).toBe('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').innerText()).toBe('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL()}/zh/goals/2/#s1`);
    await context.close();
  });

  it('are shown all the time on touch screens, where there is no hover', async () => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/zh/tasks/7/`);
    expect(await opacity(page, 'a[href="#s2"]')).toBe('1');
    await context.close();
  });

  it('are plain links to the sentence without JavaScript, which is then highlighted', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/en/tasks/7/`);
    await page.hover('#s3');
    await page.click('a[href="#s3"]');
    await page.waitForURL('**/en/tasks/7/#s3');
    expect(await background(page, '#s3')).toBe(HIGHLIGHT);
    await context.close();
  });
});

describe(':target highlight', () => {
  it('marks the linked sentence, and only it, and shows its link control', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL()}/zh/tasks/7/#s3`);
    expect(await background(page, '#s3')).toBe(HIGHLIGHT);
    expect(await background(page, '#s2')).toBe('rgba(0, 0, 0, 0)');
    expect(await opacity(page, 'a[href="#s3"]')).toBe('1');
    await page.close();
  });

  it('marks a linked pair of the parallel text', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL()}/en/tasks/7/parallel/#p2`);
    expect(await background(page, '#p2')).toBe(HIGHLIGHT);
    expect(await background(page, '#p1')).toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
});

describe('language switch', () => {
  it('keeps the sentence pair of the parallel text', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL()}/zh/tasks/12/parallel/#p2`);
    await page.click('a[data-lang-switch]');
    await page.waitForURL('**/en/tasks/12/parallel/#p2');
    expect(await background(page, '#p2')).toBe(HIGHLIGHT);
    await page.close();
  });

  it('keeps the sentence on principle pages too, from English to Chinese', async () => {
    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/en/principles/2/#s2`);
    await page.click('a[data-lang-switch]');
    await page.waitForURL('**/zh/principles/2/#s2');
    expect(await background(page, '#s2')).toBe(HIGHLIGHT);
    await context.close();
  });
});

describe('citation', () => {
  it("fills in the reader's date and copies the citation with the copy button", async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(`${baseURL()}/zh/tasks/7/`);
    await page.click('details:has(#citation) > summary');
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const citation = await page.locator('#citation').innerText();
    expect(citation).toBe(
      '上海市人民政府办公厅. 加快推进上海金融科技中心建设实施方案: 沪府办规〔2020〕1号: 重点任务7[EB/OL]. ' +
        `(2020-01-08)[${today}]. https://fintech-plan.example.org/zh/tasks/7/.`,
    );
    await page.getByRole('button', { name: '复制引文' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe('引文已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    await context.close();
  });

  it('has no copy button without JavaScript, and the access date is left for the reader', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/en/tasks/7/`);
    await page.click('details:has(#citation) > summary');
    expect(await page.getByRole('button', { name: 'Copy citation' }).count()).toBe(0);
    expect(await page.locator('#citation').innerText()).toContain('Accessed [date].');
    await context.close();
  });
});

describe('small screens', () => {
  it.each(['/zh/tasks/7/parallel/', '/en/plan/parallel/', '/en/tasks/18/'])(
    '%s fits 320 px with the citation open, the pairs stacked',
    async (path) => {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(`${baseURL()}${path}`);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      const pair = page.locator('li[id$="p1"]').first();
      if (await pair.count()) {
        const [zh, en] = await Promise.all(
          ['zh-CN', 'en'].map((l) => pair.locator(`p[lang="${l}"]`).evaluate((el) => el.getBoundingClientRect().top)),
        );
        expect(en).toBeGreaterThan(zh!);
      }
      await page.close();
    },
  );
});
