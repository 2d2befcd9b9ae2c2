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

/** Every collection, its folder under content/, file type and schema. */
export const COLLECTIONS = {
  metadata: { kind: 'data', schema: documentSchema },
  sections: { kind: 'mdx', schema: sectionSchema },
  principles: { kind: 'mdx', schema: principleSchema },
  goals: { kind: 'mdx', schema: goalSchema },
  groups: { kind: 'data', schema: groupSchema },
  tasks: { kind: 'mdx', schema: taskSchema },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
