// Zod schemas for every content collection: used by content.config.ts and by the build-time content check.
import { z } from 'zod';
import { REF_HINT, REF_PATTERN } from '../plan/refs';
import { ITEM_FOLDER_PATTERN } from '../plan/items';
import { ZONE_KINDS } from '../map/kinds';

const positiveInt = z.number().int().positive();
const text = z.string().trim().min(1);

/**
 * A calendar date written YYYY-MM-DD, read as that day in UTC, so no time zone can shift it (the pages format dates
 * in UTC). A YAML parser may hand over a Date already (a YAML timestamp): it must be a whole day, with no time.
 */
export const calendarDate = z.unknown().transform((value, ctx) => {
  const text =
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? 'an invalid date'
        : value.toISOString().replace(/T00:00:00\.000Z$/u, '')
      : String(value).trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  const [y, m, d] = (match ?? []).slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (!match || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    const not = value === undefined || value === null ? 'it is missing' : `not "${text}"`;
    ctx.addIssue({ code: 'custom', message: `must be a date written YYYY-MM-DD, like 2020-01-08 (${not})` });
    return z.NEVER;
  }
  return date;
});

const documentCommon = {
  title: text,
  noticeTitle: text,
  number: text,
  issuer: text,
  addressees: text,
  issued: calendarDate,
  inForce: calendarDate,
  headings: z.strictObject({ ideology: text, principles: text, goals: text, tasks: text }),
};

export const documentSchema = z.discriminatedUnion('locale', [
  z.strictObject({ locale: z.literal('zh'), ...documentCommon }),
  z.strictObject({
    locale: z.literal('en'),
    ...documentCommon,
    officialTitle: text,
    officialReference: text,
    pinyinReference: text,
    officialEnglishUrl: z.url({ protocol: /^https$/ }),
  }),
]);

export const sectionSchema = z.strictObject({});
export const principleSchema = z.strictObject({ number: positiveInt });
export const goalSchema = z.strictObject({ number: positiveInt });
export const taskSchema = z.strictObject({ number: positiveInt, group: positiveInt });
export const groupSchema = z.strictObject({ number: positiveInt, title: text });

/** A sentence of the plan, written like its URL path and fragment: `tasks/19/#s3` (src/plan/refs.ts). */
const citation = z.string().regex(REF_PATTERN, `must name a sentence of the plan: ${REF_HINT}`);

/** One zone of the layout map (the file name is its id, as in URLs: north-bund). */
export const zoneSchema = z.strictObject({
  order: positiveInt,
  layout: z.enum(ZONE_KINDS),
  name: text,
  aka: text.optional(),
  /** The name on the map, one entry per line. */
  label: z.array(text).min(1).max(3),
  district: text,
  /** Words that find every sentence mentioning the zone; each cited sentence must contain one. */
  keywords: z.array(text).min(1),
  /** The zone's role in the layout, quoted verbatim from the cited sentence. */
  role: z.strictObject({ text, cite: citation }),
  mentions: z.array(z.strictObject({ cite: citation, note: text.optional() })).default([]),
  /** What the drawing shows and how approximate it is. */
  drawn: text,
});

/** Every collection, its folder under content/, file type and schema. */
export const COLLECTIONS = {
  metadata: { kind: 'data', schema: documentSchema },
  sections: { kind: 'mdx', schema: sectionSchema },
  principles: { kind: 'mdx', schema: principleSchema },
  goals: { kind: 'mdx', schema: goalSchema },
  groups: { kind: 'data', schema: groupSchema },
  tasks: { kind: 'mdx', schema: taskSchema },
  zones: { kind: 'data', schema: zoneSchema },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

// Bilingual records: one file holds both languages because the pairing is the content (a term and its English
// name; a theme and the sentences it cites, which are the same in both languages).
const bilingual = z.strictObject({ zh: text, en: text });

/** The glossary's sections, in the order of content/reference/terminology.md. */
export const GLOSSARY_SECTIONS = [
  'document',
  'policy',
  'institutions',
  'places',
  'programs',
  'regulation',
  'technology',
] as const;

/**
 * How an alias relates to the plan's term: an abbreviation or the full name, a name that came into use after the
 * plan (数字人民币 for its 数字货币), an everyday or press name (regulatory sandbox), another spelling or rendering
 * (Yangpu Binjiang), or a well-known instance of it (Alipay for mobile payment tools).
 */
export const ALIAS_KINDS = ['abbreviation', 'full', 'later', 'everyday', 'spelling', 'example'] as const;

/**
 * One alias: what a reader types, its kind, and what to search instead: by default the term's first form; `search`
 * names another part of the term that the plan's text contains (数字货币 within 人民银行数字货币研究所).
 */
const aliasEntry = z.strictObject({ text, kind: z.enum(ALIAS_KINDS), search: text.optional() });

export const glossarySchema = z.strictObject({
  section: z.enum(GLOSSARY_SECTIONS),
  term: bilingual,
  /** official: attested in an official or established English source; proposed: our own rendering. */
  english: z.enum(['official', 'proposed']),
  note: bilingual,
  /** The forms marked in the text; by default the term itself. An empty list marks nothing (e.g. "fintech"). */
  match: z.strictObject({ zh: z.array(text).optional(), en: z.array(text).optional() }).optional(),
  /** What readers type for the term in each language; search looks for the plan's own form instead (aliases.ts). */
  aliases: z.strictObject({ zh: z.array(aliasEntry).optional(), en: z.array(aliasEntry).optional() }).optional(),
});

export const THEME_CATEGORIES = ['technology', 'sector', 'lever'] as const;

export const themeSchema = z.strictObject({
  category: z.enum(THEME_CATEGORIES),
  title: bilingual,
  summary: bilingual,
  /** What the plan says on the theme: the sentences it cites, like tasks/7/#s2 (the title is tasks/7/#title). */
  sentences: z.array(z.string()).min(1),
});

/** A fact about what followed the plan: context, not part of it. */
export const contextSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'must be lower-case words joined by hyphens'),
  section: z.enum(['status', 'successor', 'implementation', 'related', 'framework', 'foreigners']),
  /** As precise as the source: 2024-09-04, 2021-07 or 2020. */
  date: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  text: bilingual,
  /**
   * Source ids from content/context/sources.yaml (S2), a sentence of the plan (tasks/19/#s3, checked like every
   * citation) or another page of this site (/plan/#target).
   */
  sources: z
    .array(
      z
        .string()
        .regex(
          new RegExp(
            `^(?:S\\d+[a-z]?|(?:${ITEM_FOLDER_PATTERN})/.*|/(?!(?:${ITEM_FOLDER_PATTERN})/)[a-z0-9/#-]*)$`,
            'u',
          ),
          'must be a source id like S2, a sentence of the plan like tasks/19/#s3, or a site path like /plan/#target',
        ),
    )
    .min(1),
});

/** A source of a context fact: https only, as every external link of the site. */
export const sourceSchema = z.strictObject({ title: bilingual, url: z.url({ protocol: /^https$/ }) });
