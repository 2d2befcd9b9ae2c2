// The header box's live search as one chunk, loaded on first use (the search page has its own chunk: page.ts).
export { attachLiveSearch } from './live';
export { langOfHtml } from '../../locale/locales';
