// A search query as clauses (terms and exact phrases), and whether the other language may find it.
import { LOCALES, type Lang } from '../locale/locales';
import { englishWords, foldChinese, HAN } from './fold';

/** One thing a result must contain: a term (English: any word with the same stem) or an exact phrase. */
export interface Clause {
  /**
   * Folded text: NFKC, lower case; Chinese without spaces, English words joined by one space, each with its spelling
   * fold (centre → center, see spelling.ts).
   */
  text: string;
  phrase: boolean;
  /** An English term as typed (lower case): its own stem counts too (supervise ~ supervision, as Pagefind finds). */
  raw?: string;
  /**
   * An English term: the words of the index with its spelling fold (spellingsOf), which are what Pagefind is asked
   * for. Set by searchPlan when the words file is at hand; their stems then count instead of the stem of `raw`, so
   * that every source matches as Pagefind does (registre is register, not registration).
   */
  forms?: string[];
}

/** The longest query searched, in characters (also the search boxes' maxlength). */
export const MAX_QUERY = 200;
const MAX_CLAUSES = 8;
const QUOTED = /["“”„「」『』]/u;

/**
 * Splits a query into clauses: quoted parts ("…", “…”, 「…」) are exact phrases; the rest is split at spaces into
 * terms (English: into words). Empty input, or input of punctuation only, gives no clause.
 */
export function parseQuery(query: string, lang: Lang): Clause[] {
  const clauses: Clause[] = [];
  const add = (text: string, phrase: boolean, raw?: string) => {
    if (text !== '' && !clauses.some((c) => c.text === text && c.phrase === phrase))
      clauses.push(raw === undefined || raw === text ? { text, phrase } : { text, phrase, raw });
  };
  const pieces = limitQuery(query).split(QUOTED);
  pieces.forEach((piece, i) => {
    const quoted = i % 2 === 1;
    if (LOCALES[lang].tokenizer === 'words') {
      const words = englishWords(piece);
      if (quoted) add(words.map((w) => w.text).join(' '), true);
      else for (const word of words) add(word.text, false, word.raw);
    } else if (quoted) {
      add(foldChinese(piece).text, true);
    } else {
      for (const token of piece.normalize('NFKC').split(/\s+/u)) {
        add(foldChinese(token.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')).text, false);
      }
    }
  });
  return clauses.slice(0, MAX_CLAUSES);
}

/**
 * A query cut to MAX_QUERY characters: at the last space before the limit when there is one (Chinese, without
 * spaces, at any character), and with a quote that the cut left open closed again, so that a long quoted phrase
 * still finds its beginning.
 */
export function limitQuery(query: string): string {
  const chars = [...query];
  if (chars.length <= MAX_QUERY) return query;
  let cut = chars.slice(0, MAX_QUERY).join('');
  const space = cut.search(/\s\S*$/u);
  if (space > MAX_QUERY / 2 && /\S/u.test(chars[MAX_QUERY]!)) cut = cut.slice(0, space);
  cut = cut.trimEnd();
  const quotes = cut.match(/["“”„「」『』]/gu) ?? [];
  if (quotes.length % 2 === 1) cut += CLOSING[quotes.at(-1)!] ?? '"';
  return cut;
}

const CLOSING: Record<string, string> = { '"': '"', '“': '”', '„': '“', '「': '」', '『': '』' };

/**
 * Whether a query that finds nothing here is worth trying in the other language: Chinese characters typed on the
 * English site, or a query without them on the Chinese site (blockchain). Other queries would only cost the reader
 * the other language's index, fetched while typing (every unfinished English word finds nothing).
 */
export function otherLanguageMayMatch(query: string, lang: Lang): boolean {
  return HAN.test(query) === (LOCALES[lang].tokenizer !== 'han');
}
