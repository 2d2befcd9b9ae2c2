// Focus you can read: on one page of every template, each focusable control is focused by keyboard and the contrast of
// its text against what is behind it is measured (≥ 4.5:1), in normal and high-contrast modes, on desktop and phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launchBrowser } from './browser';
import { BROWSABLE } from '../support/templates';

const MODES = ['normal', 'high'] as const;
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Focuses every visible focusable element in turn; returns those whose focused text is below 4.5:1. */
function lowContrastWhenFocused(page: Page): Promise<{ checked: number; low: string[] }> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    /** Any CSS colour as sRGB 0–255 with alpha 0–1, as the browser paints it. */
    const rgba = (colour: string): [number, number, number, number] => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = colour;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const over = (top: number[], bottom: number[]) =>
      top.slice(0, 3).map((c, i) => c * top[3]! + bottom[i]! * (1 - top[3]!));
    /** The colour behind an element: its own background over its ancestors', down to the page's. */
    const behind = (el: Element): number[] => {
      const layers: number[][] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] === 1) break;
      }
      return layers.reduceRight((base, layer) => over(layer, base), [255, 255, 255]);
    };
    const luminance = (c: number[]) => {
      const [r, g, b] = c.map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const focusable = [
      ...document.querySelectorAll<HTMLElement | SVGElement>(
        'a[href], button, summary, input:not([type="hidden"]), select, textarea, [tabindex="0"]',
      ),
    ].filter((el) => el.checkVisibility({ visibilityProperty: true }));
    const low: string[] = [];
    let checked = 0;
    for (const el of focusable) {
      el.focus();
      if (!el.matches(':focus-visible')) {
        low.push(`${el.tagName} "${el.textContent?.trim().slice(0, 20)}": no :focus-visible`);
        continue;
      }
      // The text's colour: SVG text is painted with fill, HTML text with color.
      const textEl = el instanceof SVGElement ? el.querySelector('text') : el;
      if (!textEl || !(el instanceof HTMLInputElement || textEl.textContent?.trim())) continue;
      const style = getComputedStyle(textEl);
      const bg = behind(el);
      const fg = over(rgba(el instanceof SVGElement ? style.fill : style.color), bg);
      checked += 1;
      const r = ratio(fg, bg);
      if (r < 4.5) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 24);
        low.push(
          `${el.tagName.toLowerCase()} "${name}": ${r.toFixed(2)}:1 (${style.color} on rgb(${bg.map(Math.round).join(', ')}))`,
        );
      }
    }
    return { checked, low };
  });
}

describe('focused controls have readable text', () => {
  for (const mode of MODES) {
    for (const viewport of VIEWPORTS) {
      it.each(BROWSABLE.map((t) => [t.name, t.sample] as const))(
        `${mode} contrast, ${viewport.width} px: %s (%s)`,
        async (_, url) => {
          const context = await browser.newContext({ viewport });
          await context.addInitScript(
            (contrast) => localStorage.setItem('reading', JSON.stringify({ contrast })),
            mode,
          );
          const page = await context.newPage();
          await page.goto(`${baseURL()}${url}`);
          await page.keyboard.press('Tab'); // focus by keyboard from here on, as :focus-visible needs
          // On a phone the menu's links are focusable once the menu is open.
          await page.evaluate(() =>
            document.querySelectorAll('header details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
          );
          const { checked, low } = await lowContrastWhenFocused(page);
          await context.close();
          expect(low).toEqual([]);
          expect(checked).toBeGreaterThan(0);
        },
      );
    }
  }
});
