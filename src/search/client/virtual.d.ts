// The URL of the search scripts' chunk, from the search integration (src/search/integration-node.ts).
declare module 'virtual:search-ui' {
  const url: string;
  export default url;
}

// The URL of the search page's chunk (page.ts), from the same integration.
declare module 'virtual:search-page' {
  const url: string;
  export default url;
}
