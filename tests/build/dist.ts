// Reads every built HTML page of dist/ once, parsed, for the build-output tests.
import fs from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export const DIST = path.resolve('dist');

export interface Page {
  /** URL path: /en/tasks/7/ or /404.html */
  url: string;
  file: string;
  html: string;
  $: CheerioAPI;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

function urlOf(file: string): string {
  const rel = '/' + path.relative(DIST, file).split(path.sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

let pages: Map<string, Page> | undefined;

export function builtPages(): Map<string, Page> {
  if (pages) return pages;
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the build-output tests');
  }
  pages = new Map();
  for (const file of walk(DIST).filter((f) => f.endsWith('.html'))) {
    const html = fs.readFileSync(file, 'utf8');
    pages.set(urlOf(file), { url: urlOf(file), file, html, $: load(html) });
  }
  return pages;
}

/** The file a site URL path resolves to, as a static host serves it (directory → index.html). */
export function fileForUrl(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/') ? [path.join(DIST, clean, 'index.html')] : [path.join(DIST, clean)];
  return candidates.find((c) => c.startsWith(DIST) && fs.existsSync(c) && fs.statSync(c).isFile());
}
