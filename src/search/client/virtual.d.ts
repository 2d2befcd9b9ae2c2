// The URLs of the search scripts, from the search integration (src/search/integration-node.ts).
declare module 'virtual:search-ui' {
  const url: string;
  export default url;
}

// The search page's script (page-main.ts).
declare module 'virtual:search-page' {
  const url: string;
  export default url;
}
