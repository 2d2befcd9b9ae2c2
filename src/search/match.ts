// Exact search semantics: which texts contain a query's clauses and where (for highlights).
import { LOCALES, type Lang } from '../locale/locales';
import { englishWords, foldChinese, HAN, isAlnum, type Stem, type Word } from './fold';
import type { Clause } from './query';

export interface Range {
  start: number;
  end: number;
}

function hyphenParts(word: Word): Word[] {
  let start = word.start;
  return word.text.split('-').map((text) => {
    const part = { start, end: start + text.length, text };
    start = part.end + 1;
    return part;
  });
}

/** The stems under which an English word is found: Lin-gang under lingang, lin and gang; people's under people. */
function wordKeys(word: string, stem: Stem): string[] {
  const bare = word.replace(/'s$/u, '').replace(/['&]/gu, '');
  const parts = bare.split('-');
  return [...new Set([parts.join(''), ...(parts.length > 1 ? parts : [])].map(stem))];
}

/**
 * Where a clause occurs in a text (ranges in the original text). Chinese: the folded string anywhere, except that a
 * clause of Latin letters or digits only must start a word (CIPS, not IPS inside CIPS). English: a term matches
 * every word with the same Porter2 stem (payments ~ payment); a phrase matches its words in order, exactly.
 */
export function findClause(text: string, clause: Clause, lang: Lang, stem?: Stem): Range[] {
  if (LOCALES[lang].tokenizer === 'words') return findEnglish(text, clause, stemmer(stem));
  const { text: folded, at } = foldChinese(text);
  const wordStart = !HAN.test(clause.text);
  const ranges: Range[] = [];
  for (let i = folded.indexOf(clause.text); i !== -1; i = folded.indexOf(clause.text, i + 1)) {
    if (wordStart && isAlnum(clause.text[0]) && isAlnum(folded[i - 1])) continue;
    ranges.push({ start: at[i]!, end: endOfChar(text, at[i + clause.text.length - 1]!) });
  }
  return ranges;
}

/** The end of the character that starts at index i (a surrogate pair is one character). */
function endOfChar(text: string, i: number): number {
  const code = text.codePointAt(i);
  return i + (code !== undefined && code > 0xffff ? 2 : 1);
}

function stemmer(stem: Stem | undefined): Stem {
  if (!stem) throw new Error('search: English matching needs a stemmer');
  return stem;
}

function findEnglish(text: string, clause: Clause, stem: Stem): Range[] {
  const words = englishWords(text);
  if (clause.phrase) {
    // A phrase is compared part by part, so "big data" is found in big-data-enabled.
    const parts = words.flatMap(hyphenParts);
    const wanted = clause.text.split(/[ -]/u);
    const ranges: Range[] = [];
    for (let i = 0; i + wanted.length <= parts.length; i++) {
      if (wanted.every((w, k) => parts[i + k]!.text === w)) {
        ranges.push({ start: parts[i]!.start, end: parts[i + wanted.length - 1]!.end });
      }
    }
    return ranges;
  }
  const key = stem(clause.text.replace(/'s$/u, '').replace(/['&-]/gu, ''));
  return words.filter((w) => wordKeys(w.text, stem).includes(key)).map(({ start, end }) => ({ start, end }));
}

/** Whether a text contains every clause. */
export function matchesAll(text: string, clauses: Clause[], lang: Lang, stem?: Stem): boolean {
  return clauses.length > 0 && clauses.every((c) => findClause(text, c, lang, stem).length > 0);
}

/** All places where any clause occurs, sorted, overlapping ones merged. */
export function highlightRanges(text: string, clauses: Clause[], lang: Lang, stem?: Stem): Range[] {
  const all = clauses.flatMap((c) => findClause(text, c, lang, stem)).sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of all) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** How many of the clauses a text contains. */
export function clausesIn(text: string, clauses: Clause[], lang: Lang, stem?: Stem): number {
  return clauses.filter((c) => findClause(text, c, lang, stem).length > 0).length;
}
