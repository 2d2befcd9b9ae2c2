// The search page's script, a module script of its <head> (SearchPageHead.astro): fills the page, searching the plan's
// text file (see searchIn in run.ts), and loads the page's one script once the first results are on screen.
import { attachSearchPage } from './page';
// From the start, not with the page's script below: a reader who switches language as soon as the results show keeps
// the query (/zh/search/?q=区块链 → /en/search/?q=区块链). The page's script then finds the links already served.
import '../../locale/language-switch';
import type { Lang } from '../../locale/locales';

const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
const hasQuery = Boolean(new URLSearchParams(window.location.search).get('q')?.trim());
if (form) {
  // The page's one script (reading settings, language switch …), taken out of the page by the integration so that
  // it does not share the network with what the first result needs: loaded once the results are on screen, at once
  // without a query, and after a few seconds whatever happens.
  let loaded = false;
  const loadPageScript = () => {
    if (loaded || !form.dataset.pageScript) return;
    loaded = true;
    void import(/* @vite-ignore */ form.dataset.pageScript);
  };
  if (!hasQuery) loadPageScript();
  else setTimeout(loadPageScript, 4000);
  attachSearchPage(form, form.dataset.lang as Lang, loadPageScript);
}
