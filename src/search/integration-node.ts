// Astro integration for search: the search scripts (the header box's and the search page's), and after every build Pagefind indexes
// each language's pages into its own bundle (dist/pagefind/zh/, dist/pagefind/en/).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { build as bundle, type OutputChunk } from 'rolldown';
import * as pagefind from 'pagefind';
import type { Plan } from '../plan/types';
import { LANGS, type Lang } from '../locale/locales';
import { loadCheckedContent, loadReferenceContent } from '../content-check/check-node';
import { indexedText, prepareForIndex, searchFilters } from './index-html';
import { OTHER_WORDS_FILE, READING_FILE, WORDS_FILE } from './readings';
import { searchWords } from './words-node';
import { EXTRA_FILE } from './extra';
import { PAGES_FILE, type PagefindFragment, type PlanText } from './engine';
import { extraFile } from './extra-node';

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(full) : entry.name.endsWith('.html') ? [full] : [];
  });
}

function fail(what: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`search index: ${what}: ${errors.join('; ')}`);
}

/**
 * One bundle per language, so that a page loads only its own language's index and the other language's index can
 * be opened separately (to say "found in the English version"). Only pages with data-pagefind-body are indexed.
 */
async function indexLanguage(dist: string, lang: Lang, plan: Plan): Promise<{ pages: number; text: string }> {
  const { index, errors } = await pagefind.createIndex({ maxFragments: 1 });
  fail(`creating the ${lang} index`, errors);
  let pages = 0;
  let text = '';
  for (const file of htmlFiles(path.join(dist, lang))) {
    const html = fs.readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const url = `/${path.relative(dist, file).split(path.sep).join('/')}`.replace(/index\.html$/u, '');
    const filters = searchFilters(url, plan);
    if (!filters) throw new Error(`search index: ${url} has data-pagefind-body but is no item or full-text page`);
    const added = await index!.addHTMLFile({ url, content: prepareForIndex(html, lang, filters) });
    fail(`indexing ${path.relative(dist, file)}`, added.errors);
    pages += 1;
    text += `${indexedText(html)}\n`;
  }
  const written = await index!.writeFiles({ outputPath: path.join(dist, 'pagefind', lang) });
  fail(`writing the ${lang} index`, written.errors);
  return { pages, text };
}

/**
 * The plan's text file of a language (PAGES_FILE): every page's fragment as Pagefind wrote it (so that it holds the
 * very text Pagefind's results hold), with only the fields search reads and without the zero-width spaces that
 * separate Chinese characters for the index. Pagefind's fragment files are gzip-compressed JSON behind a signature.
 */
export function planText(dir: string): PlanText {
  const SIGNATURE = 'pagefind_dcd';
  const bare = (text: string) => text.replace(/\u200b/gu, '');
  const pages: PagefindFragment[] = [];
  const folder = path.join(dir, 'fragment');
  for (const file of fs.readdirSync(folder).sort()) {
    const raw = zlib.gunzipSync(fs.readFileSync(path.join(folder, file))).toString('utf8');
    if (!raw.startsWith(SIGNATURE)) throw new Error(`search index: ${path.join(folder, file)} is no Pagefind fragment`);
    const data = JSON.parse(raw.slice(SIGNATURE.length)) as PagefindFragment | Record<string, PagefindFragment>;
    const fragments = typeof data.url === 'string' ? [data as PagefindFragment] : Object.values(data);
    for (const { url, content, meta, filters, anchors } of fragments as PagefindFragment[]) {
      pages.push({
        url,
        content: bare(content),
        meta: { title: meta.title && bare(meta.title) },
        filters,
        anchors: anchors?.map(({ id, element, text, location }) => ({
          id,
          element,
          text: text && bare(text),
          location,
        })),
      });
    }
  }
  if (pages.length === 0) throw new Error(`search index: ${folder} has no fragments`);
  return { pages: pages.sort((a, b) => (a.url < b.url ? -1 : 1)) };
}

/**
 * What the search page carries for its first search: the words file and the strings of the line that says how a
 * query was read, small enough to come inside the page (JSON data, never run: openWordsFile reads them). The page's
 * script fetches the plan's text file (PAGES_FILE) as soon as it runs; it needs nothing of Pagefind.
 */
