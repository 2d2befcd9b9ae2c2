// Sitemap entries and robots.txt: hreflang alternates equal the <head>'s; not-found pages are left out.
import { describe, expect, it } from 'vitest';
import { alternates, cardUrl, parallelUrl } from '../../src/plan/routes';
import { inSitemap, robotsTxt, sitemapLinks } from '../../src/press/sitemap';

describe('alternates', () => {
  it('pairs a page with its other-language twin, x-default the authoritative Chinese', () => {
    expect(alternates('/en/tasks/7/parallel/')).toEqual([
      { hreflang: 'zh-CN', path: '/zh/tasks/7/parallel/' },
      { hreflang: 'en', path: '/en/tasks/7/parallel/' },
      { hreflang: 'x-default', path: '/zh/tasks/7/parallel/' },
    ]);
  });

  it('gives the home pages and the landing page the landing page as x-default', () => {
    for (const path of ['/', '/zh/', '/en/']) {
      expect(alternates(path)).toEqual([
        { hreflang: 'zh-CN', path: '/zh/' },
        { hreflang: 'en', path: '/en/' },
        { hreflang: 'x-default', path: '/' },
      ]);
    }
  });
});

describe('sitemap', () => {
  it('leaves out the not-found pages only', () => {
    expect(inSitemap('https://example.org/zh/404/')).toBe(false);
    expect(inSitemap('https://example.org/en/404/')).toBe(false);
    expect(inSitemap('https://example.org/404.html')).toBe(false);
    expect(inSitemap('https://example.org/errors/5xx/')).toBe(false);
    expect(inSitemap('https://example.org/zh/tasks/4/')).toBe(true);
    expect(inSitemap('https://example.org/')).toBe(true);
  });

  it('gives absolute hreflang links', () => {
    expect(sitemapLinks('https://example.org/zh/goals/2/')).toEqual([
      { lang: 'zh-CN', url: 'https://example.org/zh/goals/2/' },
      { lang: 'en', url: 'https://example.org/en/goals/2/' },
      { lang: 'x-default', url: 'https://example.org/zh/goals/2/' },
    ]);
  });

  it('robots.txt allows everything and names the sitemap index on the public origin', () => {
    expect(robotsTxt(new URL('https://example.org'))).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n',
    );
  });
});

describe('URLs of the press features', () => {
  it('names parallel pages and share cards by the item identifier', () => {
    expect(parallelUrl('zh', { type: 'task', number: 7 })).toBe('/zh/tasks/7/parallel/');
    expect(parallelUrl('en')).toBe('/en/plan/parallel/');
    expect(cardUrl('en', { type: 'goal', number: 2 })).toBe('/og/en/goals/2.png');
    expect(cardUrl('zh')).toBe('/og/zh.png');
  });
});
