// Search beyond the plan: glossary entries, themes, map zones and status facts, matched exactly as the plan's pages
// are (same clauses, same folding), and the closest terms and themes to suggest when nothing is found.
import type { Lang } from '../locale/locales';
import { LOCALES } from '../locale/locales';
import type { Stem } from './fold';
import { excerpt, type Segment } from './excerpt';
import { highlightRanges, matchesAll } from './match';
import { parseQuery } from './query';

/** Each language's entries, next to its Pagefind bundle: /pagefind/zh/extra.json (built by extra-node.ts). */
export const EXTRA_FILE = 'extra.json';

/** In the order they are shown, after the plan's own results. */
export const EXTRA_KINDS = ['glossary', 'theme', 'map', 'context'] as const;
export type ExtraKind = (typeof EXTRA_KINDS)[number];

export interface ExtraEntry {
  kind: ExtraKind;
  /** Term, theme title, zone name, or the status page's section heading of a fact. */
  title: string;
  /** What the entry says: a term's note and aliases, a theme's summary, a zone's role, a fact. */
  text: string;
  /** Its place on the site: /en/glossary/#cips, /en/themes/payments/, /en/map/#zone-bund, /en/about/#in-force. */
  href: string;
  /** Glossary terms and themes: the names a reader might mean (term, its forms and aliases; theme title). */
  names?: string[];
}

/** The strings the search page needs for these results (locale strings `searchMore`), shipped in the same file. */
export interface MoreStrings {
  heading: string;
  count_one?: string;
  count_other: string;
  kind: Record<ExtraKind, string>;
  suggest: string;
}

/** The file as stored: its strings travel with it, so that no search script carries them before they are needed. */
export interface ExtraFile {
  strings: MoreStrings;
  entries: ExtraEntry[];
}

/** The text an entry is searched in: its title and what it says. */
export const entryText = (entry: ExtraEntry) => `${entry.title}\n${entry.text}`;

/**
 * The entries that contain the query, or any of the forms it was read as (the plan's term for an alias, the
 * simplified form of traditional characters): exactly the entries whose text has every clause of one of them.
 */
export function searchExtra(entries: ExtraEntry[], queries: string[], lang: Lang, stem?: Stem): ExtraEntry[] {
  const clauses = queries.map((q) => parseQuery(q, lang)).filter((c) => c.length > 0);
  const found = entries.filter((e) => clauses.some((c) => matchesAll(entryText(e), c, lang, stem)));
  return EXTRA_KINDS.flatMap((kind) => found.filter((e) => e.kind === kind));
}

/**
 * The title and about 160 characters of what an entry says around the first place a query (or a form it was read
 * as) occurs, with those places marked; the lines of an entry (a term's aliases) are shown separated by " · ".
 */
export function extraSegments(
  entry: ExtraEntry,
  queries: string[],
  lang: Lang,
  stem?: Stem,
): { title: Segment[]; excerpt: Segment[] } {
  const clauses = queries.flatMap((q) => parseQuery(q, lang));
  const text = entry.text.replace(/\n/gu, ' · ');
  const marked = (t: string, max: number) => excerpt(t, highlightRanges(t, clauses, lang, stem), max);
  return { title: marked(entry.title, Infinity), excerpt: marked(text, 160) };
}

/** Edit distance (Levenshtein) between two strings, by code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[y.length]!;
}

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();

/**
 * How close a query is to a name, 0 to 1. Chinese: the characters they share (Dice coefficient), so 监管沙箱 is
 * close to 监管沙盒; English: one minus the edit distance over the longer length, of the whole name or of one of its
 * words, so blokchain is close to blockchain.
 */
export function closeness(query: string, name: string, lang: Lang): number {
  const q = norm(query);
  const n = norm(name);
  if (q === '' || n === '') return 0;
  if (LOCALES[lang].tokenizer === 'han') {
    const a = new Set(q.replace(/\s/gu, ''));
    const b = new Set(n.replace(/\s/gu, ''));
    const shared = [...a].filter((ch) => b.has(ch)).length;
    return (2 * shared) / (a.size + b.size);
  }
  const similar = (s: string, t: string) => 1 - editDistance(s, t) / Math.max([...s].length, [...t].length);
  const words = n.split(/[ -]/u).filter((w) => w.length >= 4);
  return Math.max(similar(q, n), ...words.map((w) => similar(q, w)));
}

/** The lowest closeness worth suggesting: below it the names have little in common with the query. */
export const SUGGEST_MIN = 0.5;

/** The glossary terms and themes closest to a query that found nothing (best first, at most `max`). */
export function suggestions(entries: ExtraEntry[], query: string, lang: Lang, max = 5): ExtraEntry[] {
  return entries
    .filter((e) => e.names && e.names.length > 0)
    .map((e) => ({ e, score: Math.max(...e.names!.map((n) => closeness(query, n, lang))) }))
    .filter(({ score }) => score >= SUGGEST_MIN)
    .sort((a, b) => b.score - a.score || a.e.title.localeCompare(b.e.title))
    .slice(0, max)
    .map(({ e }) => e);
}