export function searchPageHead(dir: string, lang: Lang): string {
  const base = `/pagefind/${lang}/`;
  if (!fs.existsSync(path.join(dir, PAGES_FILE))) throw new Error(`search index: ${base}${PAGES_FILE} is missing`);
  // Inside <script>, "<" is written \u003c so that no "</script" or "<!--" can end or change the element.
  const inline = (file: string) =>
    `<script type="application/json" data-search-file="${base}${file}">${fs
      .readFileSync(path.join(dir, file), 'utf8')
      .replaceAll('<', '\\u003c')}</script>`;
  return [inline(WORDS_FILE), inline(READING_FILE)].join('');
}

/**
 * The search page's scripts besides its own, as Astro writes them: the header box's loader (which does nothing on
 * this page, whose header box is a plain form) and the page's one script (layouts/page-client.ts).
 */
const HEADER_BOX_SCRIPT = /<script type="module" src="\/_astro\/SearchBox\.[^"]+"><\/script>/u;
const PAGE_SCRIPT = /<script type="module" src="(\/_astro\/PageScript\.[^"]+)"><\/script>/u;

/**
 * Adds the words files to the search page of a language, at the end of its <head>: after the style
 * sheet, which the first paint waits for. Nothing else shares the network with what the first result needs: the
 * header box's loader is dropped, and the page's one script is named in `data-page-script` on the search form, for
 * the search page's script to load once the first results are on screen (at once without a query).
 */
export function completeSearchPage(html: string, dir: string, lang: Lang, file = `${lang}/search/`): string {
  if (!html.includes('</head>')) throw new Error(`search index: ${file} has no </head>`);
  const pageScript = PAGE_SCRIPT.exec(html)?.[1];
  if (!pageScript || !HEADER_BOX_SCRIPT.test(html) || !html.includes('data-search-page ')) {
    throw new Error(`search index: ${file} lacks the page's script, the header box's or the search form`);
  }
  return html
    .replace(HEADER_BOX_SCRIPT, '')
    .replace(PAGE_SCRIPT, '')
    .replace('data-search-page ', `data-search-page data-page-script="${pageScript}" `)
    .replace('</head>', `${searchPageHead(dir, lang)}</head>`);
}

/**
 * The search scripts' entries: the header box's live search, and the search page. The header box's keeps the
 * stemmer in a chunk of its own, which only English fetches (a first query from the header box is held to 110 KB);
 * the search page's is one file with the stemmer, since every request the page makes before its first result delays
 * that result (Chinese carries the stemmer unused: 1.7 KB).
 */
const CHUNKS: Record<string, { file: string; name: string; oneFile: boolean }> = {
  'virtual:search-ui': {
    file: fileURLToPath(new URL('./client/ui.ts', import.meta.url)),
    name: 'search-ui',
    oneFile: false,
  },
  'virtual:search-page': {
    file: fileURLToPath(new URL('./client/page-main.ts', import.meta.url)),
    name: 'search-page',
    oneFile: true,
  },
};

/**
 * Bundles one entry on its own, with everything it imports: one file, or with code splitting one file and the chunks
 * it imports on demand (the stemmer). Within the site's bundle the search code would share chunks with the sentence menu
 * (routes, locale table, strings): each such chunk is one more file to fetch, gzip-compressed apart, and carries the
 * other scripts' strings and helpers too. Alone, the header box's code is 6.7 KB gzip instead of 9.1 KB in three files.
 */
async function bundleEntry(
  file: string,
  name: string,
  target: string[],
  codeSplitting: boolean,
): Promise<OutputChunk[]> {
  const { output } = await bundle({
    input: { [name]: file },
    platform: 'browser',
    logLevel: 'warn',
    transform: { target },
    write: false,
    output: {
      format: 'es',
      minify: true,
      codeSplitting,
      entryFileNames: '[name].[hash].js',
      chunkFileNames: '[name].[hash].js',
    },
  });
  return output.filter((item): item is OutputChunk => item.type === 'chunk');
}

