// British and American spellings folded together by rule, for every English word of the index and of a query.

/**
 * The rules, tried in order on a lower-case word (the first that applies wins). Each turns the British form and its
 * inflections into the American one (centre, centres, centred → center, centers, centered); an American word is
 * left as it is, except where a rule cannot tell the two apart (supervise → supervize): folding is applied to both
 * sides, so only words with the same fold are found for each other. The guards (at least two or three letters
 * before the ending) keep short words that only look alike apart: four and for, our and or, hour, rise, filled.
 */
export interface SpellingRule {
  name: string;
  pattern: RegExp;
  replace: string | ((match: string, ...groups: string[]) => string);
  /** British → American pairs: the rule's tests, and documentation. */
  examples: [string, string][];
}

/** centre → center, centres → centers, centred → centered, centring → centering. */
const RE_ENDING: Record<string, string> = { e: '', es: 's', ed: 'ed', ing: 'ing' };

export const SPELLING_RULES: SpellingRule[] = [
  {
    name: 'licence/license, defence/defense, offence/offense, pretence/pretense',
    pattern: /^(lic|def|off|pret)enc(e|es)$/u,
    replace: '$1ens$2',
    examples: [
      ['licence', 'license'],
      ['licences', 'licenses'],
      ['defence', 'defense'],
    ],
  },
  {
    name: 'practise/practice (the verb)',
    pattern: /^practis(e|es|ed|ing)$/u,
    replace: 'practic$1',
    examples: [
      ['practise', 'practice'],
      ['practised', 'practiced'],
    ],
  },
  {
    name: '-yse/-yze',
    pattern: /^(.{2,})ys(e|es|ed|ing|er|ers)$/u,
    replace: '$1yz$2',
    examples: [
      ['analyse', 'analyze'],
      ['analysed', 'analyzed'],
      ['catalysing', 'catalyzing'],
    ],
  },
  {
    name: '-ise/-ize, -isation/-ization',
    pattern: /^(.{2,})is(e|es|ed|ing|er|ers|ation|ations|ational)$/u,
    replace: '$1iz$2',
    examples: [
      ['organise', 'organize'],
      ['digitised', 'digitized'],
      ['internationalisation', 'internationalization'],
      ['standardisation', 'standardization'],
      ['prioritising', 'prioritizing'],
    ],
  },
  {
    name: '-tre/-ter, -bre/-ber',
    pattern: /^(.{2,}[tb])r(e|es|ed|ing)$/u,
    replace: (_, stem: string, ending: string) => `${stem}er${RE_ENDING[ending]}`,
    examples: [
      ['centre', 'center'],
      ['centres', 'centers'],
      ['centred', 'centered'],
      ['metre', 'meter'],
      ['fibre', 'fiber'],
    ],
  },
  {
    name: '-our/-or',
    pattern: /^(.{3,})our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less|hood|hoods|ism)?$/u,
    replace: '$1or$2',
    examples: [
      ['colour', 'color'],
      ['favourable', 'favorable'],
      ['labour', 'labor'],
      ['behaviours', 'behaviors'],
      ['neighbourhood', 'neighborhood'],
    ],
  },
  {
    name: '-mme/-m',
    pattern: /^(.{3,})mme(s)?$/u,
    replace: '$1m$2',
    examples: [
      ['programme', 'program'],
      ['programmes', 'programs'],
    ],
  },
  {
    name: '-ogue/-og',
    pattern: /^(.+[ao]l)ogue(s)?$/u,
    replace: '$1og$2',
    examples: [
      ['catalogue', 'catalog'],
      ['dialogues', 'dialogs'],
    ],
  },
  {
    name: '-ll-/-l- before an ending',
    pattern: /^(.{2,}[aeiou])ll(ed|ing|er|ers)$/u,
    replace: '$1l$2',
    examples: [
      ['travelled', 'traveled'],
      ['modelling', 'modeling'],
      ['labelled', 'labeled'],
    ],
  },
  {
    name: '-dgement/-dgment',
    pattern: /^(.+)dgement(s)?$/u,
    replace: '$1dgment$2',
    examples: [
      ['judgement', 'judgment'],
      ['acknowledgements', 'acknowledgments'],
    ],
  },
];

/**
 * A lower-case English word as search compares it: British and American spellings have the same fold. Each part
 * of a hyphenated word is folded on its own (data-centre → data-center).
 */
export function foldSpelling(word: string): string {
  if (word.includes('-')) return word.split('-').map(foldSpelling).join('-');
  for (const rule of SPELLING_RULES) {
    if (rule.pattern.test(word)) return word.replace(rule.pattern, rule.replace as string);
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
