// Draws search results and status lines with DOM methods: text from the index is never parsed as HTML.
import type { Hit } from '../engine';
import { otherLanguageMayMatch } from '../query';
import type { Segment } from '../excerpt';
import { echoText, type Reading, type ReadingStrings } from '../readings';
import { HTML_LANG, otherLangs, type Lang } from '../../locale/locales';
import { runSearch } from './run';
import { parseRoute, searchUrl } from '../../plan/routes';
import { STRINGS, counted, format, formatNodes } from './strings';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (string | Node)[]) {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/** Type and number, as on the item's own page: 重点任务 7, Task 7; a passage of the full text: 全文. */
export function badge(hit: Hit, lang: Lang): string {
  const strings = STRINGS[lang];
  if (hit.type === 'section') return strings.search.section;
  return format(strings.search.badge, { type: strings.type[hit.type], number: hit.number ?? '' });
}

/** The result's page without language and slashes (tasks/7, plan): names it in tests and analytics-free logs. */
export function resultKey(hit: Hit): string {
  const { pathname } = new URL(hit.url, 'https://x');
  const route = parseRoute(pathname);
  return (route ? route.rest.slice(1) : pathname).replace(/\/$/u, '');
}

const marked = (segments: Segment[]) =>
  segments.map((s) => (s.hit ? el('mark', 'bg-notice text-ink', s.text) : s.text));

export function resultItem(hit: Hit, lang: Lang): HTMLLIElement {
  const link = el(
    'a',
    'font-bold',
    el('span', 'mr-2 inline-block rounded bg-wash px-1.5 text-sm text-brand', badge(hit, lang)),
    ...marked(hit.title),
  );
  link.href = hit.href;
  const excerpt = el('p', 'mt-1 text-muted', ...marked(hit.excerpt));
  const item = el('li', 'border-b border-line py-3', link, excerpt);
  item.dataset.result = resultKey(hit);
  return item;
}

/**
 * When a query finds nothing in the page's language: searches the other language and, if it finds something there,
 * adds "the English text has 4 results: see them" (linking that search) to the status line.
 */
export async function noteOtherLanguage(status: HTMLElement, lang: Lang, query: string, isCurrent: () => boolean) {
  const notes = await otherLanguageNotes(lang, query);
  if (isCurrent()) status.append(...notes);
}

/** "The English text has 4 results: see the English results", for each other language that has results. */
export async function otherLanguageNotes(lang: Lang, query: string): Promise<HTMLElement[]> {
  if (!otherLanguageMayMatch(query, lang)) return [];
  const notes: HTMLElement[] = [];
  for (const other of otherLangs(lang)) {
    const count = (await runSearch(other, query, 'text').catch(() => ({ hits: [] }))).hits.length;
    if (count > 0) notes.push(otherLanguageNote(lang, other, query, count));
  }
  return notes;
}

function otherLanguageNote(lang: Lang, other: Lang, query: string, count: number): HTMLElement {
  const link = el('a', '', STRINGS[lang].search.otherLink);
  link.href = searchUrl(other, query);
  link.hreflang = HTML_LANG[other];
  link.dataset.otherLanguage = other;
  return el('span', '', ' ', counted(lang, 'other', count), link);
}

/** What the reader typed, repeated: cleaned, capped, isolated from the text around it. */
export function echo(query: string): HTMLElement {
  return el('bdi', 'wrap-anywhere', echoText(query));
}

/**
 * The line that says what was searched instead of the query: the plan's term for an alias ("Showing results for
 * 数字货币, the plan's term; 数字人民币 is a later name"), this language's name for the other's, simplified for
 * traditional characters; with a link to the term or theme.
 */
export function readingNote(reading: Reading, strings: ReadingStrings, lang: Lang): HTMLElement {
  const search = el('bdi', '', reading.search[0]!);
  const typed = echo(reading.typed);
  const line =
    reading.kind === 'traditional'
      ? formatNodes(strings.traditional, { search })
      : reading.kind === 'other-language'
        ? formatNodes(strings.other, { search, typed })
        : formatNodes(strings.alias, { search, typed, kind: strings.kind[reading.kind] });
  const note = el('span', 'block', ...line);
  note.dataset.reading = reading.kind;
  if (reading.ref) {
    const link = el('a', '', strings.ref);
    link.href = `/${lang}/${reading.ref}`;
    note.append(' ', link);
  }
  return note;
}
