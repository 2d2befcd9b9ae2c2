// Browser tests of the press features: sentence numbers and their menu, the action bar, citations, :target
// highlight, keeping #sN across the language switch and side by side, and the same links without JavaScript.
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

const background = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);

describe('sentence numbers', () => {
  it('open a menu whose first entry copies the full URL of the sentence and says so, without leaving the page', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(`${baseURL()}/en/tasks/7/`);
    await page.click('a.sn[href="#s3"]');
    const menu = page.getByRole('menu');
    await menu.waitFor(); // its code loads on this first click
    expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual([
      'Copy link to sentence 3',
      'Quote card',
      'Cite this sentence',
      'Report a translation problem',
    ]);
    expect(await page.locator('a.sn[href="#s3"]').getAttribute('aria-expanded')).toBe('true');
    await menu.getByRole('menuitem', { name: 'Copy link to sentence 3' }).click();
    const status = page.getByRole('status');
    await expect.poll(() => status.innerText()).toBe('Link copied');
    expect(await status.isVisible()).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL()}/en/tasks/7/#s3`);
    expect(page.url()).toBe(`${baseURL()}/en/tasks/7/`);
    expect(await page.getByRole('menu').count()).toBe(0);
    await context.close();
  });

  it('work by keyboard, in Chinese too: Enter opens, arrows move, Escape closes and returns focus', async () => {
    const context = await clipboardContext();
    const page = await context.newPage();
    await page.goto(`${baseURL()}/zh/goals/2/`);
    await page.locator('a.sn[href="#s1"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('复制第1句的链接');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('引文卡片');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('menu').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#s1');
    await page.keyboard.press('Enter');
    // The menu's code is a module: it opens a moment after the key (a second Enter before then would miss it).
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('复制第1句的链接');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').innerText()).toBe('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL()}/zh/goals/2/#s1`);
    await context.close();
  });

  it('link the quote card page, cite the sentence, and report a problem with both texts', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL()}/zh/tasks/7/`);
    await page.click('a.sn[href="#s3"]');
    const menu = page.getByRole('menu');
    expect(await menu.getByRole('menuitem', { name: '引文卡片' }).getAttribute('href')).toBe('/zh/tasks/7/s3/');
    const report = menu.getByRole('menuitem', { name: '报告翻译问题' });
    await expect.poll(() => report.getAttribute('href')).toContain('en%3A%20Encourage%20banking');
    const mail = decodeURIComponent((await report.getAttribute('href'))!);
    expect(mail).toMatch(/^mailto:feedback@/u);
    expect(mail).toContain('zh: 鼓励银行机构基于新技术开展民生领域金融创新');
    expect(mail).toContain(`${baseURL()}/zh/tasks/7/#s3`);
    await menu.getByRole('menuitem', { name: '引用这一句' }).click();
    await expect.poll(() => page.locator('#citation').innerText()).toContain('重点任务7第3句[EB/OL]');
    expect(await page.locator('#citation a').innerText()).toBe('https://fintech-plan.example.org/zh/tasks/7/#s3');
    expect(await page.locator('details#cite').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.close();
  });

  it('are plain links to the sentence without JavaScript, which is then highlighted', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/en/tasks/7/`);
    await page.click('a.sn[href="#s3"]');
    await page.waitForURL('**/en/tasks/7/#s3');
    expect(await background(page, '#s3')).toBe(HIGHLIGHT);
    expect(await page.getByRole('menu').count()).toBe(0);
    await context.close();
  });

  it('stand apart from the prose: not selected with it, no gap or stray glyph', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL()}/en/tasks/7/`);
    const copied = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.sents')!);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    expect(copied).not.toMatch(/\b[123]\b(?!\d)|#|  /u);
    expect(copied).toContain('Advance the development of smart banking');
    await page.close();
  });
});

describe('action bar', () => {
  it('cites the sentence the reader arrived at, keeps it side by side, and offers its quote card', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL()}/en/tasks/7/#s2`);
    const bar = page.getByRole('navigation', { name: 'Read, cite and share' });
    expect(await bar.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);
    await bar.getByRole('link', { name: 'Cite' }).click();
    await expect.poll(() => page.locator('#citation').innerText()).toContain('Task 7, sentence 2. January 8, 2020.');
    expect(await page.locator('details#cite').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.goto(`${baseURL()}/en/tasks/7/#s2`);
    // Without the Web Share API (Chromium on Linux) the share link downloads the sentence's quote card.
    const card = await page.evaluate(() => {
      const share = document.querySelector<HTMLAnchorElement>('[data-share]')!;
      share.addEventListener('click', (event) => event.preventDefault());
      share.click();
      return 'share' in navigator ? 'web share' : share.pathname;
    });
    expect(card).toBe('/og/en/tasks/7/s2.png');
    await bar.getByRole('link', { name: 'Side by side' }).click();
    await page.waitForURL('**/en/tasks/7/parallel/#s2');
    expect(await background(page, '#s2')).toBe(HIGHLIGHT);
    await page.close();
  });

  it('cites the item when the reader did not come for a sentence', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL()}/en/tasks/7/`);
    await page.getByRole('link', { name: 'Cite' }).click();
    expect(await page.locator('#citation').innerText()).toContain('), Task 7. January 8, 2020.');
    await page.close();
  });
});

describe(':target highlight', () => {
  it('marks the linked sentence, and only it', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL()}/zh/tasks/7/#s3`);
    expect(await background(page, '#s3')).toBe(HIGHLIGHT);
    expect(await background(page, '#s2')).toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('marks a linked pair of the parallel text', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL()}/en/tasks/7/parallel/#s2`);
    expect(await background(page, '#s2')).toBe(HIGHLIGHT);
    expect(await background(page, '#s1')).toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
});

describe('language switch', () => {
  it('keeps the sentence pair of the parallel text', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL()}/zh/tasks/12/parallel/#s2`);
    await page.click('a[data-lang-switch]');
    await page.waitForURL('**/en/tasks/12/parallel/#s2');
    expect(await background(page, '#s2')).toBe(HIGHLIGHT);
    await page.close();
  });

  it('keeps the sentence on principle pages too, from English to Chinese', async () => {
    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/en/principles/2/#s1`);
    await page.click('a[data-lang-switch]');
    await page.waitForURL('**/zh/principles/2/#s1');
    expect(await background(page, '#s1')).toBe(HIGHLIGHT);
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
      const pair = page.locator('ol.pairs > li').nth(1);
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
