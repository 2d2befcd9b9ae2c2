// Byte budgets from budgets.config.json, on every page, printed on every run.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import budgets from '../../budgets.config.json';
import { gzipSize, pageWeight } from '../support/page-weight';
import { builtPages, DIST } from './dist';
import { parseRoute } from '../../src/plan/routes';

const pages = [...builtPages().values()];
const isItem = (url: string) => parseRoute(url)?.item !== undefined;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('budgets', () => {
  const weights = pages.map((p) => ({ url: p.url, ...pageWeight(DIST, p.html) }));
  const items = weights.filter((w) => isItem(w.url));
  const heaviest = (list: typeof weights, key: 'html' | 'js' | 'total') =>
    list.reduce((a, b) => (b[key] > a[key] ? b : a));

  it('prints the figures', () => {
    const css = fs.readdirSync(path.join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
    const cssTotal = css.reduce((sum, f) => sum + gzipSize(fs.readFileSync(path.join(DIST, '_astro', f))), 0);
    const task = weights.filter((w) => /\/tasks\/\d+\/$/u.test(w.url));
    console.log(
      [
        'Budgets (gzip -9):',
        `  item page HTML, heaviest: ${kb(heaviest(items, 'html').html)} (${heaviest(items, 'html').url}) / ${kb(budgets.itemPageHtmlGzip)}`,
        `  all CSS: ${kb(cssTotal)} / ${kb(budgets.cssTotalGzip)}`,
        `  item page JS before interaction, heaviest: ${kb(heaviest(items, 'js').js)} / ${kb(budgets.itemPageJsBeforeInteractionGzip)}`,
        `  task page first visit, heaviest: ${kb(heaviest(task, 'total').total)} (${heaviest(task, 'total').url}) / ${kb(budgets.taskPageFirstVisitGzip)}`,
        `  other pages HTML, heaviest: ${kb(
          heaviest(
            weights.filter((w) => !isItem(w.url)),
            'html',
          ).html,
        )} (${
          heaviest(
            weights.filter((w) => !isItem(w.url)),
            'html',
          ).url
        })`,
      ].join('\n'),
    );
    expect(css.length).toBeGreaterThan(0);
    expect(cssTotal).toBeLessThanOrEqual(budgets.cssTotalGzip);
  });

  it('item pages: HTML within budget', () => {
    expect(items.length).toBe(70);
    expect(items.filter((w) => w.html > budgets.itemPageHtmlGzip).map((w) => `${w.url} ${w.html}`)).toEqual([]);
  });

  it('item pages: JavaScript loaded before interaction within budget', () => {
    expect(items.filter((w) => w.js > budgets.itemPageJsBeforeInteractionGzip).map((w) => `${w.url} ${w.js}`)).toEqual(
      [],
    );
  });

  it('task pages: first visit (HTML, CSS, JS, images) within budget', () => {
    const tasks = items.filter((w) => w.url.includes('/tasks/'));
    expect(tasks.filter((w) => w.total > budgets.taskPageFirstVisitGzip).map((w) => `${w.url} ${w.total}`)).toEqual([]);
  });

  it('other pages: HTML within budget', () => {
    const others = weights.filter((w) => !isItem(w.url));
    expect(others.filter((w) => w.html > budgets.otherPageHtmlGzip).map((w) => `${w.url} ${w.html}`)).toEqual([]);
  });
});
