// Open data: the plan in both languages as JSON (whole plan, one file per item) and CSV, with absolute URLs.
import { itemUrl, planUrl } from '../plan/routes';
import { isoDate } from '../plan/numbering';
import type { Theme } from '../reference/themes';
import { ITEM_TYPES, SECTION_IDS, type ItemType, type Plan, type PlanItem } from '../plan/types';
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
}

/** The licences, stated in both languages (the words come from the UI strings, shared with the /data/ page). */
export interface LicenseRecord {
  /** Our English translation, themes and the structure of the data. */
  translation: { name: string; url: string; covers: Bilingual };
  /** The Chinese text: a government document, not ours to licence. */
  chineseText: Bilingual;
  attribution: Bilingual;
}

const COLLECTION: Record<ItemType, 'principles' | 'goals' | 'tasks'> = {
  principle: 'principles',
  goal: 'goals',
  task: 'tasks',
};

export const DATA_PATHS = {
  plan: '/data/plan.json',
  csv: '/data/plan.csv',
  schema: '/data/plan.schema.json',
  item: (type: ItemType, number: number) => `/data/${COLLECTION[type]}/${number}.json`,
};

const absolute = (site: URL, path: string) => new URL(path, site).href;
const both = (f: (lang: Lang) => string): Bilingual => ({ zh: f('zh'), en: f('en') });

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
    const item = ctx.plans[lang][COLLECTION[type]].find((i) => i.number === number);
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
    sentences: zh.sentences.map((text, i) => ({
      id: `s${i + 1}`,
      zh: text,
      en: en.sentences[i] ?? '',
      urls: both((lang) => absolute(ctx.site, `${itemUrl(lang, type, number)}#s${i + 1}`)),
      themes: tags.get(i + 1) ?? [],
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
  return ITEM_TYPES.flatMap((type) => ctx.plans.zh[COLLECTION[type]].map((item) => itemRecord(ctx, type, item.number)));
}

function documentRecord(ctx: DataContext) {
  const { zh, en } = { zh: ctx.plans.zh.document, en: ctx.plans.en.document };
  return {
    number: zh.number,
    officialEnglishReference: en.officialReference ?? null,
    title: { zh: zh.title, en: en.title },
    noticeTitle: { zh: zh.noticeTitle, en: en.noticeTitle },
    officialEnglishTitle: en.officialTitle ?? null,
    officialEnglishUrl: en.officialEnglishUrl ?? null,
    issuer: { zh: zh.issuer, en: en.issuer },
    issued: isoDate(zh.issued),
    inForce: isoDate(zh.inForce),
    urls: both((lang) => absolute(ctx.site, planUrl(lang))),
  };
}

/** Header shared by every JSON file: where the schema is, which document, which licences. */
function header(ctx: DataContext, def?: string) {
  const schema = absolute(ctx.site, DATA_PATHS.schema);
  return { $schema: def ? `${schema}#/$defs/${def}` : schema, document: documentRecord(ctx), license: ctx.license };
}

/** /data/plan.json: the whole plan in both languages. */
export function planJson(ctx: DataContext) {
  const sectionUrl = (id: string, n: number) => both((lang) => absolute(ctx.site, planUrl(lang, `${id}-s${n}`)));
  return {
    ...header(ctx),
    sections: SECTION_IDS.map((id) => ({
      id,
      sentences: ctx.plans.zh.sections[id].map((text, i) => ({
        id: `${id}-s${i + 1}`,
        zh: text,
        en: ctx.plans.en.sections[id][i] ?? '',
        urls: sectionUrl(id, i + 1),
      })),
    })),
    groups: ctx.plans.zh.groups.map((group) => ({
      id: group.id,
      number: group.number,
      title: { zh: group.title, en: ctx.plans.en.groups.find((g) => g.number === group.number)?.title ?? '' },
      tasks: group.tasks.map((t) => t.number),
    })),
    themes: ctx.themes.map((theme) => ({
      slug: theme.slug,
      category: theme.category,
      title: theme.title,
      urls: both((lang) => absolute(ctx.site, `/${lang}/themes/${theme.slug}/`)),
    })),
    items: allItems(ctx),
  };
}

/** /data/tasks/7.json and the like: one item, with the same header as the whole plan. */
export function itemJson(ctx: DataContext, type: ItemType, number: number) {
  return { ...header(ctx, 'itemFile'), item: itemRecord(ctx, type, number) };
}

/** Serialised as published: two-space indentation, final newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** RFC 4180 field: quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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

export const CSV_COLUMNS = [
  'id',
  'type',
  'number',
  'group',
  'title_zh',
  'title_en',
  'text_zh',
  'text_en',
  'sentences',
  'themes',
  'url_zh',
  'url_en',
  'json_url',
] as const;

/**
 * /data/plan.csv: one row per item. UTF-8 with a byte-order mark, so that Excel (which otherwise assumes the
 * system code page, GBK on Chinese Windows) shows the Chinese correctly; CRLF line ends as RFC 4180 says.
 */
export function planCsv(ctx: DataContext): string {
  const rows = allItems(ctx).map((item) => {
    const row: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
      id: item.id,
      type: item.type,
      number: item.number,
      group: item.group,
      title_zh: item.title.zh,
      title_en: item.title.en,
      text_zh: item.sentences.map((s) => s.zh).join(''),
      text_en: item.sentences.map((s) => s.en).join(' '),
      sentences: item.sentences.length,
      themes: [...new Set(item.sentences.flatMap((s) => s.themes))].sort().join(' '),
      url_zh: item.urls.zh,
      url_en: item.urls.en,
      json_url: item.urls.json,
    };
    return CSV_COLUMNS.map((c) => csvField(row[c])).join(',');
  });
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
