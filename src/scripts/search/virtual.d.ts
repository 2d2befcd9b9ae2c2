// The URL of the live-search chunk, provided by the search integration (src/integrations/search.ts).
declare module 'virtual:search-ui' {
  export function searchUiUrl(): string;
}
