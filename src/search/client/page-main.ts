// The search page's script, a module script of its <head> (SearchPageHead.astro): with a query in the address it first
// preloads the word index and the page fragments, which the integration names in data-pagefind-query (only a query
// needs them), then fills the page.
import { attachSearchPage } from './page';
import type { Lang } from '../../locale/locales';

const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
if (form) {
  if (new URLSearchParams(window.location.search).get('q')?.trim()) {
    const files = document.querySelector<HTMLLinkElement>('link[data-pagefind-query]')?.dataset.pagefindQuery;
    for (const href of files?.split(' ') ?? []) {
      const link = Object.assign(document.createElement('link'), { rel: 'preload', href, crossOrigin: 'anonymous' });
      link.as = 'fetch';
      document.head.append(link);
    }
  }
  attachSearchPage(form, form.dataset.lang as Lang);
}
