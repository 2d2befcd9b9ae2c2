// Page weights (gzip -9) per page type of the current dist/: HTML, CSS, JS before interaction, first-visit total.
import fs from 'node:fs';
import path from 'node:path';
import { pageWeight } from '../../tests/support/page-weight.ts';

const TYPES = [
  ['landing', /^\/$/u],
  ['home', /^\/(zh|en)\/$/u],
  ['full text', /^\/(zh|en)\/plan\/$/u],
  ['task', /^\/(zh|en)\/tasks\/\d+\/$/u],
  ['goal or principle', /^\/(zh|en)\/(goals|principles)\/\d+\/$/u],
  ['map', /^\/(zh|en)\/map\/$/u],
  ['search', /^\/(zh|en)\/search\/$/u],
];

export async function run() {
  const dist = path.resolve('dist');
  const pages = [];
  const walk = (d) =>
    fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === 'index.html')
        pages.push(['/' + path.relative(dist, d).split(path.sep).join('/') + '/', full]);
    });
  walk(dist);
  const out = {};
  for (const [type, pattern] of TYPES) {
    const weights = pages
      .map(([url, file]) => [url.replace('//', '/'), file])
      .filter(([url]) => pattern.test(url))
      .map(([, file]) => pageWeight(dist, fs.readFileSync(file, 'utf8')));
    if (!weights.length) continue;
    const max = (k) => Math.max(...weights.map((w) => w[k]));
    out[type] = {
      pages: weights.length,
      htmlMax: max('html'),
      cssMax: max('css'),
      jsMax: max('js'),
      totalMax: max('total'),
    };
    console.log(
      `${type.padEnd(18)} ${String(weights.length).padStart(3)} pages  HTML ≤ ${(out[type].htmlMax / 1024).toFixed(1)} KB  CSS ${(out[type].cssMax / 1024).toFixed(1)} KB  JS ≤ ${(out[type].jsMax / 1024).toFixed(1)} KB  first visit ≤ ${(out[type].totalMax / 1024).toFixed(1)} KB`,
    );
  }
  return out;
}
