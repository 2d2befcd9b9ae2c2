// Runs a query: Pagefind proposes candidate pages (or every page of the plan's text file is one), the exact rules of
// match.ts decide which match and where, and our own relevance orders them, so that both sources give the same list.
import type { Stem } from './fold';
import { parseQuery, type Clause } from './query';
import { checkedClauses, pagefindQueries } from './pagefind';
import { spellingsOf } from './spelling';
import { clausesIn, findClause, highlightRanges } from './match';
import { excerpt, type Segment } from './excerpt';
import { RESULT_TYPES, type ResultType } from '../plan/types';
import { LOCALES, type Lang } from '../locale/locales';

/** The part of Pagefind's JavaScript API that search uses (pagefind.js, createInstance). */
export interface PagefindSearch {
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}
export interface PagefindFragment {
  url: string;
  /** The page's indexed text (with Pagefind, zero-width spaces between Chinese characters; without, in PAGES_FILE). */
  content: string;
  meta: Record<string, string | undefined>;
  /** type, number and group of the page (see searchFilters). */
  filters: Record<string, string[] | undefined>;
  /** Every element with an id inside the indexed text: the sentences s1…sN, sections, headings. */
  anchors?: { id: string; element?: string; text?: string; location: number }[];
}

export interface Hit {
  /** The page, and the page at the passage where the query occurs best (#s3). */
  url: string;
  href: string;
  type: ResultType;
  number?: number;
  group?: number;
  /** The page title and the excerpt (the best passage), with the places of the query marked. */
  title: Segment[];
  excerpt: Segment[];
  /** Higher is better: how many clauses the title contains, then relevance (see rankHits). */
  rank: [number, number];
}

/**
 * The plan's pages in one file (PAGES_FILE, written at build from Pagefind's own fragments): the search page's
 * source. The plan is small enough that every page can be a candidate, so a query needs neither Pagefind's
 * WebAssembly nor its index, and each clause is decided by the exact rules.
 */
export interface PlanText {
  pages: PagefindFragment[];
}
export const PAGES_FILE = 'pages.json';

/** Where searchPlan finds its candidate pages: Pagefind's index, or the plan's text file. */
export type PageSource = PagefindSearch | PlanText;

/**
 * Every page of the index that contains all clauses of the query, best first. English words are asked for in every
 * spelling of the index with the same fold (`spellings`, from the language's words file).
 */
export async function searchPlan(
  source: PageSource,
  query: string,
  lang: Lang,
  stem?: Stem,
  spellings?: Record<string, string[]>,
): Promise<Hit[]> {
  const clauses = parseQuery(query, lang).map((clause) =>
    spellings && !clause.phrase && LOCALES[lang].tokenizer === 'words'
      ? { ...clause, forms: spellingsOf(clause.text, spellings) }
      : clause,
  );
  if (clauses.length === 0) return [];
  // Pagefind's whole-word English search has decided the English words of its candidates; the text file decides none.
  const [pages, checked] =
    'pages' in source
      ? [source.pages.map((page) => Promise.resolve(page)), clauses]
      : [
          [...(await candidatesFor(source, clauses, lang, spellings)).values()].map((r) => pageData(source, r)),
          checkedClauses(clauses, lang),
        ];
  const found = await Promise.all(
    pages.map(async (page) => {
      const data = await page;
      await nextTask();
      return toHit(data, clauses, checked, lang, stem);
    }),
  );
  return rankHits(found.filter((hit) => hit !== undefined));
}

/** A result before ranking: how often each clause occurs in the page's text, and the text's length. */
interface Found {
  hit: Omit<Hit, 'rank'> & { titleClauses: number };
  counts: number[];
  length: number;
}

/**
 * Best first: pages whose title contains more of the clauses, then by relevance, BM25's weight of term frequency
 * (k1 1.2, b 0.75) summed over the clauses, with lengths measured against the results' average length; then by
 * kind and number (compareHits). It depends only on the results themselves, so that both sources rank a query alike.
 */
function rankHits(found: Found[]): Hit[] {
  const average = found.reduce((sum, f) => sum + f.length, 0) / Math.max(found.length, 1);
  const k1 = 1.2;
  const b = 0.75;
  const hits = found.map(({ hit: { titleClauses, ...hit }, counts, length }): Hit => {
    const norm = k1 * (1 - b + (b * length) / Math.max(average, 1));
    const relevance = counts.reduce((sum, tf) => sum + (tf * (k1 + 1)) / (tf + norm), 0);
    return { ...hit, rank: [titleClauses, Math.round(relevance * 1e6) / 1e6] };
  });
  return hits.sort(compareHits);
}

/**
 * Best first (see rankHits); equal ranks by kind in ITEM_TYPES order (the full text's sections last), then group and
 * number, so that a list never depends on the order in which pages were fetched.
 */
export function compareHits(a: Hit, b: Hit): number {
  return (
    b.rank[0] - a.rank[0] ||
    b.rank[1] - a.rank[1] ||
    RESULT_TYPES.indexOf(a.type) - RESULT_TYPES.indexOf(b.type) ||
    (a.group ?? 0) - (b.group ?? 0) ||
    (a.number ?? 0) - (b.number ?? 0) ||
    (a.href < b.href ? -1 : a.href > b.href ? 1 : 0)
  );
}

