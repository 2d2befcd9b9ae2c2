// The Pagefind adapter: which Pagefind queries find every candidate page of a clause, and which clauses the exact
// check decides after Pagefind.
import { LOCALES, type Lang } from '../locale/locales';
import { HAN } from './fold';
import type { Clause } from './query';

/**
 * The Pagefind queries (their results intersected) that return every page that can contain the clause, and few
 * others, so that few pages are fetched. Chinese is indexed one character per word (see prepareForIndex), so a
 * clause becomes a phrase of its characters; a Latin word or number at either end may be only part of an indexed
 * word, so it is left to the exact check. English words go as one-word Pagefind phrases: Pagefind then matches
 * whole words by stem (pay finds pay, not payment), where a plain query would also match every word that starts
 * with it (p finds nearly every page). An English phrase asks for each of its words; the order is checked after.
 */
export function pagefindQueries(clause: Clause, lang: Lang): string[] {
  if (LOCALES[lang].tokenizer === 'words') return clause.text.split(' ').map((word) => `"${word}"`);
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
  return LOCALES[lang].tokenizer === 'words' ? clauses.filter((c) => c.phrase) : clauses;
}
