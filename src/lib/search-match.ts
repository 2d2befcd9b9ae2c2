// Exact search semantics: parses a query into clauses, says which texts contain them and where (for highlights).
import { foldSpelling, spellingsOf } from './search-spelling';
import type { Lang } from './types';

/** One thing a result must contain: a term (English: any word with the same stem) or an exact phrase. */
export interface Clause {
  /**
   * Folded text: NFKC, lower case; Chinese without spaces, English words joined by one space, each with its spelling
   * fold (centre → center, see search-spelling.ts).
   */
  text: string;
  phrase: boolean;
  /** An English term as typed (lower case): its own stem counts too (supervise ~ supervision, as Pagefind finds). */
  raw?: string;
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
  raw: string;
  /** The same with its spelling fold (centre → center). */
  text: string;
}

const englishWords = memoized((text: string): Word[] =>
  [...text.matchAll(WORD)].map((m) => {
    const raw = m[0].normalize('NFKC').toLowerCase().replace(/’/gu, "'");
    return { start: m.index, end: m.index + m[0].length, raw, text: foldSpelling(raw) };
  }),
);

/**
 * The parts of a hyphenated word, each folded on its own, at their places in the original text; a possessive 's
 * is no part of the word (the phrase "STAR Market" is found in STAR Market's).
 */
function hyphenParts(word: Word): Word[] {
  let start = word.start;
  return word.raw.split('-').map((raw) => {
    const part = { start, end: start + raw.length, raw, text: foldSpelling(raw.replace(/'s$/u, '')) };
    start = part.end + 1;
    return part;
  });
}

/**
 * The stems under which an English word is found: of its spelling fold and of itself (supervision under supervis,
 * as Pagefind has it); Lin-gang under lingang, lin and gang; people's under people.
 */
function wordKeys(word: Word, stem: Stem): string[] {
  const keys = [word.text, word.raw].flatMap((form, i) => {
    const parts = form.replace(/'s$/u, '').replace(/['&]/gu, '').split('-');
    return [i === 0 ? foldSpelling(parts.join('')) : parts.join(''), ...(parts.length > 1 ? parts : [])];
  });
  return [...new Set(keys.map(stem))];
}

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
  const pieces = query.slice(0, MAX_QUERY).split(QUOTED);
  pieces.forEach((piece, i) => {
    const quoted = i % 2 === 1;
    if (lang === 'en') {
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
 * Whether a query that finds nothing here is worth trying in the other language: Chinese characters typed on the
 * English site, or a query without them on the Chinese site (blockchain). Other queries would only cost the reader
 * the other language's index, fetched while typing (every unfinished English word finds nothing).
 */
export function otherLanguageMayMatch(query: string, lang: Lang): boolean {
  return HAN.test(query) === (lang === 'en');
}

/**
 * The Pagefind queries that return every page that can contain the clause, and few others, so that few pages are
 * fetched: the results of each inner list are joined, those of the outer list intersected. Chinese is indexed one
 * character per word (see prepareForIndex), so a clause becomes a phrase of its characters; a Latin word or number
 * at either end may be only part of an indexed word, so it is left to the exact check. English words go as one-word
 * Pagefind phrases: Pagefind then matches whole words by stem (pay finds pay, not payment), where a plain query
 * would also match every word that starts with it (p finds nearly every page). A word is asked for in each spelling
 * the index has with its fold (spellings: see spellingTable; centre is asked as center). An English phrase asks for
 * each of its words; the order is checked after.
 */
export function pagefindQueries(clause: Clause, lang: Lang, spellings: Record<string, string[]> = {}): string[][] {
  if (lang === 'en') return clause.text.split(' ').map((word) => spellingsOf(word, spellings).map((w) => `"${w}"`));
  // Punctuation inside the clause (两城、一带、一港) is no word of the index: each run between is asked for.
  return clause.text.split(/[^\p{L}\p{N}]+/u).flatMap((run) => {
    const units = run.match(/\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? [];
    if (units.some((u) => HAN.test(u))) {
      while (!HAN.test(units[0]!)) units.shift();
      while (!HAN.test(units.at(-1)!)) units.pop();
    }
    if (units.length === 0) return [];
    return [[units.length > 1 ? `"${units.join(' ')}"` : units[0]!]];
  });
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
    const wanted = clause.text.split(/[ -]/u).map((w) => w.replace(/'s$/u, ''));
    const ranges: Range[] = [];
    for (let i = 0; i + wanted.length <= parts.length; i++) {
      if (wanted.every((w, k) => parts[i + k]!.text === w)) {
        ranges.push({ start: parts[i]!.start, end: parts[i + wanted.length - 1]!.end });
      }
    }
    return ranges;
  }
  const bare = (word: string) => word.replace(/'s$/u, '').replace(/['&-]/gu, '');
  const keys = [stem(foldSpelling(bare(clause.text))), ...(clause.raw ? [stem(bare(clause.raw))] : [])];
  return words
    .filter((w) => wordKeys(w, stem).some((key) => keys.includes(key)))
    .map(({ start, end }) => ({ start, end }));
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
