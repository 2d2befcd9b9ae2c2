// Import boundaries of src/, checked by scripts/check-boundaries.mjs (run by npm test). A feature folder imports
// plan/, locale/, the shared components and site.ts, not another feature's internals; the allowed edges below are the
// real shared ones, each with its reason. .astro files appear as X.astro.ts (frontmatter, build time) and
// X.astro.client.ts (their <script> blocks: browser code).
const FEATURES = 'map|search|press|reference|open-data|reading|feedback|content-check|trust';
/** content-check's primitives: the collection schemas, record parsing, file reading and its error type. */
const CHECK_PRIMITIVES = '^src/content-check/(schemas|parse-records|content-files-node|plan-model)\\.ts$';

export default {
  forbidden: [
    {
      name: 'no-module-cycle',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'plan-and-locale-import-no-feature',
      comment: 'plan/ and locale/ are the bottom layers that every feature builds on.',
      severity: 'error',
      from: { path: '^src/(plan|locale)/', pathNot: '^src/plan/load-node\\.ts$' },
      to: { path: `^src/(${FEATURES}|components|layouts|pages)/` },
    },
    {
      name: 'plan-loader-imports-only-the-check',
      comment: 'plan/load-node.ts builds the checked model with content-check/, and imports nothing else above plan/.',
      severity: 'error',
      from: { path: '^src/plan/load-node\\.ts$' },
      to: { path: `^src/(${FEATURES}|components|layouts|pages)/`, pathNot: '^src/content-check/' },
    },
    {
      name: 'features-import-no-other-feature',
      comment: "A feature imports plan/, locale/ and shared components, not another feature's internals.",
      severity: 'error',
      from: { path: `^src/(${FEATURES})/` },
      to: {
        path: `^src/(${FEATURES})/`,
        pathNot: [
          // Its own folder.
          '^src/$1/',
          // Features that own a collection (map: zones; reference: glossary, themes, context; open data's schema
          // names their categories) take its schema, record parsing and ContentError from content-check.
          CHECK_PRIMITIVES,
          // content-check validates every collection, so it runs each feature's pure builder.
          '^src/(map/(zones|model|kinds)|reference/(glossary|themes|context))\\.ts$',
          // content-check refuses characters the share cards cannot draw: it reads the card font's glyph table.
          '^src/press/cards/fonts-node\\.ts$',
          // Open data carries each item's themes, loaded and checked once by reference/.
          '^src/reference/load-node\\.ts$',
          // The search index is built from the checked content.
          '^src/content-check/check-node\\.ts$',
          // trust/: the changes page names map zones (checked zone list), the footer's report link is built by
          // feedback/, and open data carries the version of the corrections log.
          '^src/map/load-node\\.ts$',
          '^src/feedback/report\\.ts$',
          '^src/trust/(changes|load-node)\\.ts$',
        ].join('|'),
      },
    },
    {
      name: 'browser-code-imports-no-node-module',
      comment: 'search/client/ and every component <script> ship to the browser: no *-node.ts module, even indirectly.',
      severity: 'error',
      from: { path: '(^src/search/client/|\\.astro\\.client\\.ts$)' },
      to: { path: '(-node\\.ts$|/node/)', reachable: true },
    },
    {
      name: 'browser-code-imports-no-node-builtin',
      comment: 'A Node builtin in browser code would break the bundle or ship a polyfill.',
      severity: 'error',
      from: { path: '(^src/search/client/|\\.astro\\.client\\.ts$)' },
      to: { path: '^(node:|(fs|path|crypto|url|module|os|child_process|zlib)$)', reachable: true },
    },
  ],
  /**
   * Folder cycles, checked by scripts/check-boundaries.mjs on the folders under src/ (dependency-cruiser's folder
   * scope cannot exempt an edge). These upward edges are the known layering of content-check/, whose runner sits
   * above the features while its primitives sit below them; every other edge that closes a cycle fails.
   */
  folderCycleExceptions: [
    { from: 'src/content-check', to: 'src/map', reason: 'check-node runs the zone builder; schemas reads map/kinds' },
    { from: 'src/content-check', to: 'src/reference', reason: 'check-node runs the glossary, theme, context builders' },
    { from: 'src/plan', to: 'src/content-check', reason: 'plan/load-node.ts builds the checked model' },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.mts', '.mjs', '.js', '.json'] },
  },
};
