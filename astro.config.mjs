// Site configuration: static output, zh and en both prefixed, trailing slashes, Tailwind through Vite, sitemap.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import contentCheck from './src/content-check/integration-node.ts';
import search from './src/search/integration-node.ts';
import press from './src/press/integration-node.ts';
import publisherCheck from './src/trust/integration-node.ts';
import { inSitemap, sitemapLinks } from './src/press/sitemap.ts';
import { SITE_URL } from './src/site.ts';
import { LANGS, SOURCE_LANG } from './src/locale/locales.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: LANGS,
    defaultLocale: SOURCE_LANG,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    publisherCheck(),
    contentCheck(),
    mdx(),
    // hreflang pairs come from the same function as the <head> links (with x-default, which the i18n option omits).
    sitemap({ filter: inSitemap, serialize: (item) => ({ ...item, links: sitemapLinks(item.url) }) }),
    search(),
    press(),
  ],
  // No security.csp: its <meta> would list a hash of every script, which 'self' already allows (half a kilobyte of
  // gzip on every page). The layouts write deploy/policy.mjs's CSP_META instead; the header adds frame-ancestors.
  // The content is plain sentences, never code: no syntax highlighter (Shiki's inline styles would break the CSP).
  markdown: { syntaxHighlight: false },
  // Scripts stay files of our own origin (not inlined), so the header CSP needs no per-page hashes.
  vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks every MDX module with its own "use astro:head-inject" directive, which Rolldown warns about
        // once per file (withastro/astro#18087); any other warning is still printed.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
