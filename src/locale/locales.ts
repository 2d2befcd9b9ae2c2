// The site's languages and everything code needs to know about each: the one table of locales. Code reads these
// properties and roles, not language codes; astro.config.mjs and deploy/policy.mjs read LANGS and SOURCE_LANG too.
// Plain TypeScript with no imports, so that Node can load it directly (deploy/policy.mjs).

export interface Locale {
  /** The exact <html lang> and hreflang: Pagefind picks its index by it, so one code per language. */
  htmlLang: string;
  /** Open Graph `og:locale`. */
  ogLocale: string;
  /** The authoritative text as published, or our unofficial translation of it. */
  role: 'source' | 'translation';
  /** What joins sentences, and words in running text: nothing in Chinese, a space in English. */
  gap: '' | ' ';
  /** Marks around a title in running text: 《…》 in Chinese, none in English. */
  titleMarks: readonly [string, string];
  /** Whether a cited title is set in italics (a Chinese title carries 《》 instead). */
  italicTitles: boolean;
  /** A colon before a list or a value. */
  colon: string;
  /** Part labels, sub-item labels and dates: 一、（一）2020年1月8日, or I. (1) January 8, 2020. */
  numbering: 'han' | 'western';
  /** Citation style: GB/T 7714 (with an ISO access date), or Chicago. */
  citation: 'gbt7714' | 'chicago';
  /**
   * Search: how text is cut into words, for the Pagefind index and the exact match alike: every Han character a word,
   * or words between spaces (matched by stem).
   */
  tokenizer: 'han' | 'words';
  /** Search: the stemmer of a words tokenizer (Porter2, the one Pagefind's English index uses). */
  stemmer?: 'porter2';
  /** Search: characters in a result's excerpt, about two lines on a phone. */
  excerptLength: number;
  /** The property of a map feature (src/map/data/) that holds its name in this language. */
  geoName: 'name_zh' | 'name_en';
}

export const LOCALES = {
  zh: {
    htmlLang: 'zh-CN',
    ogLocale: 'zh_CN',
    role: 'source',
    gap: '',
    titleMarks: ['《', '》'],
    italicTitles: false,
    colon: '：',
    numbering: 'han',
    citation: 'gbt7714',
    tokenizer: 'han',
    excerptLength: 80,
    geoName: 'name_zh',
  },
  en: {
    htmlLang: 'en',
    ogLocale: 'en_US',
    role: 'translation',
    gap: ' ',
    titleMarks: ['', ''],
    italicTitles: true,
    colon: ':',
    numbering: 'western',
    citation: 'chicago',
    tokenizer: 'words',
    stemmer: 'porter2',
    excerptLength: 200,
    geoName: 'name_en',
  },
} as const satisfies Record<string, Locale>;

export type Lang = keyof typeof LOCALES;

/** Every language, the source first: the one language list (routes, content folders, deploy rules). */
// The /* @__PURE__ */ marks let the bundler drop this module from browser code that does not use it.
export const LANGS = /* @__PURE__ */ Object.keys(LOCALES) as Lang[];

/** The language of the authoritative text; also the default (x-default, the bare domain's fallback). */
export const SOURCE_LANG: Lang = 'zh';

/** The exact <html lang> per locale. */
export const HTML_LANG = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ LANGS.map((l) => [l, LOCALES[l].htmlLang]),
) as Record<Lang, string>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The facts of one language, typed as the general shape (so that optional properties read as optional). */
export function locale(lang: Lang): Locale {
  return LOCALES[lang];
}

/** Every language but this one (a page links to the same page in each). */
export function otherLangs(lang: Lang): Lang[] {
  return LANGS.filter((l) => l !== lang);
}

/** The language of an <html lang> value (browser code reads it from the page). */
export function langOfHtml(htmlLang: string): Lang {
  return LANGS.find((l) => LOCALES[l].htmlLang === htmlLang) ?? SOURCE_LANG;
}

/** A title in running text: 《标题》 in Chinese, bare in English. */
export function markTitle(lang: Lang, title: string): string {
  const [open, close] = LOCALES[lang].titleMarks;
  return `${open}${title}${close}`;
}
