// What a first visit to a built page transfers: its HTML and every asset it loads before interaction (gzip sizes).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export function gzipSize(data: string | Buffer): number {
  return zlib.gzipSync(data, { level: 9 }).length;
}

/** Bytes a file takes on the wire: gzip -9, except files that are compressed already (Pagefind's), sent as they are. */
export function servedSize(data: Buffer): number {
  return Math.min(data.length, gzipSize(data));
}

export interface PageWeight {
  html: number;
  css: number;
  /**
   * Script bytes loaded before interaction: inline scripts (already in html) plus external module scripts and the
   * modules they import statically (the browser fetches those at once; dynamic import() waits for the reader).
   */
  js: number;
  /** Images, icons and anything else the page loads up front. */
  other: number;
  total: number;
  /** Inline script bytes (gzip, measured alone), included in html. */
  inlineJs: number;
  assets: string[];
}

const ASSET = /<(link|script|img|source)\b[^>]*?\b(href|src)="([^"#?]+)"[^>]*>/giu;

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+\.m?js)["'`]/gu;

/** Adds the modules a script imports statically (import"./x.js", import{a}from"./x.js"), each once, recursively. */
function addStaticImports(distDir: string, url: string, weight: PageWeight): void {
  const code = fs.readFileSync(path.join(distDir, url), 'utf8');
  for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
    const dep = path.posix.join(path.posix.dirname(url), spec!);
    if (weight.assets.includes(dep)) continue;
    const file = path.join(distDir, dep);
    if (!fs.existsSync(file)) continue;
    weight.assets.push(dep);
    weight.js += gzipSize(fs.readFileSync(file));
    addStaticImports(distDir, dep, weight);
  }
}

/** Weight of one page of `dist`, counting each asset once. Only assets on this site are counted (no others are allowed). */
export function pageWeight(distDir: string, html: string): PageWeight {
  const weight: PageWeight = { html: gzipSize(html), css: 0, js: 0, other: 0, total: 0, inlineJs: 0, assets: [] };
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/giu)]
    .map((m) => m[1] ?? '')
    .filter((code) => code.trim() !== '' && !code.trim().startsWith('{'));
  weight.inlineJs = inline.length ? gzipSize(inline.join('\n')) : 0;
  for (const match of html.matchAll(ASSET)) {
    const [tag, tagName, , url] = match as unknown as [string, string, string, string];
    if (!url.startsWith('/') || url.startsWith('//')) continue;
    if (tagName === 'link' && !/\brel="(stylesheet|icon|modulepreload|preload)"/u.test(tag)) continue;
    if (weight.assets.includes(url)) continue;
    const file = path.join(distDir, decodeURIComponent(url));
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) continue;
    weight.assets.push(url);
    const size = gzipSize(fs.readFileSync(file));
    if (url.endsWith('.css')) weight.css += size;
    else if (url.endsWith('.js') || url.endsWith('.mjs')) {
      weight.js += size;
      if (tagName === 'script') addStaticImports(distDir, url, weight);
    } else weight.other += size;
  }
  weight.js += weight.inlineJs;
  weight.total = weight.html + weight.css + (weight.js - weight.inlineJs) + weight.other;
  return weight;
}
