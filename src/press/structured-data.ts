// schema.org JSON-LD: the plan as Legislation, each item a part of it, and breadcrumb trails.
import { isoDate } from '../plan/numbering';
import type { PlanDocument } from '../plan/types';
import { HTML_LANG, LOCALES, SOURCE_LANG, type Lang } from '../locale/locales';

type Node = Record<string, unknown>;

/** Absolute address of a site path. */
const abs = (site: URL, path: string) => new URL(path, site).href;

/** The node id of the plan in one language: its full-text page. */
export function planId(site: URL, lang: Lang): string {
  return `${abs(site, `/${lang}/plan/`)}#legislation`;
}

/**
 * The plan as schema.org Legislation (ELI-derived terms): identifier, issuing body, date of the document and the
 * date it applies from. The English text is marked as a translation of the Chinese, which is authoritative.
 */
export function planLegislation(doc: PlanDocument, lang: Lang, site: URL): Node {
  const issuer = { '@type': 'GovernmentOrganization', name: doc.issuer };
  return {
    '@type': 'Legislation',
    '@id': planId(site, lang),
    name: doc.title,
    legislationIdentifier: doc.number,
    legislationPassedBy: issuer,
    publisher: issuer,
    legislationDate: isoDate(doc.issued),
    legislationDateOfApplicability: isoDate(doc.inForce),
    inLanguage: HTML_LANG[lang],
    url: abs(site, `/${lang}/plan/`),
    ...(LOCALES[lang].role === 'translation' ? { translationOfWork: { '@id': planId(site, SOURCE_LANG) } } : {}),
  };
}

/** One principle, goal or task: a component of the plan (schema.org: "a component of a legal act"). */
export function itemLegislation(opts: {
  doc: PlanDocument;
  lang: Lang;
  site: URL;
  /** Path of the item page in this language, and in Chinese. */
  path: string;
  zhPath: string;
  name: string;
  image?: string;
}): Node {
  const { lang, site, path, zhPath, name, image } = opts;
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': abs(site, path),
    name,
    url: abs(site, path),
    inLanguage: HTML_LANG[lang],
    ...(image ? { image } : {}),
    // The whole plan is described once, on its full-text page; an item names it by id (saves 0.1 KB a page).
    isPartOf: { '@type': 'Legislation', '@id': planId(site, lang) },
    ...(LOCALES[lang].role === 'translation' ? { translationOfWork: { '@id': abs(site, zhPath) } } : {}),
  };
}

/** The whole plan (full-text page). */
export function planDocument(doc: PlanDocument, lang: Lang, site: URL): Node {
  return { '@context': 'https://schema.org', ...planLegislation(doc, lang, site) };
}

/** schema.org BreadcrumbList from the visible trail; the last entry is the current page. */
export function breadcrumbList(site: URL, trail: { href: string; label: string }[]): Node {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map(({ href, label }, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: label,
      item: abs(site, href),
    })),
  };
}

/** JSON for a <script type="application/ld+json">, safe against "</script>" and HTML comments in strings. */
export function jsonLd(node: Node): string {
  return JSON.stringify(node).replace(/</gu, '\\u003c').replace(/>/gu, '\\u003e').replace(/&/gu, '\\u0026');
}

/** The site itself (home pages): its one name per language and its publisher, who is not the plan's issuer. */
export function websiteNode(site: URL, lang: Lang, name: string, publisher: string): Node {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${abs(site, `/${lang}/`)}#website`,
    name,
    url: abs(site, `/${lang}/`),
    inLanguage: HTML_LANG[lang],
    publisher: { '@type': 'Organization', name: publisher },
  };
}
