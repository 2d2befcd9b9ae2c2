// The search scripts as one chunk: the header box loads it on first use, the search page with the page.
export { attachLiveSearch } from './live';
export { attachSearchPage } from './page';
export { langOfHtml } from '../../locale/locales';
