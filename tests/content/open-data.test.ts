// Open data: serialisers (JSON, CSV), the JSON Schema they must satisfy, and the documentation of every field.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/locale/strings/en.json';
import zh from '../../src/locale/strings/zh.json';
import { loadCheckedContent, loadReferenceContent } from '../../src/content-check/check-node';
import { CSV_COLUMNS, csvField, planCsv } from '../../src/open-data/csv';
import { ITEM_FIELDS, itemRecord, type DataContext } from '../../src/open-data/records';
import { itemJson, planJson } from '../../src/open-data/json';
import { planSchema } from '../../src/open-data/schema';
import { ITEM_TYPES, ITEMS } from '../../src/plan/items';
import { dataValidators, errorsOf } from '../schema-validators';

const contentDir = path.resolve('content');
const plans = loadCheckedContent(contentDir);
const { themes } = loadReferenceContent(contentDir, plans);
const site = new URL('https://example.org/');
const both = (text: string) => ({ zh: text, en: text });
const ctx: DataContext = {
  site,
  plans,
  themes,
  license: {
    translation: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', covers: both('Ours.') },
    chineseText: both('Not ours.'),
    attribution: both('Credit us.'),
  },
  translation: { version: '2.0', date: '2026-12-01' },
};
const validators = dataValidators(planSchema(site));

/** A small RFC 4180 reader, to prove the CSV reads back exactly. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), (i += 1));
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), (i += 1));
    else field += c;
  }
  return rows;
}

describe('csvField', () => {
  it('quotes only what RFC 4180 requires, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(7)).toBe('7');
    expect(csvField(null)).toBe('');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('中文，全角逗号')).toBe('中文，全角逗号');
  });

  it('neutralises text a spreadsheet would run as a formula (OWASP CSV injection), but not numbers', () => {
    expect(csvField('=HYPERLINK("https://evil.example","Click")')).toBe(
      `"'=HYPERLINK(""https://evil.example"",""Click"")"`,
    );
    expect(csvField('+1 more')).toBe("'+1 more");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvField('\tTabbed')).toBe("'\tTabbed");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField(-5)).toBe('-5');
    expect(csvField('Plain text, = inside')).toBe('"Plain text, = inside"');
  });
});

describe('planCsv', () => {
  const csv = planCsv(ctx);
  const rows = readCsv(csv.slice(1));

  it('starts with a UTF-8 byte-order mark and ends every line in CRLF', () => {
    expect(csv.startsWith('\uFEFFid,type,number,group,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '').includes('\n')).toBe(false);
  });

  it('has one row per item in document order, and reads back to the exact text', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const items = rows.slice(1);
    expect(items.map((r) => r[0])).toEqual([
      ...plans.zh.principles.map((i) => i.id),
      ...plans.zh.goals.map((i) => i.id),
      ...plans.zh.tasks.map((i) => i.id),
    ]);
    const task7 = items.find((r) => r[0] === 'task-7')!;
    const col = (name: (typeof CSV_COLUMNS)[number]) => task7[CSV_COLUMNS.indexOf(name)];
    expect(col('text_zh')).toBe(plans.zh.tasks[6]!.sentences.join(''));
    expect(col('text_en')).toBe(plans.en.tasks[6]!.sentences.join(' '));
    expect(col('group')).toBe('2');
    expect(col('url_en')).toBe('https://example.org/en/tasks/7/');
    expect(col('themes')!.split(' ')).toContain('banking');
    expect(items.find((r) => r[0] === 'goal-1')![CSV_COLUMNS.indexOf('group')]).toBe('');
  });
});

describe('JSON', () => {
  it('the whole plan validates against the schema', () => {
    const ok = validators.plan(planJson(ctx));
    expect(errorsOf(validators.plan), 'plan.json').toEqual([]);
    expect(ok).toBe(true);
  });

  it('every item file validates against #/$defs/itemFile and names it in $schema', () => {
    for (const type of ITEM_TYPES) {
      for (const item of plans.zh[ITEMS[type].folder]) {
        const file = itemJson(ctx, type, item.number);
        expect(validators.itemFile(file), `${type} ${item.number}: ${errorsOf(validators.itemFile).join('; ')}`).toBe(
          true,
        );
        expect(file.$schema).toBe('https://example.org/data/plan.schema.json#/$defs/itemFile');
        expect(validators.bySchemaRef(file.$schema)).toBe(validators.itemFile);
      }
    }
  });

  it('the schema rejects what is wrong: a task without a group, a missing translation, a relative URL', () => {
    const task = itemJson(ctx, 'task', 7);
    const broken = [
      { ...task, item: { ...task.item, group: null } },
      { ...task, item: { ...task.item, sentences: [{ ...task.item.sentences[0]!, en: '' }] } },
      { ...task, item: { ...task.item, urls: { ...task.item.urls, en: '/en/tasks/7/' } } },
      { ...task, extra: true },
    ];
    for (const file of broken) expect(validators.itemFile(file)).toBe(false);
  });

  it('an item pairs every Chinese sentence with its English, with absolute sentence URLs and its themes', () => {
    const record = itemRecord(ctx, 'task', 7);
    expect(record.sentences.map((s) => s.zh)).toEqual(plans.zh.tasks[6]!.sentences);
    expect(record.sentences.map((s) => s.en)).toEqual(plans.en.tasks[6]!.sentences);
    // The title first (id title), then the body as readers count it: s2 is the body's second sentence.
    expect(record.sentences.map((s) => s.id)).toEqual(['title', 's1', 's2', 's3']);
    expect(record.sentences[2]!.urls).toEqual({
      zh: 'https://example.org/zh/tasks/7/#s2',
      en: 'https://example.org/en/tasks/7/#s2',
    });
    expect(record.urls.fullText.en).toBe('https://example.org/en/plan/#task-7');
    const banking = themes.find((t) => t.slug === 'banking')!;
    const cited = banking.refs.find((r) => r.type === 'task' && r.number === 7)!.sentences;
    expect(
      record.sentences
        .filter((s) => s.themes.includes('banking'))
        .map((s) => (s.id === 'title' ? 0 : Number(s.id.slice(1)))),
    ).toEqual(cited);
  });
});

describe('documentation of the format', () => {
  const schemaItem = planSchema(site).$defs.item.properties;
  it('documents every item field and CSV column in both languages', () => {
    expect([...ITEM_FIELDS].sort()).toEqual(Object.keys(schemaItem).sort());
    for (const locale of [zh, en]) {
      expect(Object.keys(locale.data.fields).sort()).toEqual([...ITEM_FIELDS].sort());
      expect(Object.keys(locale.data.columns)).toEqual([...CSV_COLUMNS]);
    }
  });
});

describe('plan.json version', () => {
  it('carries the version and date of our translation, with the changes page in both languages', () => {
    expect(planJson(ctx).translation).toEqual({
      version: '2.0',
      date: '2026-12-01',
      changes: { zh: 'https://example.org/zh/changes/', en: 'https://example.org/en/changes/' },
    });
    expect(validators.plan({ ...planJson(ctx), translation: { version: 'v2', date: 'x' } })).toBe(false);
    expect(errorsOf(validators.plan).join('; ')).toMatch(/\/translation/u);
  });
});
