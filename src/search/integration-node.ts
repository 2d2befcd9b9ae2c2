// Astro integration for search: the search scripts' chunk for the header box, and after every build Pagefind indexes
// each language's pages into its own bundle (dist/pagefind/zh/, dist/pagefind/en/).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import * as pagefind from 'pagefind';
import type { Plan } from '../plan/types';
import { LANGS, type Lang } from '../locale/locales';
import { loadCheckedContent, loadReferenceContent } from '../content-check/check-node';
import { indexedText, prepareForIndex, searchFilters } from './index-html';
import { OTHER_WORDS_FILE, READING_FILE, WORDS_FILE } from './readings';
import { searchWords } from './words-node';
import { EXTRA_FILE } from './extra';
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

/** The search scripts' entry chunks: the header box's live search, and the search page. */
const CHUNKS: Record<string, { file: string; name: string }> = {
  'virtual:search-ui': { file: fileURLToPath(new URL('./client/ui.ts', import.meta.url)), name: 'search-ui' },
  'virtual:search-page': { file: fileURLToPath(new URL('./client/page.ts', import.meta.url)), name: 'search-page' },
};

/**
 * `virtual:search-ui` and `virtual:search-page` are the URLs of the search scripts' chunks. The header box imports
 * its chunk by URL on first use: a plain import() would make Vite add its preload helper, one more script fetched
 * by every page before anyone searches. The search page imports its own chunk by URL too, after starting the
 * fetches of Pagefind when the address has a query. In development the source files are served.
 */
function searchUiChunk(): Plugin {
  return {
    name: 'search-ui',
    resolveId: (id) => (id in CHUNKS ? `\0${id}` : undefined),
    load(id) {
      const chunk = id.startsWith('\0') ? CHUNKS[id.slice(1)] : undefined;
      if (!chunk) return undefined;
      if (this.environment.mode !== 'build') return `export default ${JSON.stringify(`/@fs${chunk.file}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: chunk.file, name: chunk.name });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

export default function search(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'search',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({ vite: { plugins: [searchUiChunk()] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const plans = loadCheckedContent(path.join(root, 'content'));
        const { glossary, themes, context } = loadReferenceContent(path.join(root, 'content'), plans);
        try {
          for (const lang of LANGS) {
            const { pages, text } = await indexLanguage(dist, lang, plans[lang]);
            const { words, other, strings } = searchWords(lang, { glossary, themes, plans }, text);
            fs.writeFileSync(path.join(dist, 'pagefind', lang, READING_FILE), JSON.stringify(strings));
            fs.writeFileSync(path.join(dist, 'pagefind', lang, WORDS_FILE), JSON.stringify(words));
            fs.writeFileSync(path.join(dist, 'pagefind', lang, OTHER_WORDS_FILE), JSON.stringify(other));
            // Glossary, themes, map and status facts: fetched by the search page after the plan's results.
            const extra = extraFile(path.join(root, 'content'), { glossary, themes, context, plans }, lang);
            fs.writeFileSync(path.join(dist, 'pagefind', lang, EXTRA_FILE), JSON.stringify(extra));
            logger.info(`pagefind: ${pages} ${lang} pages indexed into /pagefind/${lang}/, with its words files`);
          }
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
