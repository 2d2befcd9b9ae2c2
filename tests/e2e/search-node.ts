// Opens the built Pagefind bundles in Node, fetching over HTTP from the served dist/, to run the search engine without a browser.
import path from 'node:path';
import { expect } from 'vitest';
import { pathToFileURL } from 'node:url';
import { stem } from 'porter2';
import fs from 'node:fs';
import { PAGES_FILE, type Hit, type PagefindSearch, type PageSource, type PlanText } from '../../src/search/engine';
import { otherLanguageMayMatch } from '../../src/search/query';
import {
  OTHER_WORDS_FILE,
  withOtherWords,
  searchWithWords,
  WORDS_FILE,
  type Results,
  type WordsFile,
} from '../../src/search/readings';
import type { Lang } from '../../src/locale/locales';
import { baseURL } from './browser';

interface PagefindModule {
  createInstance(options: { basePath: string }): PagefindSearch;
}

const indexes = new Map<Lang, Promise<PagefindSearch>>();

/** Each language from its own copy of pagefind.js, as in the browser (one WebAssembly module per copy). */
function openIndex(lang: Lang): Promise<PagefindSearch> {
  let index = indexes.get(lang);
  if (!index) {
    const file = pathToFileURL(path.resolve('dist', 'pagefind', lang, 'pagefind.js')).href;
    index = (import(/* @vite-ignore */ file) as Promise<PagefindModule>).then((m) =>
      m.createInstance({ basePath: `${baseURL()}/pagefind/${lang}/` }),
    );
    indexes.set(lang, index);
  }
  return index;
}

const texts = new Map<Lang, PlanText>();

/** The plan's text file of a language (the search page's source), read from dist/. */
function openText(lang: Lang): PlanText {
  let text = texts.get(lang);
  if (!text) {
    text = JSON.parse(fs.readFileSync(path.resolve('dist', 'pagefind', lang, PAGES_FILE), 'utf8')) as PlanText;
    texts.set(lang, text);
  }
  return text;
}

/** Where a search looks: Pagefind's index (the header box), or the plan's text file (the search page). */
export type Source = 'pagefind' | 'text';

const wordsFiles = new Map<string, WordsFile>();

/** A words file of dist/, read once (every query of the recall tests asks for it, on both sources). */
function wordsFile(lang: Lang, name: string): WordsFile {
  const file = path.resolve('dist', 'pagefind', lang, name);
  let words = wordsFiles.get(file);
  if (!words) {
    words = JSON.parse(fs.readFileSync(file, 'utf8')) as WordsFile;
    wordsFiles.set(file, words);
  }
  return words;
}

/** The search as the browser runs it (run.ts): with the language's words files, the other's only when it may match. */
export async function searchWithReading(lang: Lang, query: string, source: Source = 'pagefind'): Promise<Results> {
  const own = wordsFile(lang, WORDS_FILE);
  const other = otherLanguageMayMatch(query, lang) ? wordsFile(lang, OTHER_WORDS_FILE) : undefined;
  const words = withOtherWords(own, other);
  const index: PageSource = source === 'text' ? openText(lang) : await openIndex(lang);
  return searchWithWords(index, query, lang, words, lang === 'en' ? stem : undefined);
}

const comparison = { count: 0, differ: [] as string[] };

/**
 * The search as the header box runs it (Pagefind's index) and as the search page runs it (the plan's text file): the
 * Pagefind results are returned, and any query whose two answers differ in anything (results, order, links,
 * excerpts, the line that says how it was read) is recorded for `comparedBothWays`.
 */
export async function searchBothWays(lang: Lang, query: string): Promise<Results> {
  const [pagefind, text] = await Promise.all([searchWithReading(lang, query), searchWithReading(lang, query, 'text')]);
  comparison.count += 1;
  // Pagefind in Node names pages under the server's address it was opened from (openIndex); the browser's, not.
  if (JSON.stringify(text) !== JSON.stringify(pagefind).replaceAll(baseURL(), '')) {
    const keys = (r: Results) => r.hits.map((h) => h.href.replace(baseURL(), '')).join(',');
    comparison.differ.push(`${lang} ${query}: Pagefind [${keys(pagefind)}], text [${keys(text)}]`);
  }
  return pagefind;
}

/**
 * That the queries searchBothWays ran in this test file (more than `minimum`) were all answered alike by both
 * sources; prints how many.
 */
export function expectBothWaysAlike(file: string, minimum: number): void {
  console.log(`${file}: ${comparison.count} queries run on Pagefind's index and on the plan's text file`);
  expect(comparison.count).toBeGreaterThan(minimum);
  expect(comparison.differ.slice(0, 20)).toEqual([]);
  expect(comparison.differ).toHaveLength(0);
}

export async function searchInNode(lang: Lang, query: string, source: Source = 'pagefind'): Promise<Hit[]> {
  return (await searchWithReading(lang, query, source)).hits;
}

/** A result's page as in the query tables: tasks/7, goals/1, plan. */
export function pageKey(url: string): string {
  return new URL(url, 'http://x').pathname.replace(/^\/(zh|en)\/|\/$/gu, '');
}
