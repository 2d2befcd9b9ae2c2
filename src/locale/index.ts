// UI strings through i18next (one JSON resource per locale, keys typed from the Chinese file) and locale facts.
import i18next, { type TFunction } from 'i18next';
import zh from './strings/zh.json';
import en from './strings/en.json';
import { HTML_LANG, isLang, LANGS, LOCALES, SOURCE_LANG, locale, markTitle, otherLangs, type Lang } from './locales';

export { HTML_LANG, isLang, LANGS, LOCALES, SOURCE_LANG, locale, markTitle, otherLangs, type Lang };

export const resources = { zh: { translation: zh }, en: { translation: en } } as const;

const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: SOURCE_LANG,
  fallbackLng: false,
  initAsync: false,
  returnNull: false,
  interpolation: { escapeValue: false },
  saveMissing: true,
  missingKeyHandler: (lngs, _ns, key) => {
    throw new Error(`i18n: missing UI string "${key}" for ${lngs.join(', ')} (src/locale/strings/*.json)`);
  },
});

/** The translate function for one locale. */
export function useTranslations(lang: Lang): TFunction {
  return instance.getFixedT(lang);
}

/** getStaticPaths for routes under [lang]. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}
