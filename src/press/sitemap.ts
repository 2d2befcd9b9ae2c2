// Sitemap and robots.txt: every page with the same hreflang alternates as its <head>, minus the not-found pages.
import { alternates, parseRoute } from '../plan/routes';

/** Pages that must not be listed: the not-found pages and the sentences' share pages (noindex). */
export function inSitemap(url: string): boolean {
  const { pathname } = new URL(url);
  if (pathname === '/404.html') return false;
  const route = parseRoute(pathname);
  // A sentence's share page (/en/tasks/7/s3/) repeats its item page and is marked noindex.
  return route?.rest !== '/404/' && !/^\/[a-z]+\/\d+\/s\d+\/$/u.test(route?.rest ?? '');
}

/** hreflang links of a sitemap entry (absolute), as @astrojs/sitemap's `links`. */
export function sitemapLinks(url: string): { lang: string; url: string }[] {
  const { pathname, origin } = new URL(url);
  return alternates(pathname).map(({ hreflang, path }) => ({ lang: hreflang, url: `${origin}${path}` }));
}

export const SITEMAP_INDEX = '/sitemap-index.xml';

export function robotsTxt(site: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_INDEX, site).href}\n`;
}
