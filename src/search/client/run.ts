// Opens a language's Pagefind bundle, or its text file, when search is first used, and runs the exact search on it.
import { PAGES_FILE, type PagefindSearch, type PageSource, type PlanText } from '../engine';
import type { Stem } from '../fold';
import { otherLanguageMayMatch } from '../query';
import {
  OTHER_WORDS_FILE,
  READING_FILE,
  searchWithWords,
  WORDS_FILE,
  type ReadingStrings,
  type Results,
  type SearchWords,
  withOtherWords,
  type WordsFile,
} from '../readings';
import { locale, type Lang } from '../../locale/locales';

interface PagefindModule extends PagefindSearch {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

const indexes = new Map<Lang, Promise<PagefindModule>>();

/**
 * Starts loading a language's index (Pagefind's script, WebAssembly and metadata). Each language is loaded from its
 * own copy of pagefind.js: one copy holds one WebAssembly module, and the two languages use different ones.
 * Pagefind runs on the main thread: for an index this small its worker would cost more bytes than it saves time.
 */
export function openIndex(lang: Lang): Promise<PagefindModule> {
  void openWordsFile(lang, WORDS_FILE);
  let index = indexes.get(lang);
  if (!index) {
    const base = `/pagefind/${lang}/`;
    index = (import(/* @vite-ignore */ `${base}pagefind.js`) as Promise<PagefindModule>).then(async (pagefind) => {
      await pagefind.options({ basePath: base, noWorker: true });
      await pagefind.init();
      return pagefind;
    });
    index.catch(() => indexes.delete(lang));
    indexes.set(lang, index);
  }
  return index;
}

const texts = new Map<Lang, Promise<PlanText>>();
let source: 'pagefind' | 'text' = 'pagefind';

/**
 * Where this page's searches look: Pagefind's index (the header box: a few files of it answer a first query), or the
 * plan's text file (the search page: one 9–11 KB file answers every query, in either language, without Pagefind's
 * WebAssembly, so that the first results arrive sooner). Both give the same results (engine.ts).
 */
export function searchIn(where: 'pagefind' | 'text'): void {
  source = where;
}

/** Starts loading what this page's searches need in a language (see searchIn), or those of the source named. */
export function openSource(lang: Lang, where = source): Promise<PageSource> {
  if (where === 'pagefind') return openIndex(lang);
  void openWordsFile(lang, WORDS_FILE);
  let text = texts.get(lang);
  if (!text) {
    text = fetch(`/pagefind/${lang}/${PAGES_FILE}`).then(async (response) => {
      if (!response.ok) throw new Error(`search: /pagefind/${lang}/${PAGES_FILE}: ${response.status}`);
      return (await response.json()) as PlanText;
    });
    text.catch(() => texts.delete(lang));
    texts.set(lang, text);
  }
  return text;
}

/** English results match by stem, with the Porter2 stemmer that Pagefind's English index also uses. */
export function stemmerFor(lang: Lang): Promise<Stem | undefined> {
  return locale(lang).stemmer === 'porter2' ? import('./porter2').then((m) => m.stem) : Promise.resolve(undefined);
}

const wordFiles = new Map<string, Promise<unknown>>();

/**
 * A words file of a language (see WORDS_FILE), fetched once, or read from the page when it carries it (the search
 * page does: src/search/integration-node.ts). Without it search still finds the plan's own words.
 */
function openWordsFile(lang: Lang, name: string): Promise<unknown> {
  const url = `/pagefind/${lang}/${name}`;
  let file = wordFiles.get(url);
  if (!file) {
    const inline = document.querySelector(`script[type="application/json"][data-search-file="${url}"]`);
    file = (
      inline
        ? Promise.resolve().then(() => JSON.parse(inline.textContent!) as unknown)
        : fetch(url).then((response) => (response.ok ? (response.json() as Promise<unknown>) : undefined))
    ).catch(() => undefined);
    wordFiles.set(url, file);
  }
  return file;
}

/** The words a query needs: the other language's names only for a query in the other language's script. */
async function wordsFor(lang: Lang, query: string): Promise<SearchWords | undefined> {
  const [own, other] = (await Promise.all([
    openWordsFile(lang, WORDS_FILE),
    otherLanguageMayMatch(query, lang) ? openWordsFile(lang, OTHER_WORDS_FILE) : undefined,
  ])) as [WordsFile | undefined, WordsFile | undefined];
  if (!own) return undefined;
  return withOtherWords(own, other);
}

/**
 * A search in a language, in this page's source or the one named: the count of results in the other language is
 * always taken from its text file, 9–10 KB where its Pagefind bundle is about 100 KB.
 */
export async function runSearch(lang: Lang, query: string, where = source): Promise<Results> {
  const [index, stem, words] = await Promise.all([openSource(lang, where), stemmerFor(lang), wordsFor(lang, query)]);
  const results = await searchWithWords(index, query, lang, words, stem);
  // The line that says how the query was read needs its strings: fetched the first time there is one.
  if (results.reading) {
    const strings = (await openWordsFile(lang, READING_FILE)) as ReadingStrings | undefined;
    if (strings) results.strings = strings;
  }
  return results;
}

/**
 * Calls `search` when the reader pauses typing (keys pressed in quick succession make one search). While a Chinese
 * input method is composing, the text is not yet what the reader means: the committed word is searched at once.
 */
export function onQueryInput(input: HTMLInputElement, search: () => void, delay = 50): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', (event) => {
    if ((event as InputEvent).isComposing) return;
    clearTimeout(timer);
    timer = setTimeout(search, delay);
  });
  input.addEventListener('compositionend', () => {
    clearTimeout(timer);
    search();
  });
}
