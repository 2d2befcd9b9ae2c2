// Runs a query: Pagefind proposes candidate pages, the exact rules of match.ts decide which match and where.
import type { Stem } from './fold';
import { parseQuery, type Clause } from './query';
import { checkedClauses, pagefindQueries } from './pagefind';
import { clausesIn, highlightRanges, matchesAll } from './match';
import { excerpt, type Segment } from './excerpt';
import { RESULT_TYPES, type ResultType } from '../plan/types';
import { LOCALES, type Lang } from '../locale/locales';

/** The part of Pagefind's JavaScript API that search uses (pagefind.js, createInstance). */
export interface PagefindSearch {
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
export interface PagefindFragment {
  url: string;
  /** The page's indexed text (Pagefind has removed the zero-width spaces). */
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
  /** Higher is better: the title contains every clause, then Pagefind's relevance. */
  rank: [number, number];
}

/**
 * Every page of the index that contains all clauses of the query, best first. English words are asked for in every
 * spelling of the index with the same fold (`spellings`, from the language's words file).
 */
export async function searchPlan(
  pagefind: PagefindSearch,
  query: string,
  lang: Lang,
  stem?: Stem,
  spellings?: Record<string, string[]>,
): Promise<Hit[]> {
  const clauses = parseQuery(query, lang);
  if (clauses.length === 0) return [];
  const candidates = await candidatesFor(pagefind, clauses, lang, spellings);
  const hits = await Promise.all(
    [...candidates.values()].map(async ({ result, score }) => {
      const data = await pageData(pagefind, result);
      await nextTask();
      return toHit(data, score, clauses, lang, stem);
    }),
  );
  return hits
    .filter((hit): hit is Hit => hit !== undefined)
    .sort((a, b) => b.rank[0] - a.rank[0] || b.rank[1] - a.rank[1]);
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
 * Pages that Pagefind finds for every clause, with their summed scores: within a clause's group of queries (the
 * spellings of a word) the results are joined, across groups intersected.
 */
async function candidatesFor(
  pagefind: PagefindSearch,
  clauses: Clause[],
  lang: Lang,
  spellings: Record<string, string[]> | undefined,
) {
  let candidates: Map<string, { result: PagefindResult; score: number }> | undefined;
  for (const group of clauses.flatMap((clause) => pagefindQueries(clause, lang, spellings))) {
    const found = new Map<string, PagefindResult>();
    for (const term of group) {
      for (const result of (await pagefind.search(term))?.results ?? []) {
        const known = found.get(result.id);
        if (!known || known.score < result.score) found.set(result.id, result);
      }
    }
    const next = new Map<string, { result: PagefindResult; score: number }>();
    for (const result of found.values()) {
      if (candidates && !candidates.has(result.id)) continue;
      next.set(result.id, { result, score: (candidates?.get(result.id)?.score ?? 0) + result.score });
    }
    candidates = next;
  }
  return candidates ?? new Map();
}

const clean = (text: string) => text.replace(/\u200b/gu, '').trim();

function toHit(fragment: PagefindFragment, score: number, clauses: Clause[], lang: Lang, stem?: Stem): Hit | undefined {
  const filter = (key: string) => fragment.filters[key]?.[0];
  const type = filter('type') as ResultType;
  if (!RESULT_TYPES.includes(type)) return undefined;
  const checked = checkedClauses(clauses, lang);
  if (checked.length > 0 && !matchesAll(fragment.content, checked, lang, stem)) return undefined;
  const title = clean(fragment.meta.title ?? '').replace(/[。.]$/u, '');
  const passage = bestPassage(fragment.anchors ?? [], title, clauses, lang, stem);
  const text = passage?.excerpt ?? clean(fragment.content);
  const number = (key: string) => (filter(key) === undefined ? undefined : Number(filter(key)));
  return {
    url: fragment.url,
    href: passage ? `${fragment.url}#${passage.id}` : fragment.url,
    type,
    number: number('number'),
    group: number('group'),
    title: excerpt(title, highlightRanges(title, clauses, lang, stem), Infinity),
    excerpt: excerpt(text, highlightRanges(text, clauses, lang, stem), LOCALES[lang].excerptLength),
    rank: [clausesIn(title, clauses, lang, stem), score],
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
