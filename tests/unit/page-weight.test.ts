// The page-weight measure counts HTML, CSS, external and inline JS and images, each asset once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSize, pageWeight } from '../support/page-weight';

describe('pageWeight', () => {
  it('adds each local asset once and ignores links that are not loaded', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'weight-'));
    fs.mkdirSync(path.join(dist, '_astro'));
    fs.writeFileSync(path.join(dist, '_astro', 'a.css'), 'body{color:red}'.repeat(50));
    fs.writeFileSync(path.join(dist, '_astro', 'b.js'), 'console.log(1);'.repeat(50));
    fs.writeFileSync(path.join(dist, 'i.svg'), '<svg></svg>');
    const html = [
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/a.css">',
      '<link rel="canonical" href="/x/"><link rel="icon" href="/i.svg">',
      '<script type="module" src="/_astro/b.js"></script><script>let a = 1;</script>',
      '<script type="application/ld+json">{"a":1}</script>',
    ].join('');
    const w = pageWeight(dist, html);
    expect(w.assets).toEqual(['/_astro/a.css', '/i.svg', '/_astro/b.js']);
    expect(w.css).toBe(gzipSize(fs.readFileSync(path.join(dist, '_astro', 'a.css'))));
    expect(w.inlineJs).toBe(gzipSize('let a = 1;'));
    expect(w.js).toBe(gzipSize(fs.readFileSync(path.join(dist, '_astro', 'b.js'))) + w.inlineJs);
    expect(w.total).toBe(w.html + w.css + w.js - w.inlineJs + w.other);
    fs.rmSync(dist, { recursive: true });
  });
});
