// Astro integration for search: builds the live-search script as its own chunk, and after every build has Pagefind
// index each language's pages into its own bundle (dist/pagefind/zh/, dist/pagefind/en/).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import * as pagefind from 'pagefind';
import { LANGS, type Lang } from '../lib/types';
import { prepareForIndex } from '../lib/search-index';

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
async function indexLanguage(dist: string, lang: Lang): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  fail(`creating the ${lang} index`, errors);
  let pages = 0;
  for (const file of htmlFiles(path.join(dist, lang))) {
    const html = fs.readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const url = `/${path.relative(dist, file).split(path.sep).join('/')}`.replace(/index\.html$/u, '');
    const added = await index!.addHTMLFile({ url, content: prepareForIndex(html, lang) });
    fail(`indexing ${path.relative(dist, file)}`, added.errors);
    pages += 1;
  }
  const written = await index!.writeFiles({ outputPath: path.join(dist, 'pagefind', lang) });
  fail(`writing the ${lang} index`, written.errors);
  return pages;
}

const LIVE_SCRIPT = fileURLToPath(new URL('../scripts/search/live.ts', import.meta.url));
const VIRTUAL = 'virtual:search-ui';
declare global {
  var __searchUiUrl: string | undefined;
}

/**
 * The header's search box must fetch nothing until the reader turns to it, so it cannot use a bundled <script>
 * (Astro links any script with imports as a file, fetched on load). Instead its inline loader imports the live-search
 * chunk by URL. This plugin emits that chunk in the client build and hands its hashed URL to the pages, which
 * Astro renders after the client build, through `virtual:search-ui`. In development the source file is served.
 */
function liveSearchChunk(): Plugin {
  let ref: string | undefined;
  return {
    name: 'search-ui',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
    load: (id) =>
      id === `\0${VIRTUAL}`
        ? `export const searchUiUrl = () => globalThis.__searchUiUrl ?? ${JSON.stringify(`/@fs${LIVE_SCRIPT}`)};`
        : undefined,
    buildStart() {
      if (this.environment.name === 'client' && this.environment.mode === 'build') {
        ref = this.emitFile({ type: 'chunk', id: LIVE_SCRIPT, name: 'search-live' });
      }
    },
    generateBundle() {
      if (this.environment.name === 'client' && ref) globalThis.__searchUiUrl = `/${this.getFileName(ref)}`;
    },
  };
}

export default function search(): AstroIntegration {
  return {
    name: 'search',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [liveSearchChunk()] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        try {
          for (const lang of LANGS) {
            const pages = await indexLanguage(dist, lang);
            logger.info(`pagefind: ${pages} ${lang} pages indexed into /pagefind/${lang}/`);
          }
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
