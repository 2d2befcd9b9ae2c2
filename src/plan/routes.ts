// URL helpers: one identifier per item, shared by both languages (task 7 → /zh/tasks/7/, /en/tasks/7/).
import { ITEM_FOLDER_PATTERN, ITEMS, typeOfFolder, type ItemType } from './items';
import type { PlanItem } from './types';
import { HTML_LANG, LANGS, SOURCE_LANG, type Lang } from '../locale/locales';

/** A path's language segment: /zh or /en. */
const LANG_PREFIX = new RegExp(`^/(?:${LANGS.join('|')})(?=/)`, 'u');

export function homeUrl(lang: Lang): string {
  return `/${lang}/`;
}

export function planUrl(lang: Lang, anchor?: string): string {
  return `/${lang}/plan/${anchor ? `#${anchor}` : ''}`;
}

/** The layout map; a zone's section is `#zone-<id>`. */
export function mapUrl(lang: Lang, zone?: string): string {
  return `/${lang}/map/${zone ? `#zone-${zone}` : ''}`;
}

export function indexUrl(lang: Lang, type: ItemType): string {
  return `/${lang}/${ITEMS[type].folder}/`;
}

export function itemUrl(lang: Lang, type: ItemType, number: number): string {
  return `/${lang}/${ITEMS[type].folder}/${number}/`;
}

/** The same page in the other language: every page exists in both, under the same path. */
export function switchLangPath(pathname: string, to: Lang): string {
  return pathname.replace(LANG_PREFIX, `/${to}`);
}

/** The side-by-side Chinese–English page of an item, or of the whole plan. */
export function parallelUrl(lang: Lang, item?: Pick<PlanItem, 'type' | 'number'>): string {
  return item ? `${itemUrl(lang, item.type, item.number)}parallel/` : `/${lang}/plan/parallel/`;
}

/** The share card (Open Graph image) of an item page, or of the document for every other page. */
export function cardUrl(lang: Lang, item?: Pick<PlanItem, 'type' | 'number'>): string {
  return item ? `/og/${lang}/${ITEMS[item.type].folder}/${item.number}.png` : `/og/${lang}.png`;
}

/** The share page of one sentence (/en/tasks/7/s3/): its link preview shows the sentence's quote card. */
export function sentenceShareUrl(lang: Lang, item: Pick<PlanItem, 'type' | 'number'>, n: number): string {
  return `${itemUrl(lang, item.type, item.number)}s${n}/`;
}

/** The quote card of one sentence (/og/en/tasks/7/s3.png), beside its item's card. */
export function quoteCardUrl(lang: Lang, item: Pick<PlanItem, 'type' | 'number'>, n: number): string {
  return `/og/${lang}/${ITEMS[item.type].folder}/${item.number}/s${n}.png`;
}

/**
 * hreflang alternates of a page, for the <head> and the sitemap alike: both languages, and as x-default the
 * language-neutral landing page for the two home pages (and the landing page itself), elsewhere the Chinese.
 */
export function alternates(pathname: string): { hreflang: string; path: string }[] {
  const home = pathname === '/' || pathname.replace(LANG_PREFIX, '') === '/';
  const localized = pathname === '/' ? '/zh/' : pathname;
  return [
    ...LANGS.map((lang) => ({ hreflang: HTML_LANG[lang], path: switchLangPath(localized, lang) })),
    { hreflang: 'x-default', path: home ? '/' : switchLangPath(localized, SOURCE_LANG) },
  ];
}

export function glossaryUrl(lang: Lang, slug?: string): string {
  return `/${lang}/glossary/${slug ? `#${slug}` : ''}`;
}

export function themesUrl(lang: Lang, slug?: string): string {
  return `/${lang}/themes/${slug ? `${slug}/` : ''}`;
}

export function aboutUrl(lang: Lang): string {
  return `/${lang}/about/`;
}

/** About this site: publisher, translation, citing, corrections, licences. */
export function aboutSiteUrl(lang: Lang): string {
  return `/${lang}/about-site/`;
}

export function accessibilityUrl(lang: Lang): string {
  return `/${lang}/accessibility/`;
}

/** The corrections log; an item's entries are listed under `#tasks-7`. */
export function changesUrl(lang: Lang, anchor?: string): string {
  return `/${lang}/changes/${anchor ? `#${anchor}` : ''}`;
}

export function changesFeedUrl(lang: Lang): string {
  return `/${lang}/changes/feed.xml`;
}

export function dataUrl(lang: Lang): string {
  return `/${lang}/data/`;
}

/** The search page, optionally with a query: a search is shared as a link (/zh/search/?q=区块链). */
export function searchUrl(lang: Lang, query?: string): string {
  return `/${lang}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`;
}

const LANG_PATH = new RegExp(`^/(${LANGS.join('|')})(/.*)$`, 'u');
const ITEM_PATH = new RegExp(`^/(${ITEM_FOLDER_PATTERN})/(\\d+)/$`, 'u');

/**
 * A site path read back: its language, the rest of the path (/plan/, /tasks/7/) and, on an item page, the item.
 * Undefined for a path outside the language folders (/, /404.html, /data/…).
 */
export function parseRoute(
  pathname: string,
): { lang: Lang; rest: string; item?: { type: ItemType; number: number } } | undefined {
  const match = LANG_PATH.exec(pathname);
  if (!match) return undefined;
  const [, lang, rest] = match as unknown as [string, Lang, string];
  const item = ITEM_PATH.exec(rest);
  return item ? { lang, rest, item: { type: typeOfFolder(item[1]!)!, number: Number(item[2]) } } : { lang, rest };
}
