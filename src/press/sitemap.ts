// Sitemap and robots.txt: every page with the same hreflang alternates as its <head>, minus the not-found pages.
import { alternates } from '../plan/routes';

/** Pages that must not be listed: the not-found pages and the sentences' share pages (noindex). */
export function inSitemap(url: string): boolean {
  const { pathname } = new URL(url);
  return !/^\/((zh|en)\/404\/|404\.html|(zh|en)\/(principles|goals|tasks)\/\d+\/s\d+\/)$/u.test(pathname);
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
