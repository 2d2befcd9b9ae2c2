// The JSON Schema (draft 2020-12) of the open data: /data/plan.json at its root, item files at #/$defs/itemFile.
import { THEME_CATEGORIES } from '../content-check/schemas';
import { ITEM_TYPES, SECTION_IDS } from '../plan/types';
import { SCHEMA_VERSION } from './records';
import { LANGS } from '../locale/locales';

const text = { type: 'string', minLength: 1 };
const url = { type: 'string', format: 'uri', pattern: '^https?://' };
const bilingual = (description: string, value: object = text) => ({
  description,
  type: 'object',
  required: [...LANGS],
  additionalProperties: false,
  properties: Object.fromEntries(LANGS.map((lang) => [lang, value])),
});
const schemaVersion = {
  const: SCHEMA_VERSION,
  description: 'Version of this structure. 2: item sentences are title, s1, s2 … (in 1, s1 was the title).',
};
const object = (description: string, properties: Record<string, object>) => ({
  description,
  type: 'object',
  required: Object.keys(properties),
  additionalProperties: false,
  properties,
});

/** The schema, identified by its public URL (its $id) so that the files' "$schema" resolves to it. */
export function planSchema(site: URL) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: new URL('/data/plan.schema.json', site).href,
    title: '沪府办规〔2020〕1号: Shanghai fintech center plan, Chinese text and English translation',
    ...object(
      'The whole plan (/data/plan.json). Items are also published one per file (/data/tasks/7.json), described by #/$defs/itemFile.',
      {
        $schema: { ...url, description: 'This schema.' },
        schemaVersion,
        document: { $ref: '#/$defs/document' },
        license: { $ref: '#/$defs/license' },
        translation: object(
          'Version of our English translation and notes; every change is listed on the changes page.',
          {
            version: {
              type: 'string',
              pattern: '^[1-9][0-9]*\\.[0-9]+$',
              description: 'One step per day with changes.',
            },
            date: { type: 'string', format: 'date', description: 'Date of the latest change.' },
            changes: bilingual('The corrections log.', url),
          },
        ),
        sections: {
          description:
            'The parts of the document that are not items: notice, preamble, ideology, overall target, closing.',
          type: 'array',
          items: object('A section and its sentences.', {
            id: { enum: [...SECTION_IDS] },
            sentences: {
              type: 'array',
              minItems: 1,
              items: object('A sentence of a section; its id is the anchor on the full-text page.', {
                id: { type: 'string', pattern: '^[a-z]+-s[1-9][0-9]*$' },
                zh: text,
                en: text,
                urls: bilingual('The sentence on the full-text page.', url),
              }),
            },
          }),
        },
        groups: {
          description: 'The five task groups.',
          type: 'array',
          items: object('A task group.', {
            id: { type: 'string', pattern: '^group-[1-9][0-9]*$' },
            number: { type: 'integer', minimum: 1 },
            title: bilingual('The group heading.'),
            tasks: { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 1 },
          }),
        },
        themes: {
          description: 'Our own taxonomy of themes (not part of the plan); items cite them per sentence.',
          type: 'array',
          items: object('A theme.', {
            slug: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
            category: { enum: [...THEME_CATEGORIES] },
            title: bilingual('The theme name.'),
            urls: bilingual('The theme page.', url),
          }),
        },
        items: { type: 'array', items: { $ref: '#/$defs/item' }, minItems: 1 },
      },
    ),
    $defs: {
      document: object('The document: number, titles, issuer and dates.', {
        number: { ...text, description: 'The document number, verbatim.' },
        officialEnglishReference: { type: ['string', 'null'], description: 'The government’s own English number.' },
        title: bilingual('The plan’s title (English: our translation).'),
        noticeTitle: bilingual('The title of the covering notice.'),
        officialEnglishTitle: { type: ['string', 'null'], description: 'Title of the government’s English version.' },
        officialEnglishUrl: { anyOf: [url, { type: 'null' }], description: 'The government’s English version.' },
        issuer: bilingual('The issuing office.'),
        issued: { type: 'string', format: 'date' },
        inForce: { type: 'string', format: 'date' },
        urls: bilingual('The full text on this site.', url),
      }),
      license: object('Licenses: our translation and data, and the status of the Chinese text.', {
        translation: object('Our English translation, themes and the structure of the data.', {
          name: text,
          url,
          covers: bilingual('What the license covers.'),
        }),
        chineseText: bilingual('The Chinese text is a government document, not licensed by this site.'),
        attribution: bilingual('How to credit this site.'),
      }),
      sentence: object(
        'A sentence in both languages: the item’s title (id "title"), then s1, s2 … as readers count them.',
        {
          id: { type: 'string', pattern: '^(title|s[1-9][0-9]*)$' },
          zh: { ...text, description: 'The authoritative Chinese, verbatim.' },
          en: { ...text, description: 'Our unofficial English translation.' },
          urls: bilingual('The sentence on the item page (#sN).', url),
          themes: {
            description: 'Slugs of our themes that cite this sentence.',
            type: 'array',
            uniqueItems: true,
            items: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
          },
        },
      ),
      item: {
        ...object('A principle, goal or task.', {
          id: { type: 'string', pattern: '^(principle|goal|task)-[1-9][0-9]*$', description: 'task-7' },
          type: { enum: [...ITEM_TYPES] },
          number: { type: 'integer', minimum: 1 },
          group: { type: ['integer', 'null'], minimum: 1, description: 'Tasks: their group; otherwise null.' },
          title: bilingual('Sentence 1 without its full stop.'),
          sentences: { type: 'array', minItems: 1, items: { $ref: '#/$defs/sentence' } },
          urls: object('Where the item is published.', {
            zh: url,
            en: url,
            fullText: bilingual('The item in the full text.', url),
            json: { ...url, description: 'This item as a JSON file.' },
          }),
        }),
        if: { properties: { type: { const: 'task' } } },
        then: { properties: { group: { type: 'integer' } } },
        else: { properties: { group: { type: 'null' } } },
      },
      itemFile: object('One item as a file of its own (/data/tasks/7.json).', {
        $schema: { ...url, description: 'This definition.' },
        schemaVersion,
        document: { $ref: '#/$defs/document' },
        license: { $ref: '#/$defs/license' },
        item: { $ref: '#/$defs/item' },
      }),
    },
  };
}
