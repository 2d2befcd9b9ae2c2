// The share cards' font: @fontsource/noto-sans-sc subsets, their unicode-range table and which characters have glyphs.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkitten';
import { parseUnicodeRange, type UnicodeRanges } from './layout-node';

const require = createRequire(path.join(process.cwd(), 'package.json'));
export const FONT_PACKAGE = '@fontsource/noto-sans-sc';
export const FONT_DIR = path.dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
/** The weights a card uses: regular and bold. */
export const WEIGHTS = [400, 700] as const;

let table: [string, UnicodeRanges][] | undefined;
/** @fontsource's subset table ("[117]" → unicode-range), as in its CSS, in its order of preference. */
export function subsetTable(): [string, UnicodeRanges][] {
  table ??= Object.entries(
    JSON.parse(fs.readFileSync(path.join(FONT_DIR, 'unicode.json'), 'utf8')) as Record<string, string>,
  ).map(([name, range]) => [name.replace(/[[\]]/gu, ''), parseUnicodeRange(range)]);
  return table;
}

/** One subset's font file in one weight: WOFF for satori, or its WOFF2 twin. */
export function fontFile(subset: string, weight: number, format: 'woff' | 'woff2' = 'woff'): string {
  return path.join(FONT_DIR, 'files', `noto-sans-sc-${subset}-${weight}-normal.${format}`);
}

const parsed = new Map<string, Font>();
/**
 * Reads a subset's character map. fontkitten (fontkit's lighter sibling, which Astro uses for its fonts) cannot
 * inflate the cmap of one WOFF subset (noto-sans-sc-101), so the WOFF2 twin is read: for every subset and weight it
 * has the same cmap as the WOFF file satori draws with.
 */
function subsetFont(subset: string, weight: number): Font {
  const file = fontFile(subset, weight, 'woff2');
  let font = parsed.get(file);
  if (!font) {
    font = create(fs.readFileSync(file)) as Font;
    parsed.set(file, font);
  }
  return font;
}

/**
 * The characters of `text` that the card font cannot draw in every weight: not in any subset's unicode-range, or
 * in a range but without a glyph in the font's cmap. White space is never drawn as a glyph.
 */
export function missingGlyphs(text: string): string[] {
  const missing: string[] = [];
  for (const ch of new Set(text)) {
    if (/\s/u.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    const hit = subsetTable().find(([, ranges]) => ranges.some(([a, b]) => cp >= a && cp <= b));
    if (!hit || !WEIGHTS.every((weight) => subsetFont(hit[0], weight).hasGlyphForCodePoint(cp))) missing.push(ch);
  }
  return missing;
}
