// Browser tests of the layout map: accessible (axe), reachable by keyboard, zone links land on their sections,
// hover/focus lights up zone and section together, and it reads at 360 px without sideways scrolling.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZONE_IDS } from '../../src/map/zones';
import { baseURL, launchBrowser } from './browser';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Presses Tab from the top of the page until `done` says stop (or 80 presses); returns the zones focused in order. */
async function tabThroughZones(page: Page, done: (seen: string[]) => boolean): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 80 && !done(seen); i++) {
    await page.keyboard.press('Tab');
    const zone = await page.evaluate(() => document.activeElement?.getAttribute('data-zone') ?? null);
    if (zone) seen.push(zone);
  }
  return seen;
}

describe.each(['zh', 'en'])('/%s/map/', (lang) => {
  it('has no accessibility violations (axe: WCAG 2.2 AA and best practice)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL()}/${lang}/map/`);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });

  it('reaches every zone with the keyboard, each once, with a visible focus style', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL()}/${lang}/map/`);
    const seen = await tabThroughZones(page, (s) => s.length === ZONE_IDS.length);
    expect([...seen].sort()).toEqual([...ZONE_IDS].sort());
    // The focused zone's label gets the yellow focus halo.
    const halo = await page.evaluate(() => {
      const text = document.activeElement?.querySelector('text');
      return text ? getComputedStyle(text).stroke : '';
    });
    const unfocused = await page.evaluate(() => {
      const text = document.querySelector('svg a[data-zone]:not(:focus) text');
      return text ? getComputedStyle(text).stroke : '';
    });
    expect(halo).not.toBe(unfocused);
    await page.close();
  });

  it('activating a zone with the keyboard scrolls to its section', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
    await page.goto(`${baseURL()}/${lang}/map/`);
    const seen = await tabThroughZones(page, (s) => s.includes('xuhui-riverside'));
    expect(seen.at(-1)).toBe('xuhui-riverside');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${lang}/map/#zone-xuhui-riverside`);
    const top = await page.evaluate(() => document.getElementById('zone-xuhui-riverside')!.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
    await page.close();
  });

  it('lights up a zone and its section together on hover and focus', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    await page.goto(`${baseURL()}/${lang}/map/`);
    const lit = (selector: string) => page.$eval(selector, (el) => el.classList.contains('is-active'));
    await page.hover('svg a[data-zone="zhangjiang"] text');
    expect(await lit('#zone-zhangjiang')).toBe(true);
    expect(await lit('svg a[data-zone="zhangjiang"]')).toBe(true);
    await page.focus('#zone-lingang a[href*="#s"]');
    expect(await lit('svg a[data-zone="lingang"]')).toBe(true);
    expect(await lit('#zone-zhangjiang')).toBe(false);
    await page.close();
  });

  it('works without JavaScript: a zone link still goes to its section', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/${lang}/map/`);
    // A reader clicks the zone's label or shape (the middle of the link's box may be plain land).
    await page.click('svg a[data-zone="north-bund"] text');
    await page.waitForURL(`**/${lang}/map/#zone-north-bund`);
    expect(await page.locator('#zone-north-bund:target').count()).toBe(1);
    await context.close();
  });

  it.each([360, 320])('reads at %i px wide without horizontal scrolling', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 740 } });
    await page.goto(`${baseURL()}/${lang}/map/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    // The map scales down with the page rather than overflowing it.
    const widest = await page.evaluate(() =>
      Math.max(...[...document.querySelectorAll('svg')].map((s) => s.getBoundingClientRect().right)),
    );
    expect(widest).toBeLessThanOrEqual(width);
    await page.close();
  });
});
