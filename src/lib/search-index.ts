// Build-side search facts: the Pagefind attributes of each indexed page and the copy of its HTML that Pagefind indexes.
import type { Lang, PlanItem } from './types';

/**
 * What each result knows about its page: type, number and, for tasks, group, as Pagefind filters (results can be
 * narrowed by them, and each result carries them). Not as Pagefind metadata: Pagefind 1.6 indexes metadata values
 * as searchable words, so a query for 5 would find every task of group 5. The values sit in data-search-*
 * attributes because Pagefind reads several keys from one element only as attribute references.
 */
export function itemSearchAttributes(item: Pick<PlanItem, 'type' | 'number' | 'group'>): Record<string, string> {
  const values: Record<string, string> = { type: item.type, number: String(item.number) };
  if (item.group !== undefined) values.group = String(item.group);
  return searchAttributes(values);
}

/** The same for the full-text page, of which only the passages outside items are indexed. */
export const SECTION_SEARCH_ATTRIBUTES = searchAttributes({ type: 'section' });

function searchAttributes(values: Record<string, string>): Record<string, string> {
  const keys = Object.keys(values);
  return {
    ...Object.fromEntries(keys.map((key) => [`data-search-${key}`, values[key]!])),
    'data-pagefind-filter': keys.map((key) => `${key}[data-search-${key}]`).join(', '),
  };
}

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ZWSP = '\u200b';

/**
 * The copy of a page's HTML that Pagefind indexes (the served page is unchanged), made so that every string search
 * promises can be found. Only text between tags is changed.
 * - Chinese: Pagefind segments text into dictionary words, so a string that starts inside one of them (速器 in
 *   加速器, 国内外 in 与国内外) cannot be found. A zero-width space between every two Han characters (and between
 *   Han and letters or digits) makes each character a word, which Pagefind's Chinese segmenter respects and its
 *   results do not show: any substring is then a phrase of single characters, which Pagefind finds exactly.
 * - English: Pagefind joins words around a dash (2018–2020 becomes one word), but indexes each part of a
 *   hyphenated word, so the dash between two words or numbers is given to it as a hyphen.
 */
export function prepareForIndex(html: string, lang: Lang): string {
  return html.replace(/>([^<]+)</gu, (_, text: string) =>
    lang === 'zh' ? `>${separateHan(text)}<` : `>${text.replace(/(?<=[\p{L}\p{N}])[–—](?=[\p{L}\p{N}])/gu, '-')}<`,
  );
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
