// Search beyond the plan in the build: every glossary term, theme, map zone and status fact is an entry of
// /pagefind/{lang}/extra.json linking to an id that exists, and a name finds exactly the entries that contain it.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { stem } from 'porter2';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from './dist';
import { LANGS, type Lang } from '../../src/locale/locales';
import {
  EXTRA_FILE,
  entryText,
  searchExtra,
  suggestions,
  type ExtraEntry,
  type ExtraFile,
} from '../../src/search/extra';

const entries = (lang: Lang): ExtraEntry[] =>
  (JSON.parse(fs.readFileSync(path.join(DIST, 'pagefind', lang, EXTRA_FILE), 'utf8')) as ExtraFile).entries;
const count = (folder: string) => fs.readdirSync(path.resolve('content', folder)).length;
const facts = (fs.readFileSync(path.resolve('content/context/facts.yaml'), 'utf8').match(/^- id:/gmu) ?? []).length;
const stemFor = (lang: Lang) => (lang === 'en' ? stem : undefined);

/** The oracle, written apart from the search code: NFKC, lower case, ’ as ', runs of white space as one. */
const plain = (s: string) => s.normalize('NFKC').toLowerCase().replace(/’/gu, "'").replace(/\s+/gu, ' ');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Whether an entry contains a name. Chinese: each space-separated part of the name as a string, Latin letters or
 * digits starting a word; English: the name's words in order as whole words (anything but letters between them).
 */
function contains(entry: ExtraEntry, name: string, lang: Lang): boolean {
  const text = plain(entryText(entry));
  if (lang === 'zh') {
    return plain(name)
      .trim()
      .split(' ')
      .every((part) =>
        new RegExp(
          `${/^[\p{L}\p{N}]/u.test(part) && !/^\p{Script=Han}/u.test(part) ? '(?<![\\p{L}\\p{N}])' : ''}${escape(part)}`,
          'u',
        ).test(text.replace(/(?<=\p{Script=Han}) | (?=\p{Script=Han})/gu, '')),
      );
  }
  const words = plain(name).match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)!;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${words.map(escape).join('[^\\p{L}\\p{N}]+')}(?:'s)?(?![\\p{L}\\p{N}])`,
    'u',
  ).test(text);
}

describe('the entries beyond the plan', () => {
  for (const lang of LANGS) {
    it(`${lang}: one per glossary term, theme, zone and status fact, each linking to an id that exists`, () => {
      const all = entries(lang);
      const of = (kind: ExtraEntry['kind']) => all.filter((e) => e.kind === kind);
      expect(of('glossary')).toHaveLength(count('glossary'));
      expect(of('theme')).toHaveLength(count('themes'));
      expect(of('map')).toHaveLength(count(`zones/${lang}`));
      expect(of('context')).toHaveLength(facts);
      const pages = builtPages();
      for (const entry of all) {
        const [url, id] = entry.href.split('#');
        const page = pages.get(url!);
        expect(page, entry.href).toBeDefined();
        expect(url!.startsWith(`/${lang}/`), entry.href).toBe(true);
        if (entry.kind === 'theme') expect(id, entry.href).toBeUndefined();
        else expect(page!.$(`[id="${id}"]`).length, entry.href).toBe(1);
        expect(entry.title.trim(), entry.href).not.toBe('');
        expect(entry.text.trim(), entry.href).not.toBe('');
      }
      const kb = zlib.gzipSync(fs.readFileSync(path.join(DIST, 'pagefind', lang, EXTRA_FILE))).length / 1024;
      console.log(`${lang}: ${EXTRA_FILE} ${all.length} entries, ${kb.toFixed(1)} KB gzip`);
    });

    it(`${lang}: every term name, theme title and zone name finds exactly the entries that contain it`, () => {
      const all = entries(lang);
      const names = all.filter((e) => e.kind !== 'context').map((e) => e.title);
      expect(names.length).toBeGreaterThan(100);
      for (const name of names) {
        // English: as a phrase, which matches words exactly (unquoted, words also match by stem: a superset).
        const query = lang === 'en' ? `"${name}"` : name;
        const found = searchExtra(all, [query], lang, stemFor(lang)).map((e) => e.href);
        const expected = all.filter((e) => contains(e, name, lang)).map((e) => e.href);
        expect(found.sort(), name).toEqual(expected.sort());
        expect(found.length, name).toBeGreaterThan(0);
        if (lang === 'en') {
          const loose = searchExtra(all, [name], lang, stem).map((e) => e.href);
          expect(loose, name).toEqual(expect.arrayContaining(expected));
        }
      }
    });
  }

  it('their strings ride in extra.json, in no script (the first query on a page does not pay for them)', () => {
    const scripts = fs.readdirSync(path.join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const file = JSON.parse(fs.readFileSync(path.join(DIST, 'pagefind', lang, EXTRA_FILE), 'utf8')) as ExtraFile;
      for (const text of [file.strings.heading, file.strings.suggest, file.strings.kind.context]) {
        for (const script of scripts) {
          expect(fs.readFileSync(path.join(DIST, '_astro', script), 'utf8'), `${script}: ${text}`).not.toContain(text);
        }
      }
    }
  });

  it('a query found nowhere suggests the closest glossary terms and themes', () => {
    const zh = suggestions(entries('zh'), '沙盘监管', 'zh').map((e) => e.href);
    expect(zh).toContain('/zh/glossary/#regulatory-sandbox');
    const en = suggestions(entries('en'), 'blokchain', 'en').map((e) => e.href);
    expect(en[0]).toBe('/en/themes/blockchain/');
    expect(suggestions(entries('en'), 'zzzzqqq', 'en')).toEqual([]);
  });
});
