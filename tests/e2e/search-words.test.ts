// Search with the reader's words stays exact: every alias finds exactly the pages of the plan's forms it leads to,
// every British spelling of an index word finds exactly what the word finds, and the traditional form of every
// string of one to four characters of the Chinese text finds exactly what the simplified string finds.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { builtPages } from '../build/dist';
import { OTHER_WORDS_FILE, unpackAliases, WORDS_FILE, type WordsFile } from '../../src/search/readings';
import { foldSpelling, SPELLING_RULES } from '../../src/search/spelling';
import type { Lang } from '../../src/locale/locales';
import { expectBothWaysAlike, pageKey, searchBothWays } from './search-node';

const wordsFile = (lang: Lang, name: string): WordsFile =>
  JSON.parse(fs.readFileSync(path.resolve('dist', 'pagefind', lang, name), 'utf8')) as WordsFile;

async function pages(lang: Lang, query: string): Promise<string[]> {
  return (await searchBothWays(lang, query)).hits.map((hit) => pageKey(hit.url)).sort();
}

/** The pages with any of the forms: each searched as the plan's own words (a phrase if it has several words). */
async function pagesOfForms(lang: Lang, forms: string[]): Promise<string[]> {
  const found = await Promise.all(forms.map((f) => pages(lang, lang === 'en' && /\s/u.test(f) ? `"${f}"` : f)));
  return [...new Set(found.flat())].sort();
}

/** The text of each indexed page's blocks (as search-recall reads it). */
function indexedText(lang: Lang): string[] {
  const texts: string[] = [];
  for (const page of builtPages().values()) {
    const body = page.$('[data-pagefind-body]').clone();
    if (!page.url.startsWith(`/${lang}/`) || body.length === 0) continue;
    body.find('[data-pagefind-ignore]').remove();
    texts.push(body.text());
  }
  return texts;
}

