// The URL of the search scripts' chunk, from the search integration (src/search/integration-node.ts).
declare module 'virtual:search-ui' {
  const url: string;
  export default url;
}
