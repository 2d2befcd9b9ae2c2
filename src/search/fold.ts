// Text folded for matching: Chinese (NFKC, lower case, spaces) with a map back to the original, English words and
// stems; each text is folded once (memoized).
import { foldSpelling } from './spelling';

/** A stemmer for English (Porter2, the one Pagefind's English index uses). */
export type Stem = (word: string) => string;

export const HAN = /\p{Script=Han}/u;
/** Letters and digits outside Han: the characters of a Latin word or a number inside Chinese text. */
const ALNUM = /[\p{L}\p{N}]/u;
export const isAlnum = (ch: string | undefined) => ch !== undefined && ALNUM.test(ch) && !HAN.test(ch);
/** An English word: letters and digits, possibly joined by hyphens, apostrophes or & (Lin-gang, people's, R&D). */
const WORD = /[\p{L}\p{N}]+(?:['’&-][\p{L}\p{N}]+)*/gu;
/** Folded text with, for each folded unit, the index of the original character it came from. */
export interface Folded {
  text: string;
  at: number[];
}

/**
 * Folds Chinese text for matching: NFKC (full-width ５Ｇ is 5G), lower case, no zero-width spaces, no spaces except
 * one between two Latin letters or digits. Keeps where each folded unit came from, to highlight the original.
 */
export const foldChinese = memoized(fold);

/**
 * Pages and passages are matched against every clause of every query (and again at the next keystroke): each text
 * is folded or split into words once, for the last thousand texts (the search page's plan text file has about 190
 * pages, passages and titles per language, and both languages may be searched).
 */
function memoized<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= 1000) cache.delete(cache.keys().next().value!);
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}

function fold(text: string): Folded {
  let out = '';
  const at: number[] = [];
  let index = 0;
  let space: number | undefined;
  for (const ch of text) {
    const folded = ch === '\u200b' ? '' : ch.normalize('NFKC').toLowerCase();
    if (/^\s+$/u.test(folded)) {
      space ??= index;
    } else if (folded !== '') {
      if (space !== undefined && isAlnum(out.at(-1)) && isAlnum(folded[0])) {
        out += ' ';
        at.push(space);
      }
      space = undefined;
      for (let k = 0; k < folded.length; k++) at.push(index);
      out += folded;
    }
    index += ch.length;
  }
  at.push(index);
  return { text: out, at };
}

export interface Word {
  start: number;
  end: number;
  /** Lower case, NFKC, typographic apostrophe as ' */
  raw: string;
  /** The same with its spelling fold (centre → center, see spelling.ts). */
  text: string;
}

export const englishWords = memoized((text: string): Word[] =>
  [...text.matchAll(WORD)].map((m) => {
    const raw = m[0].normalize('NFKC').toLowerCase().replace(/’/gu, "'");
    return { start: m.index, end: m.index + m[0].length, raw, text: foldSpelling(raw) };
  }),
);
