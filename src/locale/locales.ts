// The site's languages and the facts about each that code reads: the one list of locales.
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The exact <html lang> and hreflang per locale: Pagefind picks its index by it, so one code per language. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
export const OTHER_LANG: Record<Lang, Lang> = { zh: 'en', en: 'zh' };
