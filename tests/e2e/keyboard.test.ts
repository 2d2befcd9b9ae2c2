// Keyboard use on every kind of page: the skip link comes first, every control is reached with a visible focus, nothing traps focus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launchBrowser } from './browser';
import { BROWSABLE } from '../support/templates';

const TEMPLATES = BROWSABLE.map((t) => t.sample);
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const FOCUS_STYLE = (el: Element) => {
  const s = getComputedStyle(el);
  return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color].join('|');
};

/** Tabs through the page; for each stop, whether its look differs from its unfocused look (a visible focus). */
async function tabThrough(page: Page, max: number) {
  await page.evaluate((styleSource) => {
    const style = new Function(`return (${styleSource})`)() as (el: Element) => string;
    document.querySelectorAll('*').forEach((el) => el.setAttribute('data-unfocused', style(el)));
  }, FOCUS_STYLE.toString());
  const stops: { key: string; visible: boolean }[] = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(
      ([i, styleSource]) => {
        const style = new Function(`return (${styleSource})`)() as (el: Element) => string;
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const label = el.getAttribute('href') ?? el.textContent?.trim().slice(0, 20);
        return {
          key: `${el.tagName.toLowerCase()} ${label}#${i}`,
          visible: style(el) !== el.getAttribute('data-unfocused'),
        };
      },
      [i, FOCUS_STYLE.toString()] as const,
    );
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

describe('keyboard', () => {
  it.each(TEMPLATES)('%s: skip link first, every control reachable with visible focus, no trap', async (path) => {
    const page = await browser.newPage();
    await page.goto(`${baseURL()}${path}`);
    const focusable = await page.evaluate(
      () =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'a[href], button, summary, input, select, textarea, [tabindex="0"]',
          ),
        ].filter((el) => el.checkVisibility({ visibilityProperty: true })).length,
    );
    const stops = await tabThrough(page, focusable + 5);
    expect(stops[0]?.key.startsWith('a #main')).toBe(true);
    // One stop per focusable element (the skip link is visually hidden until focused, so it is counted here too).
    expect(stops.length).toBeGreaterThanOrEqual(focusable);
    expect(stops.length).toBeLessThan(focusable + 5);
    expect(stops.filter((s) => !s.visible).map((s) => s.key)).toEqual([]);
    await page.close();
  });

  it('the skip link moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL()}/en/tasks/3/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});
