// Sitemap and robots.txt: every page with the same hreflang alternates as its <head>, minus the error pages.
import { alternates, parseRoute } from '../plan/routes';

/**
 * Pages that must not be listed (all noindex): the not-found pages, the server's other error pages, and the
 * sentences' share pages (/en/tasks/7/s3/), which repeat their item pages.
 */
export function inSitemap(url: string): boolean {
  const { pathname } = new URL(url);
  if (pathname === '/404.html' || pathname.startsWith('/errors/')) return false;
  const route = parseRoute(pathname);
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
