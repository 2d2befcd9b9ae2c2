// Site configuration: static output, zh and en both prefixed, trailing slashes, Tailwind through Vite.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import contentCheck from './src/integrations/content-check.ts';
import search from './src/integrations/search.ts';
import { SITE_URL } from './src/site.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['zh', 'en'],
    defaultLocale: 'zh',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [contentCheck(), mdx(), search()],
  vite: { plugins: [tailwindcss()] },
});
