// British and American spellings fold together by rule; words that only look alike stay apart.
import { describe, expect, it } from 'vitest';
import { foldSpelling, SPELLING_RULES, spellingsOf, spellingTable } from '../../src/search/spelling';
import { matchesAll } from '../../src/search/match';
import { parseQuery } from '../../src/search/query';
import { stem } from 'porter2';

/** British → American examples of each rule, in the order of SPELLING_RULES. */
const EXAMPLES: [string, [string, string][]][] = [
  [
    'licence/license, defence/defense',
    [
      ['licence', 'license'],
      ['licences', 'licenses'],
      ['defence', 'defense'],
    ],
  ],
  [
    'practise/practice',
    [
      ['practise', 'practice'],
      ['practised', 'practiced'],
    ],
  ],
  [
    '-yse/-yze',
    [
      ['analyse', 'analyze'],
      ['analysed', 'analyzed'],
      ['catalysing', 'catalyzing'],
    ],
  ],
  [
    '-ise/-ize, -isation/-ization',
    [
      ['organise', 'organize'],
      ['digitised', 'digitized'],
      ['internationalisation', 'internationalization'],
      ['standardisation', 'standardization'],
      ['prioritising', 'prioritizing'],
    ],
  ],
  [
    '-tre/-ter, -bre/-ber',
    [
      ['centre', 'center'],
      ['centres', 'centers'],
      ['centred', 'centered'],
      ['metre', 'meter'],
      ['fibre', 'fiber'],
    ],
  ],
  [
    '-our/-or',
    [
      ['colour', 'color'],
      ['favourable', 'favorable'],
      ['labour', 'labor'],
      ['behaviours', 'behaviors'],
      ['neighbourhood', 'neighborhood'],
    ],
  ],
  [
    '-mme/-m',
    [
      ['programme', 'program'],
      ['programmes', 'programs'],
    ],
  ],
  [
    '-ogue/-og',
    [
      ['catalogue', 'catalog'],
      ['dialogues', 'dialogs'],
    ],
  ],
  [
    '-ll-/-l- before an ending',
    [
      ['travelled', 'traveled'],
      ['modelling', 'modeling'],
      ['labelled', 'labeled'],
    ],
  ],
  [
    '-dgement/-dgment',
    [
      ['judgement', 'judgment'],
      ['acknowledgements', 'acknowledgments'],
    ],
  ],
];

const ruleOf = (word: string) => SPELLING_RULES.findIndex(([pattern]) => pattern.test(word));

describe('foldSpelling', () => {
  it('has examples for every rule', () => expect(EXAMPLES).toHaveLength(SPELLING_RULES.length));

  EXAMPLES.forEach(([name, pairs], i) => {
    it(`folds ${name}: British and American forms have the same fold, the American form is kept`, () => {
      for (const [british, american] of pairs) {
        expect(ruleOf(british), british).toBe(i);
        expect(foldSpelling(british), british).toBe(foldSpelling(american));
        expect(ruleOf(american), american).not.toBe(i);
      }
    });
  });

  it('keeps the American word where the rules change nothing (center, color, program, license)', () => {
    for (const word of ['center', 'centers', 'centered', 'color', 'program', 'programs', 'license', 'analyze']) {
      expect(foldSpelling(word)).toBe(word);
    }
  });

  it('keeps apart short words that only look like a variant', () => {
    const pairs = [
      ['four', 'for'],
      ['our', 'or'],
      ['hour', 'hor'],
      ['tour', 'tor'],
      ['your', 'yor'],
      ['filled', 'filed'],
      ['rise', 'rize'],
      ['string', 'stering'],
      ['genre', 'gener'],
      ['acre', 'acer'],
      ['rogue', 'rog'],
    ];
    for (const [a, b] of pairs) expect(foldSpelling(a!), `${a} / ${b}`).not.toBe(foldSpelling(b!));
  });

  it('folds each part of a hyphenated word', () => {
    expect(foldSpelling('data-centre')).toBe('data-center');
  });
});

describe('spellingTable', () => {
  it('lists, by fold, the index words whose fold differs from them, with the fold itself if the index has it', () => {
    const table = spellingTable(['Supervise', 'supervised', 'center', 'color', 'programme', 'program']);
    expect(table).toEqual({ program: ['program', 'programme'], supervize: ['supervise'], supervized: ['supervised'] });
    expect(spellingsOf('supervise', table)).toEqual(['supervise']);
    expect(spellingsOf('centre', table)).toEqual(['center']);
    expect(spellingsOf('programmes', table)).toEqual(['programs']);
    expect(spellingsOf('programme', table)).toEqual(['program', 'programme']);
  });
});

describe('English matching with spelling folded', () => {
  const text = 'Build the Shanghai Fintech Center and an international financial center, organize programs.';
  it('finds the American text for British queries, as terms and as phrases', () => {
    expect(matchesAll(text, parseQuery('centre', 'en'), 'en', stem)).toBe(true);
    expect(matchesAll(text, parseQuery('"financial centre"', 'en'), 'en', stem)).toBe(true);
    expect(matchesAll(text, parseQuery('"organise programmes"', 'en'), 'en', stem)).toBe(true);
    expect(matchesAll(text, parseQuery('"financial centres"', 'en'), 'en', stem)).toBe(false);
  });

  it('finds a phrase before a possessive (STAR Market in STAR Market’s)', () => {
    expect(matchesAll('the SSE STAR Market’s IPO review', parseQuery('"STAR Market"', 'en'), 'en', stem)).toBe(true);
  });
});
