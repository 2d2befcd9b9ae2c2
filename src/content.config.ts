// Every content collection and its Zod schema (schemas live in src/content-check/schemas.ts, shared with the build check).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  documentSchema,
  glossarySchema,
  goalSchema,
  groupSchema,
  principleSchema,
  sectionSchema,
  taskSchema,
  themeSchema,
  zoneSchema,
} from './content-check/schemas';

const base = (name: string) => `./content/${name}`;

export const collections = {
  metadata: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('metadata') }), schema: documentSchema }),
  sections: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: base('sections') }), schema: sectionSchema }),
  principles: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: base('principles') }),
    schema: principleSchema,
  }),
  goals: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: base('goals') }), schema: goalSchema }),
  groups: defineCollection({ loader: glob({ pattern: '*/*.yaml', base: base('groups') }), schema: groupSchema }),
  tasks: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: base('tasks') }), schema: taskSchema }),
  // Bilingual records: one file per term or theme, both languages inside (themes are checked against the plan).
  // content/context/ is an ordered list, read in src/reference/load-node.ts: a collection would sort it by id.
  glossary: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('glossary') }), schema: glossarySchema }),
  themes: defineCollection({ loader: glob({ pattern: '*.yaml', base: base('themes') }), schema: themeSchema }),
  zones: defineCollection({ loader: glob({ pattern: '*/*.yaml', base: base('zones') }), schema: zoneSchema }),
};
