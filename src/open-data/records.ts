// Open data records: the plan's items in both languages, sentence by sentence, with absolute URLs and themes; the
// data files' URL scheme and the licence record every file carries.
import { itemUrl, planUrl } from '../plan/routes';
import { sentenceId } from '../plan/refs';
import type { Theme } from '../reference/themes';
import { ITEM_TYPES, ITEMS, type ItemType } from '../plan/items';
import type { Plan, PlanItem } from '../plan/types';
import type { Lang } from '../locale/locales';

export type Bilingual = Record<Lang, string>;

export interface SentenceRecord {
  id: string;
  zh: string;
  en: string;
  urls: Bilingual;
  /** Our own classification (content/themes/), not part of the plan. */
  themes: string[];
}

export interface ItemRecord {
  id: string;
  type: ItemType;
  number: number;
  group: number | null;
  title: Bilingual;
  sentences: SentenceRecord[];
  urls: { zh: string; en: string; fullText: Bilingual; json: string };
}

/** What every data file says about its source and licences. */
export interface DataContext {
  /** The public origin, e.g. https://fintech-plan.example.org/ */
  site: URL;
  plans: Record<Lang, Plan>;
  themes: Theme[];
  license: LicenseRecord;
  /** Version of our translation and notes: one step per day in content/changes.yaml, and the last day's date. */
  translation: { version: string; date: string };
}

/** The licences, stated in both languages (the words come from the UI strings, shared with the /data/ page). */
export interface LicenseRecord {
  /** Our English translation, themes and the structure of the data. */
  translation: { name: string; url: string; covers: Bilingual };
  /** The Chinese text: a government document, not ours to licence. */
  chineseText: Bilingual;
  attribution: Bilingual;
}

/**
 * Version of the files' structure, raised when a field changes meaning. 2: an item's sentences are numbered as
 * readers count them, after the title (id "title"), so s1 is the first sentence of the body (in 1, s1 was the title).
 */
export const SCHEMA_VERSION = 2;

export const DATA_PATHS = {
  plan: '/data/plan.json',
  csv: '/data/plan.csv',
  schema: '/data/plan.schema.json',
  item: (type: ItemType, number: number) => `/data/${ITEMS[type].folder}/${number}.json`,
};

export const absolute = (site: URL, path: string) => new URL(path, site).href;
export const both = (f: (lang: Lang) => string): Bilingual => ({ zh: f('zh'), en: f('en') });

function themesBySentence(themes: Theme[], type: ItemType, number: number): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const theme of themes) {
    for (const ref of theme.refs.filter((r) => r.type === type && r.number === number)) {
      for (const n of ref.sentences) map.set(n, [...(map.get(n) ?? []), theme.slug]);
    }
  }
  return map;
}

/** One item in both languages, with its sentences and URLs. */
export function itemRecord(ctx: DataContext, type: ItemType, number: number): ItemRecord {
  const find = (lang: Lang): PlanItem => {
    const item = ctx.plans[lang][ITEMS[type].folder].find((i) => i.number === number);
    if (!item) throw new Error(`open data: ${type} ${number} does not exist in ${lang}`);
    return item;
  };
  const zh = find('zh');
  const en = find('en');
  const tags = themesBySentence(ctx.themes, type, number);
  return {
    id: zh.id,
    type,
    number,
    group: zh.group ?? null,
    title: { zh: zh.title, en: en.title },
    // The title first (id "title"), then s1, s2 …: the item page's anchors (src/plan/refs.ts).
    sentences: zh.sentences.map((text, i) => ({
      id: sentenceId(i),
      zh: text,
      en: en.sentences[i] ?? '',
      urls: both((lang) => absolute(ctx.site, `${itemUrl(lang, type, number)}#${sentenceId(i)}`)),
      themes: tags.get(i) ?? [],
    })),
    urls: {
      ...both((lang) => absolute(ctx.site, itemUrl(lang, type, number))),
      fullText: both((lang) => absolute(ctx.site, planUrl(lang, zh.id))),
      json: absolute(ctx.site, DATA_PATHS.item(type, number)),
    },
  };
}

/** Every item in document order: principles, goals, tasks. */
export function allItems(ctx: DataContext): ItemRecord[] {
  return ITEM_TYPES.flatMap((type) =>
    ctx.plans.zh[ITEMS[type].folder].map((item) => itemRecord(ctx, type, item.number)),
  );
}

/** The fields of an item record, in order (documented on the /data/ page). */
export const ITEM_FIELDS = [
  'id',
  'type',
  'number',
  'group',
  'title',
  'sentences',
  'urls',
] as const satisfies readonly (keyof ItemRecord)[];