/**
 * Each page's exact check runs as a task of its own, so that the browser can paint and answer the reader between
 * pages rather than after all of them (one long task on a slow phone).
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A page's fragment, once per index: Pagefind's data() also computes its own excerpt for the query each time,
 * which search does not use, so the fragment is kept for the next keystroke.
 */
const fragments = new WeakMap<PagefindSearch, Map<string, Promise<PagefindFragment>>>();
function pageData(pagefind: PagefindSearch, result: PagefindResult): Promise<PagefindFragment> {
  let cache = fragments.get(pagefind);
  if (!cache) fragments.set(pagefind, (cache = new Map()));
  let data = cache.get(result.id);
  if (!data) {
    data = result.data();
    data.catch(() => cache.delete(result.id));
    cache.set(result.id, data);
  }
  return data;
}

/**
 * Pages that Pagefind finds for every clause: within a clause's group of queries (the spellings of a word) the
 * results are joined, across groups intersected.
 */
async function candidatesFor(
  pagefind: PagefindSearch,
  clauses: Clause[],
  lang: Lang,
  spellings: Record<string, string[]> | undefined,
): Promise<Map<string, PagefindResult>> {
  let candidates: Map<string, PagefindResult> | undefined;
  for (const group of clauses.flatMap((clause) => pagefindQueries(clause, lang, spellings))) {
    const found = new Map<string, PagefindResult>();
    for (const term of group) {
      for (const result of (await pagefind.search(term))?.results ?? []) {
        if (!candidates || candidates.has(result.id)) found.set(result.id, result);
      }
    }
    candidates = found;
  }
  return candidates ?? new Map();
}

const clean = (text: string) => text.replace(/\u200b/gu, '').trim();

function toHit(
  fragment: PagefindFragment,
  clauses: Clause[],
  checked: Clause[],
  lang: Lang,
  stem?: Stem,
): Found | undefined {
  const filter = (key: string) => fragment.filters[key]?.[0];
  const type = filter('type') as ResultType;
  if (!RESULT_TYPES.includes(type)) return undefined;
  // Each clause's places in the text, found once: they decide the checked clauses and weigh relevance. A checked
  // clause that is missing ends the work for this page.
  const counts: number[] = [];
  for (const clause of clauses) {
    const count = findClause(fragment.content, clause, lang, stem).length;
    if (count === 0 && checked.includes(clause)) return undefined;
    counts.push(count);
  }
  const content = clean(fragment.content);
  const title = clean(fragment.meta.title ?? '').replace(/[。.]$/u, '');
  const passage = bestPassage(fragment.anchors ?? [], title, clauses, lang, stem);
  const text = passage?.excerpt ?? content;
  const number = (key: string) => (filter(key) === undefined ? undefined : Number(filter(key)));
  return {
    hit: {
      url: fragment.url,
      href: passage ? `${fragment.url}#${passage.id}` : fragment.url,
      type,
      number: number('number'),
      group: number('group'),
      title: excerpt(title, highlightRanges(title, clauses, lang, stem), Infinity),
      excerpt: excerpt(text, highlightRanges(text, clauses, lang, stem), LOCALES[lang].excerptLength),
      titleClauses: clausesIn(title, clauses, lang, stem),
    },
    counts,
    length: content.length,
  };
}

/** Where a result may link: a sentence (s3, preamble-s2) or a block (a heading, paragraph or section). */
const PASSAGE = /(^|-)s\d+$/u;
const PASSAGE_ELEMENT = /^(h[1-6]|p|section)$/u;

/**
 * The passage to link to: the element with an id that contains the most clauses; of those the shortest (a
 * sentence rather than the paragraph around it), then the first. The title is shown anyway, so it is the passage
 * only when nothing else matches; then the excerpt is the passage after it, the opening of the text.
 */
export function bestPassage(
  anchors: NonNullable<PagefindFragment['anchors']>,
  title: string,
  clauses: Clause[],
  lang: Lang,
  stem?: Stem,
): { id: string; excerpt: string } | undefined {
  const passages = anchors
    .filter((anchor) => PASSAGE.test(anchor.id) || PASSAGE_ELEMENT.test(anchor.element ?? ''))
    .map((anchor) => ({ id: anchor.id, text: clean(anchor.text ?? ''), location: anchor.location }))
    .filter((p) => p.text !== '');
  const isTitle = (text: string) => text.replace(/[。.]$/u, '') === title;
  let best: { id: string; text: string; count: number; location: number } | undefined;
  for (const passage of passages.filter((p) => !isTitle(p.text))) {
    const count = clausesIn(passage.text, clauses, lang, stem);
    if (count === 0) continue;
    const better =
      !best ||
      count > best.count ||
      (count === best.count &&
        (passage.text.length < best.text.length ||
          (passage.text.length === best.text.length && passage.location < best.location)));
    if (better) best = { ...passage, count };
  }
  if (best) return { id: best.id, excerpt: best.text };
  const heading = passages.find((p) => isTitle(p.text) && clausesIn(p.text, clauses, lang, stem) > 0);
  const opening = passages.find((p) => !isTitle(p.text) && (!heading || p.location > heading.location));
  return heading && { id: heading.id, excerpt: opening?.text ?? heading.text };
}
