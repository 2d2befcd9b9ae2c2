// British and American spellings fold together by rule; words that only look alike stay apart.
import { describe, expect, it } from 'vitest';
import { foldSpelling, SPELLING_RULES, spellingsOf, spellingTable } from '../../src/lib/search-spelling';
import { matchesAll, parseQuery } from '../../src/lib/search-match';
import { stem } from 'porter2';

describe('foldSpelling', () => {
  for (const rule of SPELLING_RULES) {
    it(`folds ${rule.name}: British and American forms have the same fold, the American form is kept`, () => {
      for (const [british, american] of rule.examples) {
        expect(foldSpelling(british), british).toBe(foldSpelling(american));
        expect(
          SPELLING_RULES.find((r) => r.pattern.test(american)),
          american,
        ).not.toBe(rule);
      }
    });
  }

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
