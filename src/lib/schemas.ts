// Zod schemas for every content collection: used by content.config.ts and by the build-time content check.
import { z } from 'zod';

const positiveInt = z.number().int().positive();
const text = z.string().trim().min(1);

const documentCommon = {
  title: text,
  noticeTitle: text,
  number: text,
  issuer: text,
  addressees: text,
  issued: z.coerce.date(),
  inForce: z.coerce.date(),
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

/** A sentence of the plan, written like its URL path and fragment: `tasks/19/#s3`. */
export const CITATION = /^(principles|goals|tasks)\/([1-9]\d*)\/#s([1-9]\d*)$/u;
const citation = z.string().regex(CITATION, 'must name a sentence of the plan, written like tasks/19/#s3');

/** One zone of the layout map (the file name is its id, as in URLs: north-bund). */
export const zoneSchema = z.strictObject({
  order: positiveInt,
  layout: z.enum(['city', 'belt', 'port']),
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
