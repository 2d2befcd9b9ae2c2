// Opens the built Pagefind bundles in Node, fetching over HTTP from the served dist/, to run the search engine without a browser.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stem } from 'porter2';
import { searchPlan, type Hit, type PagefindSearch } from '../../src/search/engine';
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

export async function searchInNode(lang: Lang, query: string): Promise<Hit[]> {
  return searchPlan(await openIndex(lang), query, lang, lang === 'en' ? stem : undefined);
}

/** A result's page as in the query tables: tasks/7, goals/1, plan. */
export function pageKey(url: string): string {
  return new URL(url, 'http://x').pathname.replace(/^\/(zh|en)\/|\/$/gu, '');
}
