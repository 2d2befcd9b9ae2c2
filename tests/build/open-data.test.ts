// Build-output tests for the open data: every file in dist/data/ validates against the published schema, the item
// files agree with the whole plan, and every URL in the data leads to a built page and sentence.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from './dist';
import { ITEM_FOLDERS } from '../../src/plan/items';
import { dataValidators, errorsOf } from '../schema-validators';

const SITE = 'https://fintech-plan.example.org';
const DATA = path.join(DIST, 'data');
const pages = builtPages();
const read = (rel: string) => fs.readFileSync(path.join(DATA, rel), 'utf8');
const schema = JSON.parse(read('plan.schema.json')) as { $id: string };
const validators = dataValidators(schema);
const plan = JSON.parse(read('plan.json')) as {
  items: {
    id: string;
    type: string;
    number: number;
    sentences: { urls: Record<string, string> }[];
    urls: Record<string, unknown>;
  }[];
  sections: { sentences: { urls: Record<string, string> }[] }[];
};
const itemFiles = ITEM_FOLDERS.flatMap((folder) =>
  fs
    .readdirSync(path.join(DATA, folder))
    .filter((name) => name.endsWith('.json')) // not the precompressed .json.gz twins
    .map((name) => `${folder}/${name}`),
);

/** The page and element a site URL points to, or why it does not resolve. */
function resolves(url: string): string | undefined {
  if (!url.startsWith(`${SITE}/`)) return `${url} is not on ${SITE}`;
  const [pathname, id] = url.slice(SITE.length).split('#');
  const page = pages.get(pathname!);
  if (!page) return `${url}: no page`;
  if (id && page.$(`[id="${id}"]`).length !== 1) return `${url}: no #${id}`;
  return undefined;
}

describe('open data files', () => {
  it('the schema is published at its own $id', () => {
    expect(schema.$id).toBe(`${SITE}/data/plan.schema.json`);
  });

  it('every JSON file validates against the schema it names in $schema', () => {
    const files = ['plan.json', ...itemFiles];
    expect(files.length).toBe(1 + 4 + 6 + 25);
    for (const file of files) {
      const data = JSON.parse(read(file)) as { $schema: string };
      const validate = validators.bySchemaRef(data.$schema);
      expect(validate, `${file}: $schema ${data.$schema}`).toBeDefined();
      expect(validate!(data), `${file}: ${errorsOf(validate!).join('; ')}`).toBe(true);
    }
    expect(validators.bySchemaRef(JSON.parse(read('plan.json')).$schema)).toBe(validators.plan);
  });

  it('has one item file per item page, equal to that item in plan.json', () => {
    expect(plan.items.length).toBe(35);
    for (const item of plan.items) {
      const file = JSON.parse(read(`${item.type}s/${item.number}.json`)) as { item: unknown };
      expect(file.item, item.id).toEqual(item);
      expect(item.urls.json).toBe(`${SITE}/data/${item.type}s/${item.number}.json`);
    }
  });

  it('every URL in the data leads to a built page, and every sentence URL to its sentence', () => {
    const problems: string[] = [];
    const check = (url: string) => {
      const problem = resolves(url);
      if (problem) problems.push(problem);
    };
    for (const item of plan.items) {
      for (const s of item.sentences) Object.values(s.urls).forEach(check);
      const { json, fullText, ...pagesOf } = item.urls as { json: string; fullText: Record<string, string> };
      Object.values(pagesOf as Record<string, string>).forEach(check);
      Object.values(fullText).forEach(check);
      expect(fs.existsSync(path.join(DIST, json.slice(SITE.length))), json).toBe(true);
    }
    for (const section of plan.sections) for (const s of section.sentences) Object.values(s.urls).forEach(check);
    expect(problems).toEqual([]);
  });

  it('plan.csv is UTF-8 with a byte-order mark, CRLF lines and one row per item', () => {
    const bytes = fs.readFileSync(path.join(DATA, 'plan.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 2).toBe(plan.items.length);
    expect(lines[1]!.startsWith('principle-1,principle,1,,')).toBe(true);
    expect(text).toContain('沪');
  });
});

describe('the /data/ pages', () => {
  it.each(['zh', 'en'])('/%s/data/ links every download and states both licences', (lang) => {
    const { $ } = pages.get(`/${lang}/data/`)!;
    for (const href of ['/data/plan.json', '/data/plan.csv', '/data/plan.schema.json', '/data/tasks/7.json'])
      expect($(`main a[href="${href}"]`).length, href).toBe(1);
    expect($('main a[rel~="license"]').attr('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect($('#data-license').parent().text()).toContain(lang === 'en' ? 'not our work' : '并非本站作品');
  });

  it('shows a real item record as its example', () => {
    const { $ } = pages.get('/en/data/')!;
    const example = JSON.parse($('main pre code').text()) as unknown;
    expect(example).toEqual(plan.items.find((i) => i.id === 'principle-3'));
  });
});
