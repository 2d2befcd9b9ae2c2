// Chinese prose as a reader sees it: where sentences run on (the full text), consecutive sentences on a line touch (no
// space after 。); item pages give each sentence its own numbered line; body text has a line height of about 1.8.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launchBrowser } from './browser';

// The full text runs sentences on in one paragraph; item pages put each on its own numbered line (.sents > p).
const RUN_ON = ['/zh/plan/'];
const ITEMS = ['/zh/tasks/7/', '/zh/tasks/14/', '/zh/tasks/5/'];
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Chinese typography in the browser', () => {
  it.each(RUN_ON)('%s: no gap between sentences on a line; body line height about 1.8', async (url) => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      const page = await browser.newPage({ viewport, hasTouch: viewport.width < 400 });
      await page.goto(`${baseURL()}${url}`);
      const { gaps, pairs, heights } = await page.evaluate(() => {
        const edge = (el: Element, last: boolean) => {
          const range = document.createRange();
          const text = [...el.querySelectorAll('*'), el]
            .flatMap((e) => [...e.childNodes])
            .filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
          const node = last ? text.at(-1)! : text[0]!;
          const at = last ? node.textContent!.trimEnd().length - 1 : 0;
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          return range.getBoundingClientRect();
        };
        const gaps: string[] = [];
        let pairs = 0;
        for (const s of document.querySelectorAll('main [lang="zh-CN"] .sentence, html[lang="zh-CN"] main .sentence')) {
          if (s.closest('[lang]')?.getAttribute('lang') !== 'zh-CN') continue;
          const next =
            s.parentElement?.querySelectorAll('.sentence')[
              [...s.parentElement.querySelectorAll('.sentence')].indexOf(s) + 1
            ];
          if (!next || next.parentElement !== s.parentElement) continue;
          const a = edge(s, true);
          const b = edge(next, false);
          if (Math.abs(a.top - b.top) > 2) continue; // the next sentence starts a new line
          pairs += 1;
          if (b.left - a.right > 1) gaps.push(`${s.id}: ${Math.round(b.left - a.right)} px`);
        }
        const heights = [...document.querySelectorAll('main p')]
          .filter((p) => p.closest('[lang]')?.getAttribute('lang') === 'zh-CN' && p.querySelector('.sentence'))
          .map((p) => parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize));
        return { gaps, pairs, heights };
      });
      await page.close();
      expect(pairs).toBeGreaterThan(0);
      expect(gaps).toEqual([]);
      for (const h of heights) expect(h).toBeGreaterThanOrEqual(1.75);
    }
  });

  it.each(ITEMS)('%s: each sentence on its own line, starting with no space; line height about 1.8', async (url) => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      const page = await browser.newPage({ viewport });
      await page.goto(`${baseURL()}${url}`);
      const lines = await page.evaluate(() =>
        [...document.querySelectorAll('main .sents > p')].map((p) => ({
          text: [...p.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent)
            .join(''),
          height: parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize),
        })),
      );
      await page.close();
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line.text).toMatch(/^\S/u);
        expect(line.height).toBeGreaterThanOrEqual(1.75);
      }
    }
  });
});
