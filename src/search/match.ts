// Exact search semantics: which texts contain a query's clauses and where (for highlights).
import { LOCALES, type Lang } from '../locale/locales';
import { englishWords, foldChinese, HAN, isAlnum, type Stem, type Word } from './fold';
import type { Clause } from './query';
import { foldSpelling } from './spelling';

export interface Range {
  start: number;
  end: number;
}

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
  let known = keysOf.get(stem);
  if (!known) keysOf.set(stem, (known = new Map()));
  const id = `${word.text}\u0000${word.raw}`;
  let keys = known.get(id);
  if (!keys) {
    const forms = [word.text, word.raw].flatMap((form, i) => {
      const parts = form.replace(/'s$/u, '').replace(/['&]/gu, '').split('-');
      return [i === 0 ? foldSpelling(parts.join('')) : parts.join(''), ...(parts.length > 1 ? parts : [])];
    });
    keys = [...new Set(forms.map(stem))];
    known.set(id, keys);
  }
  return keys;
}

/**
 * The keys of each word form met so far, per stemmer: a page's words repeat, and folding and stemming every word of
 * every candidate page was most of the exact check's time.
 */
const keysOf = new WeakMap<Stem, Map<string, string[]>>();

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
  const others = clause.forms ?? (clause.raw ? [clause.raw] : []);
  const keys = [stem(foldSpelling(bare(clause.text))), ...others.map((form) => stem(bare(form)))];
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
