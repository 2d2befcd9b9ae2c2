// Build-side search facts: the Pagefind attributes of each indexed page and the copy of its HTML that Pagefind indexes.
import { ITEMS } from '../plan/items';
import { parseRoute } from '../plan/routes';
import type { Plan } from '../plan/types';
import { LOCALES, type Lang } from '../locale/locales';

/**
 * What each result knows about its page: type, number and, for tasks, group, as Pagefind filters (results can be
 * narrowed by them, and each result carries them). Not as Pagefind metadata: Pagefind 1.6 indexes metadata values
 * as searchable words, so a query for 5 would find every task of group 5. Read from the page's address and the
 * plan, and written only into the copy of the HTML that Pagefind indexes, so the served pages carry no bytes for it.
 * Undefined for a page that is not indexed.
 */
export function searchFilters(url: string, plan: Plan): Record<string, string> | undefined {
  const route = parseRoute(url);
  if (route?.rest === '/plan/') return { type: 'section' };
  const ref = route?.item;
  const item = ref && plan[ITEMS[ref.type].folder].find((i) => i.number === ref.number);
  if (!item) return undefined;
  return {
    type: item.type,
    number: String(item.number),
    ...(item.group === undefined ? {} : { group: String(item.group) }),
  };
}

/** Pagefind reads several filters of one element only as attribute references: the values go in data-filter-*. */
function filterAttributes(filters: Record<string, string>): string {
  const keys = Object.keys(filters);
  const values = keys.map((key) => `data-filter-${key}="${filters[key]}"`);
  return `${values.join(' ')} data-pagefind-filter="${keys.map((key) => `${key}[data-filter-${key}]`).join(', ')}"`;
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
 * - The page's filters (see searchFilters) go on its data-pagefind-body element.
 * - Links lose their ids (the glossary's term-… targets): Pagefind stores every element with an id as a place a
 *   result can link to, and a result links to a sentence or a section, never into a link.
 * - Sentence numbers in the gutter (a.sn) are left out: they are controls, not text of the plan.
 */
export function prepareForIndex(html: string, lang: Lang, filters: Record<string, string>): string {
  return html
    .replace(/\bdata-pagefind-body\b/u, `data-pagefind-body ${filterAttributes(filters)}`)
    .replace(/<a\b[^>]*\bclass="sn"[^>]*>\d+<\/a>/gu, '')
    .replace(/(<a\b[^>]*?)\s+id="[^"]*"/gu, '$1')
    .replace(/>([^<]+)</gu, (_, text: string) =>
      LOCALES[lang].tokenizer === 'han'
        ? `>${separateHan(text)}<`
        : `>${text.replace(/(?<=[\p{L}\p{N}])[–—](?=[\p{L}\p{N}])/gu, '-')}<`,
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

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * The text Pagefind indexes from a page: inside the data-pagefind-body element, outside data-pagefind-ignore
 * elements, tags removed (entities left as written: the words files only need the letters and characters).
 */
export function indexedText(html: string): string {
  const stack: { name: string; body: boolean; ignore: boolean }[] = [];
  let out = '';
  let at = 0;
  const inside = () => stack.some((e) => e.body) && !stack.some((e) => e.ignore);
  for (const tag of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/gu)) {
    if (inside()) out += `${html.slice(at, tag.index)} `;
    at = tag.index + tag[0].length;
    const [, closing, rawName, attributes] = tag;
    const name = rawName!.toLowerCase();
    if (closing) {
      const open = stack.map((e) => e.name).lastIndexOf(name);
      if (open !== -1) stack.length = open;
    } else if (!VOID.has(name) && !attributes!.endsWith('/') && name !== 'script' && name !== 'style') {
      stack.push({
        name,
        body: /\sdata-pagefind-body\b/u.test(attributes!),
        ignore: /\sdata-pagefind-ignore\b/u.test(attributes!),
      });
    }
  }
  return out.replace(/\s+/gu, ' ').trim();
}
