// Search finds every page that contains a query: every string of one to four characters of the Chinese text, every
// English word and every pair of adjacent English words is searched, and must find exactly the pages that have it.
import { describe, expect, it } from 'vitest';
import { stem } from 'porter2';
import { builtPages } from '../build/dist';
import { findClause, matchesAll } from '../../src/search/match';
import { parseQuery } from '../../src/search/query';
import type { Lang } from '../../src/locale/locales';
import { expectBothWaysAlike, pageKey, searchBothWays } from './search-node';

/**
 * The indexed text of each page of a language, read from dist/ (data-pagefind-body minus ignored parts), as
 * separate blocks (sentences, headings, paragraphs), so that no query runs from one block into the next.
 */
function indexedBlocks(lang: Lang): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  for (const page of builtPages().values()) {
    const body = page.$('[data-pagefind-body]').clone();
    if (!page.url.startsWith(`/${lang}/`) || body.length === 0) continue;
    body.find('[data-pagefind-ignore]').remove();
    // Sentence numbers are controls, left out of the index (src/search/index-html.ts).
    body.find('a.sn').remove();
    body.find('br').replaceWith(' ');
    const sentences = body.find('.sentence').map((_, el) => page.$(el).text());
    body.find('.sentence').remove();
    const blocks = body.find('h1, h2, h3, p, li').map((_, el) => page.$(el).text());
    texts.set(
      pageKey(page.url),
      [...sentences, ...blocks].map((t) => t.trim()).filter((t) => t !== ''),
    );
  }
  return texts;
}

const pageText = (blocks: string[]) => blocks.join('\n.\n');

/** The words of English blocks; Chinese in them (the document number) is searched on the Chinese site. */
const englishWords = (blocks: string[]) =>
  blocks
    .flatMap((b) => b.match(/[\p{L}\p{N}]+(?:['’&-][\p{L}\p{N}]+)*/gu) ?? [])
    .filter((w) => !/\p{Script=Han}/u.test(w));

/** The pages found: by Pagefind's index, and the same query on the plan's text file must answer alike. */
async function found(lang: Lang, query: string): Promise<string[]> {
  return (await searchBothWays(lang, query)).hits.map((hit) => pageKey(hit.url)).sort();
}

describe('search recall', () => {
  it('finds every string of 1–4 characters of the Chinese text on exactly the pages that contain it', async () => {
    const texts = indexedBlocks('zh');
    const queries = new Set<string>();
    for (const block of [...texts.values()].flat()) {
      for (const run of block.match(/[\p{Script=Han}\p{L}\p{N}]+/gu) ?? []) {
        const chars = [...run];
        for (let n = 1; n <= 4; n++) {
          for (let i = 0; i + n <= chars.length; i++) queries.add(chars.slice(i, i + n).join(''));
        }
      }
    }
    expect(queries.size).toBeGreaterThan(5000);
    const wrong: string[] = [];
    for (const query of queries) {
      const clauses = parseQuery(query, 'zh');
      const want = [...texts].filter(([, b]) => matchesAll(pageText(b), clauses, 'zh')).map(([key]) => key);
      const got = await found('zh', query);
      if (got.join() !== want.sort().join()) wrong.push(`${query}: found [${got}], expected [${want}]`);
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('finds every English word on every page that has it, and only pages with a word of its stem', async () => {
    const texts = indexedBlocks('en');
    const words = new Set(englishWords([...texts.values()].flat()));
    expect(words.size).toBeGreaterThan(900);
    const wrong: string[] = [];
    for (const word of words) {
      const got = await found('en', word);
      const exact = new RegExp(
        `(?<![\\p{L}\\p{N}'’&-])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}]|['’&-][\\p{L}\\p{N}])`,
        'iu',
      );
      const missing = [...texts].filter(([key, b]) => exact.test(pageText(b)) && !got.includes(key));
      const unrelated = got.filter(
        (key) => findClause(pageText(texts.get(key)!), parseQuery(word, 'en')[0]!, 'en', stem).length === 0,
      );
      if (missing.length + unrelated.length > 0)
        wrong.push(`${word}: missing [${missing.map(([k]) => k)}], unrelated [${unrelated}]`);
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('finds every pair of adjacent English words, quoted, on exactly the pages with that phrase', async () => {
    const texts = indexedBlocks('en');
    const queries = new Set<string>();
    for (const block of [...texts.values()].flat()) {
      englishWords([block]).forEach((word, i, words) => i > 0 && queries.add(`"${words[i - 1]} ${word}"`));
    }
    expect(queries.size).toBeGreaterThan(1500);
    const wrong: string[] = [];
    for (const query of queries) {
      const clauses = parseQuery(query, 'en');
      const want = [...texts].filter(([, b]) => matchesAll(pageText(b), clauses, 'en', stem)).map(([key]) => key);
      const got = await found('en', query);
      if (got.join() !== want.sort().join()) wrong.push(`${query}: found [${got}], expected [${want}]`);
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it("gives the same results from the plan's text file as from Pagefind, in the same order, for every query above", () => {
    expectBothWaysAlike('search recall', 8000);
  });
});
