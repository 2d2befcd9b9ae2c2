// A search query as clauses (terms and exact phrases), and whether the other language may find it.
import { LOCALES, type Lang } from '../locale/locales';
import { englishWords, foldChinese, HAN } from './fold';

/** One thing a result must contain: a term (English: any word with the same stem) or an exact phrase. */
export interface Clause {
  /** Folded text: NFKC, lower case; Chinese without spaces, English words joined by one space. */
  text: string;
  phrase: boolean;
}

const MAX_QUERY = 200;
const MAX_CLAUSES = 8;
const QUOTED = /["“”„「」『』]/u;

/**
 * Splits a query into clauses: quoted parts ("…", “…”, 「…」) are exact phrases; the rest is split at spaces into
 * terms (English: into words). Empty input, or input of punctuation only, gives no clause.
 */
export function parseQuery(query: string, lang: Lang): Clause[] {
  const clauses: Clause[] = [];
  const add = (text: string, phrase: boolean) => {
    if (text !== '' && !clauses.some((c) => c.text === text && c.phrase === phrase)) clauses.push({ text, phrase });
  };
  const pieces = query.slice(0, MAX_QUERY).split(QUOTED);
  pieces.forEach((piece, i) => {
    const quoted = i % 2 === 1;
    if (LOCALES[lang].tokenizer === 'words') {
      const words = englishWords(piece).map((w) => w.text);
      if (quoted) add(words.join(' '), true);
      else for (const word of words) add(word, false);
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
 * Whether a query that finds nothing here is worth trying in the other language: Chinese characters typed on the
 * English site, or a query without them on the Chinese site (blockchain). Other queries would only cost the reader
 * the other language's index, fetched while typing (every unfinished English word finds nothing).
 */
export function otherLanguageMayMatch(query: string, lang: Lang): boolean {
  return HAN.test(query) === (LOCALES[lang].tokenizer !== 'han');
}
