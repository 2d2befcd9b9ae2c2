// Open data as JSON: /data/plan.json (the whole plan) and one file per item, each with the same header.
import { changesUrl, planUrl } from '../plan/routes';
import { isoDate } from '../plan/numbering';
import { textBlocks } from '../plan/outline';
import type { ItemType } from '../plan/types';
import { absolute, allItems, both, DATA_PATHS, itemRecord, SCHEMA_VERSION, type DataContext } from './records';

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

/** Header shared by every JSON file: where the schema is, its version, which document, which licences. */
function header(ctx: DataContext, def?: string) {
  const schema = absolute(ctx.site, DATA_PATHS.schema);
  return {
    $schema: def ? `${schema}#/$defs/${def}` : schema,
    schemaVersion: SCHEMA_VERSION,
    document: documentRecord(ctx),
    license: ctx.license,
  };
}

/** /data/plan.json: the whole plan in both languages. */
export function planJson(ctx: DataContext) {
  const sectionUrl = (id: string, n: number) => both((lang) => absolute(ctx.site, planUrl(lang, `${id}-s${n}`)));
  return {
    ...header(ctx),
    translation: {
      ...ctx.translation,
      changes: both((lang) => absolute(ctx.site, changesUrl(lang))),
    },
    // The unnumbered sections in reading order: notice, preamble, ideology, target, closing.
    sections: textBlocks(ctx.plans.zh)
      .flatMap(({ kind, id }) => (kind === 'section' ? [id] : []))
      .map((id) => ({
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
