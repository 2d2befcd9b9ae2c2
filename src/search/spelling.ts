// British and American spellings folded together by rule, for every English word of the index and of a query.

/**
 * The rules, tried in order on a lower-case word (the first that applies wins). Each turns the British form and its
 * inflections into the American one (centre, centres, centred → center, centers, centered); an American word is
 * left as it is, except where a rule cannot tell the two apart (supervise → supervize): folding is applied to both
 * sides, so only words with the same fold are found for each other. The guards (at least two or three letters
 * before the ending) keep short words that only look alike apart: four and for, our and or, hour, rise, filled.
 * Each rule is the British forms it matches and how they become American; its examples are in the unit tests.
 */
export type SpellingRule = [pattern: RegExp, replace: string | ((match: string, ...groups: string[]) => string)];

/** centre → center, centres → centers, centred → centered, centring → centering. */
const RE_ENDING: Record<string, string> = { e: '', es: 's', ed: 'ed', ing: 'ing' };

export const SPELLING_RULES: SpellingRule[] = [
  // licence/license, defence/defense, offence/offense, pretence/pretense
  [/^(lic|def|off|pret)enc(e|es)$/u, '$1ens$2'],
  // practise/practice (the verb)
  [/^practis(e|es|ed|ing)$/u, 'practic$1'],
  // -yse/-yze
  [/^(.{2,})ys(e|es|ed|ing|er|ers)$/u, '$1yz$2'],
  // -ise/-ize, -isation/-ization
  [/^(.{2,})is(e|es|ed|ing|er|ers|ation|ations|ational)$/u, '$1iz$2'],
  // -tre/-ter, -bre/-ber
  [/^(.{2,}[tb])r(e|es|ed|ing)$/u, (_, stem: string, ending: string) => `${stem}er${RE_ENDING[ending]}`],
  // -our/-or
  [/^(.{3,})our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less|hood|hoods|ism)?$/u, '$1or$2'],
  // -mme/-m
  [/^(.{3,})mme(s)?$/u, '$1m$2'],
  // -ogue/-og
  [/^(.+[ao]l)ogue(s)?$/u, '$1og$2'],
  // -ll-/-l- before an ending
  [/^(.{2,}[aeiou])ll(ed|ing|er|ers)$/u, '$1l$2'],
  // -dgement/-dgment
  [/^(.+)dgement(s)?$/u, '$1dgment$2'],
];

/**
 * A lower-case English word as search compares it: British and American spellings have the same fold. Each part
 * of a hyphenated word is folded on its own (data-centre → data-center).
 */
export function foldSpelling(word: string): string {
  let fold = folds.get(word);
  if (fold === undefined) {
    if (folds.size >= 20_000) folds.clear();
    fold = word.includes('-') ? word.split('-').map(foldSpelling).join('-') : ruleFold(word);
    folds.set(word, fold);
  }
  return fold;
}

/** Each word form's fold, once: the search page folds every word of the plan (a few thousand forms) at its first query. */
const folds = new Map<string, string>();

function ruleFold(word: string): string {
  for (const [pattern, replace] of SPELLING_RULES) {
    if (pattern.test(word)) return word.replace(pattern, replace as string);
  }
  return word;
}

/**
 * The words of the index whose spelling fold differs from the word, by fold: what a folded query word must be
 * searched as (supervize → supervise, supervised). A fold that no word of the index differs from is the word itself
 * (center), so it is not listed.
 */
export function spellingTable(indexWords: Iterable<string>): Record<string, string[]> {
  const all = new Set([...indexWords].map((w) => w.toLowerCase()));
  const byFold = new Map<string, Set<string>>();
  for (const word of all) {
    const fold = foldSpelling(word);
    if (fold !== word) byFold.set(fold, (byFold.get(fold) ?? new Set()).add(word));
  }
  const table: Record<string, string[]> = {};
  for (const [fold, words] of [...byFold].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (all.has(fold)) words.add(fold);
    table[fold] = [...words].sort();
  }
  return table;
}

/** The index words to search for a query word: every word of the index with the same fold. */
export function spellingsOf(word: string, table: Record<string, string[]>): string[] {
  const fold = foldSpelling(word);
  return table[fold] ?? [fold];
}
