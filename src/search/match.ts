// Exact search semantics: parses a query into clauses, says which texts contain them and where (for highlights).
import type { Lang } from '../locale/locales';

/** One thing a result must contain: a term (English: any word with the same stem) or an exact phrase. */
export interface Clause {
  /** Folded text: NFKC, lower case; Chinese without spaces, English words joined by one space. */
  text: string;
  phrase: boolean;
}

/** A stemmer for English (Porter2, the one Pagefind's English index uses). */
export type Stem = (word: string) => string;

export interface Range {
  start: number;
  end: number;
}

const MAX_QUERY = 200;
const MAX_CLAUSES = 8;
const HAN = /\p{Script=Han}/u;
/** Letters and digits outside Han: the characters of a Latin word or a number inside Chinese text. */
const ALNUM = /[\p{L}\p{N}]/u;
const isAlnum = (ch: string | undefined) => ch !== undefined && ALNUM.test(ch) && !HAN.test(ch);
/** An English word: letters and digits, possibly joined by hyphens, apostrophes or & (Lin-gang, people's, R&D). */
const WORD = /[\p{L}\p{N}]+(?:['’&-][\p{L}\p{N}]+)*/gu;
const QUOTED = /["“”„「」『』]/u;

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
 * is folded or split into words once, for the last few hundred texts.
 */
function memoized<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= 500) cache.delete(cache.keys().next().value!);
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

interface Word {
  start: number;
  end: number;
  /** Lower case, NFKC, typographic apostrophe as ' */
  text: string;
}

const englishWords = memoized((text: string): Word[] =>
  [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0].normalize('NFKC').toLowerCase().replace(/’/gu, "'"),
  })),
);

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
    if (lang === 'en') {
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
  return HAN.test(query) === (lang === 'en');
}

/**
 * The Pagefind queries (their results intersected) that return every page that can contain the clause, and few
 * others, so that few pages are fetched. Chinese is indexed one character per word (see prepareForIndex), so a
 * clause becomes a phrase of its characters; a Latin word or number at either end may be only part of an indexed
 * word, so it is left to the exact check. English words go as one-word Pagefind phrases: Pagefind then matches
 * whole words by stem (pay finds pay, not payment), where a plain query would also match every word that starts
 * with it (p finds nearly every page). An English phrase asks for each of its words; the order is checked after.
 */
export function pagefindQueries(clause: Clause, lang: Lang): string[] {
  if (lang === 'en') return clause.text.split(' ').map((word) => `"${word}"`);
  const units = clause.text.match(/\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? [];
  if (units.some((u) => HAN.test(u))) {
    while (!HAN.test(units[0]!)) units.shift();
    while (!HAN.test(units.at(-1)!)) units.pop();
  }
  if (units.length === 0) return [];
  return [units.length > 1 ? `"${units.join(' ')}"` : units[0]!];
}

/**
 * Which clauses the exact check decides. English words are decided by Pagefind's own stemmer (its whole-word
 * search), so that a page is never dropped where two stemmers disagree; their order in a phrase, and Chinese
 * strings, are checked here.
 */
export function checkedClauses(clauses: Clause[], lang: Lang): Clause[] {
  return lang === 'en' ? clauses.filter((c) => c.phrase) : clauses;
}

/**
 * Where a clause occurs in a text (ranges in the original text). Chinese: the folded string anywhere, except that a
 * clause of Latin letters or digits only must start a word (CIPS, not IPS inside CIPS). English: a term matches
 * every word with the same Porter2 stem (payments ~ payment); a phrase matches its words in order, exactly.
 */
export function findClause(text: string, clause: Clause, lang: Lang, stem?: Stem): Range[] {
  if (lang === 'en') return findEnglish(text, clause, stemmer(stem));
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

export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * An excerpt of at most `max` characters around the first highlight, as plain and highlighted segments
 * (rendered as text and <mark>, never as HTML).
 */
export function excerpt(text: string, ranges: Range[], max: number): Segment[] {
  let from = 0;
  let to = text.length;
  if (to > max) {
    const first = ranges[0]?.start ?? 0;
    from = Math.max(0, Math.min(first - Math.floor(max / 3), text.length - max));
    to = from + max;
    // Cut English between words (Chinese has no spaces and may be cut anywhere).
    const start = text.slice(from, first).search(/\s/u);
    if (from > 0 && start !== -1) from += start + 1;
    const end = text.slice(Math.max(first, from), to).search(/\s\S*$/u);
    if (to < text.length && end !== -1) to = Math.max(first, from) + end;
  }
  const segments: Segment[] = [];
  const push = (s: string, hit: boolean) => {
    if (s !== '') segments.push({ text: s, hit });
  };
  if (from > 0) push('…', false);
  let pos = from;
  for (const r of ranges) {
    const start = Math.max(r.start, pos);
    const end = Math.min(r.end, to);
    if (end <= start) continue;
    push(text.slice(pos, start), false);
    push(text.slice(start, end), true);
    pos = end;
  }
  push(text.slice(pos, to), false);
  if (to < text.length) push('…', false);
  return segments;
}
