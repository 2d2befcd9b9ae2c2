// Opens a language's Pagefind bundle when search is first used, and runs the exact search on it.
import { searchPlan, type Hit, type PagefindSearch } from '../engine';
import type { Stem } from '../fold';
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

/** English results match by stem, with the Porter2 stemmer that Pagefind's English index also uses. */
function stemmerFor(lang: Lang): Promise<Stem | undefined> {
  return locale(lang).stemmer === 'porter2' ? import('porter2').then((m) => m.stem) : Promise.resolve(undefined);
}

export async function runSearch(lang: Lang, query: string): Promise<Hit[]> {
  const [index, stem] = await Promise.all([openIndex(lang), stemmerFor(lang)]);
  return searchPlan(index, query, lang, stem);
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