/**
 * `virtual:search-ui` and `virtual:search-page` are the URLs of the search scripts (each bundled by itself, see
 * bundleEntry). The header box imports its script by URL on first use: a plain import() would make Vite add its
 * preload helper, one more script fetched by every page before anyone searches. The search page names its script in
 * its <head> (SearchPageHead.astro). The pages' build and the browser build get the same URLs; `write` puts the files
 * in dist/ at the end of the build. In development the source files are served.
 */
function searchChunks(base: string, assetsDir: string) {
  const assetsBase = `${base.replace(/\/?$/u, '/')}${assetsDir}/`;
  const bundles = new Map<string, Promise<OutputChunk[]>>();
  let target: string[] = [];
  const plugin: Plugin = {
    name: 'search-chunks',
    configResolved(config) {
      // The browsers the rest of the site's scripts are built for (Vite's build.target).
      target = config.build.target === false ? [] : [config.build.target].flat();
    },
    resolveId: (id) => (id in CHUNKS ? `\0${id}` : undefined),
    async load(id) {
      const chunk = id.startsWith('\0') ? CHUNKS[id.slice(1)] : undefined;
      if (!chunk) return undefined;
      if (this.environment.mode !== 'build') {
        return `export default ${JSON.stringify(`/@fs${chunk.file}`)};`;
      }
      let built = bundles.get(chunk.name);
      if (!built) {
        built = bundleEntry(chunk.file, chunk.name, target, !chunk.oneFile);
        bundles.set(chunk.name, built);
      }
      const files = await built;
      const entry = files.find((file) => file.isEntry)!;
      return `export default ${JSON.stringify(`${assetsBase}${entry.fileName}`)};`;
    },
  };
  /** Writes every bundled file into the built site's assets folder. */
  const write = async (dist: string) => {
    for (const files of await Promise.all(bundles.values())) {
      for (const file of files) {
        const out = path.join(dist, assetsDir, file.fileName);
        fs.mkdirSync(path.dirname(out), { recursive: true });
        fs.writeFileSync(out, file.code);
      }
    }
  };
  return { plugin, write };
}

export default function search(): AstroIntegration {
  let root = process.cwd();
  let chunks: ReturnType<typeof searchChunks> | undefined;
  return {
    name: 'search',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        chunks = searchChunks(config.base, config.build.assets);
        updateConfig({ vite: { plugins: [chunks.plugin] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        await chunks?.write(dist);
        const plans = loadCheckedContent(path.join(root, 'content'));
        const { glossary, themes, context } = loadReferenceContent(path.join(root, 'content'), plans);
        try {
          for (const lang of LANGS) {
            const { pages, text } = await indexLanguage(dist, lang, plans[lang]);
            const { words, other, strings } = searchWords(lang, { glossary, themes, plans }, text);
            fs.writeFileSync(path.join(dist, 'pagefind', lang, READING_FILE), JSON.stringify(strings));
            fs.writeFileSync(path.join(dist, 'pagefind', lang, WORDS_FILE), JSON.stringify(words));
            fs.writeFileSync(path.join(dist, 'pagefind', lang, OTHER_WORDS_FILE), JSON.stringify(other));
            const plan = planText(path.join(dist, 'pagefind', lang));
            if (plan.pages.length !== pages)
              throw new Error(`search index: ${lang}: ${pages} pages indexed, ${plan.pages.length} in ${PAGES_FILE}`);
            // Glossary, themes, map and status facts: fetched by the search page after the plan's results.
            const extra = extraFile(path.join(root, 'content'), { glossary, themes, context, plans }, lang);
            fs.writeFileSync(path.join(dist, 'pagefind', lang, EXTRA_FILE), JSON.stringify(extra));
            fs.writeFileSync(path.join(dist, 'pagefind', lang, PAGES_FILE), JSON.stringify(plan));
            const page = path.join(dist, lang, 'search', 'index.html');
            const html = fs.readFileSync(page, 'utf8');
            fs.writeFileSync(page, completeSearchPage(html, path.join(dist, 'pagefind', lang), lang));
            logger.info(`pagefind: ${pages} ${lang} pages indexed into /pagefind/${lang}/, with its words files`);
          }
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
