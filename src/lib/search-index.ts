// Build-side search facts: the Pagefind attributes of each indexed page and the text Pagefind is given for Chinese.
import type { PlanItem } from './types';

/**
 * Pagefind metadata (shown with each result) and filters (to narrow results) of an item page: its type, number
 * and, for tasks, group. Pagefind reads several keys from one element only as attribute references, so the values
 * sit in data-search-* attributes.
 */
export function itemSearchAttributes(item: Pick<PlanItem, 'type' | 'number' | 'group'>): Record<string, string> {
  const values: Record<string, string> = { type: item.type, number: String(item.number) };
  if (item.group !== undefined) values.group = String(item.group);
  return searchAttributes(values, ['type', 'group']);
}

/** The same for the full-text page, of which only the passages outside items are indexed. */
export const SECTION_SEARCH_ATTRIBUTES = searchAttributes({ type: 'section' }, ['type']);

function searchAttributes(values: Record<string, string>, filters: string[]): Record<string, string> {
  const keys = Object.keys(values);
  const ref = (key: string) => `${key}[data-search-${key}]`;
  return {
    ...Object.fromEntries(keys.map((key) => [`data-search-${key}`, values[key]!])),
    'data-pagefind-meta': keys.map(ref).join(', '),
    'data-pagefind-filter': keys
      .filter((key) => filters.includes(key))
      .map(ref)
      .join(', '),
  };
}

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ZWSP = '\u200b';

/**
 * Pagefind segments Chinese into dictionary words, so a string that starts inside one of its words (速器 in 加速器,
 * 国内外 in 与国内外) cannot be found. Separating every Han character (and Han from letters and digits) with a
 * zero-width space makes each character a word of the index: any substring is then a phrase of single characters,
 * which Pagefind finds exactly. Applied only to the copy of the HTML given to Pagefind, only to text between tags;
 * Pagefind removes the zero-width spaces from the text it shows.
 */
export function separateHanForIndex(html: string): string {
  return html.replace(/>([^<]+)</gu, (_, text: string) => `>${separateHan(text)}<`);
}

function separateHan(text: string): string {
  const chars = [...text];
  let out = '';
  chars.forEach((ch, i) => {
    const next = chars[i + 1];
    out += ch;
    if (next === undefined) return;
    const here = HAN.test(ch);
    const there = HAN.test(next);
    if ((here && there) || (here && WORD_CHAR.test(next)) || (there && WORD_CHAR.test(ch))) out += ZWSP;
  });
  return out;
}
