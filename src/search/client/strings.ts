// UI strings of the search scripts, from the same locale files as the pages (only the parts search needs are bundled).
import { search as zhSearch, type as zhType } from '../../locale/strings/zh.json';
import { search as enSearch, type as enType } from '../../locale/strings/en.json';
import type { Lang } from '../../locale/locales';

type Search = typeof zhSearch;
export interface Strings {
  search: Search;
  type: typeof zhType;
}

export const STRINGS: Record<Lang, Strings> = {
  zh: { search: zhSearch, type: zhType },
  en: { search: enSearch, type: enType },
};

/** Fills {{name}} placeholders, as i18next does for the pages. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(values[name] ?? ''));
}

type Counted = 'count' | 'other' | 'all';

/** A string that depends on a number, by i18next's plural keys (count_one, count_other). */
export function counted(lang: Lang, key: Counted, count: number, values: Record<string, string | number> = {}): string {
  const strings = STRINGS[lang].search as unknown as Record<string, string>;
  const form = new Intl.PluralRules(lang).select(count);
  return format(strings[`${key}_${form}`] ?? strings[`${key}_other`]!, { count, ...values });
}

/** Like format, with nodes for some placeholders (a query inside <bdi>). */
export function formatNodes(template: string, values: Record<string, string | Node>): (string | Node)[] {
  return template
    .split(/(\{\{\w+\}\})/u)
    .map((part) => {
      const name = /^\{\{(\w+)\}\}$/u.exec(part)?.[1];
      return name === undefined ? part : (values[name] ?? '');
    })
    .filter((part) => part !== '');
}