describe('aliases and the other language', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: every alias and other-language name finds exactly the pages of the forms it leads to, and says so`, async () => {
      const table = {
        ...unpackAliases(wordsFile(lang, WORDS_FILE).aliases),
        ...unpackAliases(wordsFile(lang, OTHER_WORDS_FILE).aliases),
      };
      const keys = Object.keys(table);
      expect(keys.length).toBeGreaterThan(100);
      const wrong: string[] = [];
      for (const key of keys) {
        const row = table[key]!;
        const { hits, reading } = await searchBothWays(lang, key);
        const got = hits.map((h) => pageKey(h.url)).sort();
        const want = await pagesOfForms(lang, row.search);
        if (want.length === 0) wrong.push(`${key}: its forms ${row.search.join(' / ')} find nothing`);
        if (got.join() !== want.join()) wrong.push(`${key}: found [${got}], its forms find [${want}]`);
        if (reading?.kind !== row.kind || reading.search.join() !== row.search.join())
          wrong.push(`${key}: read as ${JSON.stringify(reading)}`);
      }
      expect(wrong).toEqual([]);
    }, 300_000);
  }

  it('finds what readers type for the plan’s words (issue 13)', async () => {
    const cases: [Lang, string, string][] = [
      ['en', 'sandbox', 'fintech innovation regulatory pilots'],
      ['en', 'regulatory sandbox', 'fintech innovation regulatory pilots'],
      ['zh', '监管沙盒', '创新监管试点'],
      ['zh', '監管沙盒', '创新监管试点'],
      ['en', 'FTZ', 'China (Shanghai) Pilot Free Trade Zone'],
      ['en', 'e-CNY', 'Digital Currency'],
      ['en', 'digital RMB', 'Digital Currency'],
      ['zh', '数字人民币', '数字货币'],
      ['zh', 'blockchain', '区块链'],
      ['en', '区块链', 'Blockchain'],
      ['en', '區塊鏈', 'Blockchain'],
      ['zh', 'e-CNY', '数字货币'],
    ];
    for (const [lang, query, form] of cases) {
      const { hits, reading } = await searchBothWays(lang, query);
      expect(reading?.search, query).toContain(form);
      expect(hits.length, query).toBeGreaterThan(0);
    }
    expect(await pages('en', 'e-CNY')).toEqual(['tasks/1']);
  });
});

describe('British and American spellings', () => {
  /** British forms of an American word, by the inverse of each rule (center → centre, organize → organise). */
  function britishForms(word: string): string[] {
    const forms = [
      word.replace(/ize(s|d|r|rs)?$|ization(s|al)?$|izing$/u, (m) => m.replace('iz', 'is')),
      word.replace(/yz(e|es|ed|ing|er|ers)$/u, 'ys$1'),
      word
        .replace(/([tb])er(s)?$/u, '$1re$2')
        .replace(/([tb])ered$/u, '$1red')
        .replace(/([tb])ering$/u, '$1ring'),
      word.replace(/or(s|ed|ing|able|ably|ite|ites|er|ers|ful|less|hood|hoods|ism)?$/u, 'our$1'),
      word.replace(/am(s)?$/u, 'amme$1'),
      word.replace(/^(lic|def|off|pret)ens(e|es)$/u, '$1enc$2'),
      word.replace(/^practic(e|es|ed|ing)$/u, 'practis$1'),
      word.replace(/([ao]l)og(s)?$/u, '$1ogue$2'),
      word.replace(/([aeiou])l(ed|ing|er|ers)$/u, '$1ll$2'),
      word.replace(/dgment(s)?$/u, 'dgement$1'),
    ];
    return [...new Set(forms)].filter((f) => f !== word && foldSpelling(f) === foldSpelling(word));
  }

  it('finds for the British form of every index word, by every rule that applies, exactly what the word finds', async () => {
    const words = new Set(
      indexedText('en')
        .flatMap((t) => t.match(/[\p{L}\p{N}]+(?:['’&-][\p{L}\p{N}]+)*/gu) ?? [])
        .map((w) => w.toLowerCase())
        .filter((w) => !/\p{Script=Han}/u.test(w)),
    );
    const pairs = [...words].flatMap((word) => britishForms(word).map((british) => [british, word] as const));
    const rulesUsed = new Set(pairs.map(([british]) => SPELLING_RULES.findIndex(([pattern]) => pattern.test(british))));
    console.log(`spelling: ${pairs.length} British forms of ${words.size} index words; rules used: ${rulesUsed.size}`);
    expect(pairs.length).toBeGreaterThan(30);
    const wrong: string[] = [];
    for (const [british, word] of pairs) {
      const [got, want] = await Promise.all([pages('en', british), pages('en', word)]);
      if (got.join() !== want.join()) wrong.push(`${british}: found [${got}], ${word} finds [${want}]`);
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('finds center for centre, the examples of every rule as a reader would type them', async () => {
    expect(await pages('en', 'centre')).toEqual(await pages('en', 'center'));
    expect((await pages('en', 'centre')).length).toBeGreaterThan(5);
    expect(await pages('en', '"financial centre"')).toEqual(await pages('en', '"financial center"'));
    expect(await pages('en', 'programme')).toEqual(await pages('en', 'program'));
    expect(await pages('en', 'internationalisation')).toEqual(await pages('en', 'internationalization'));
  });
});

describe('traditional characters', () => {
  it('finds for the traditional form of every string of 1–4 characters of the Chinese text what the string finds', async () => {
    const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
    const queries = new Set<string>();
    for (const block of indexedText('zh')) {
      for (const run of block.match(/\p{Script=Han}+/gu) ?? []) {
        const chars = [...run];
        for (let n = 1; n <= 4; n++) {
          for (let i = 0; i + n <= chars.length; i++) queries.add(chars.slice(i, i + n).join(''));
        }
      }
    }
    const pairs = [...queries].flatMap((s) =>
      [...new Set([toTaiwan(s), toHongKong(s)])].filter((t) => t !== s).map((t) => [t, s] as const),
    );
    console.log(`traditional: ${pairs.length} traditional forms of ${queries.size} strings`);
    expect(pairs.length).toBeGreaterThan(3000);
    const wrong: string[] = [];
    for (const [traditional, simplified] of pairs) {
      const [got, want] = await Promise.all([pages('zh', traditional), pages('zh', simplified)]);
      if (got.join() !== want.join()) wrong.push(`${traditional}: found [${got}], ${simplified} finds [${want}]`);
    }
    expect(wrong).toEqual([]);
  }, 600_000);

  it('en: the traditional forms of every Chinese name find what the name finds, read the same way', async () => {
    const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
    const names = Object.keys(unpackAliases(wordsFile('en', OTHER_WORDS_FILE).aliases)).filter((k) =>
      /\p{Script=Han}/u.test(k),
    );
    const pairs = names.flatMap((s) =>
      [...new Set([toTaiwan(s), toHongKong(s)])].filter((t) => t !== s).map((t) => [t, s] as const),
    );
    expect(pairs.length).toBeGreaterThan(30);
    const wrong: string[] = [];
    for (const [traditional, simplified] of pairs) {
      const [got, want] = await Promise.all([searchBothWays('en', traditional), searchBothWays('en', simplified)]);
      const keys = (r: typeof got) => r.hits.map((h) => pageKey(h.url)).sort();
      if (keys(got).join() !== keys(want).join() || got.reading?.search.join() !== want.reading?.search.join())
        wrong.push(
          `${traditional}: found [${keys(got)}] as ${got.reading?.search}, ${simplified} finds [${keys(want)}]`,
        );
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('finds 区块链 for 區塊鏈 and says it searched the simplified form', async () => {
    const { hits, reading } = await searchBothWays('zh', '區塊鏈');
    expect(reading).toMatchObject({ kind: 'traditional', search: ['区块链'] });
    expect(hits.map((h) => pageKey(h.url)).sort()).toEqual(await pages('zh', '区块链'));
  });
});

describe('both sources', () => {
  it("answer every alias, spelling and traditional query above alike: Pagefind's index and the plan's text file", () => {
    expectBothWaysAlike('search words', 1000);
  });
});
