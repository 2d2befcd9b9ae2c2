// The query pipeline's pure parts: alias keys, the stored alias table, traditional readings, the echoed query.
import { describe, expect, it } from 'vitest';
import {
  aliasQueryKey,
  echoText,
  packAliases,
  unpackAliases,
  type AliasKind,
  type AliasRow,
} from '../../src/search/readings';
import { ALIAS_KINDS } from '../../src/content-check/schemas';
import zhStrings from '../../src/locale/strings/zh.json';
import enStrings from '../../src/locale/strings/en.json';
import { simplifiedReadings } from '../../src/search/traditional';
import { limitQuery, MAX_QUERY } from '../../src/search/query';
import { traditionalTable } from '../../src/search/words-node';

describe('aliasQueryKey', () => {
  it('folds width, case, quotes, spaces and British spelling', () => {
    expect(aliasQueryKey('  “Regulatory   Sandbox” ', 'en')).toBe('regulatory sandbox');
    expect(aliasQueryKey('Shanghai fintech centre', 'en')).toBe('shanghai fintech center');
    expect(aliasQueryKey('ｅ－ＣＮＹ', 'en')).toBe('e-cny');
    expect(aliasQueryKey('中国（上海）自由贸易试验区', 'zh')).toBe('中国(上海)自由贸易试验区');
  });
});

describe('packAliases', () => {
  it('stores rows with the same target once and reads them back unchanged', () => {
    const table: Record<string, AliasRow> = {
      'regulatory sandbox': { search: ['fintech innovation regulatory pilots'], kind: 'everyday', ref: 'glossary/#x' },
      sandbox: { search: ['fintech innovation regulatory pilots'], kind: 'everyday', ref: 'glossary/#x' },
      ftz: { search: ['China (Shanghai) Pilot Free Trade Zone'], kind: 'abbreviation', ref: 'glossary/#y' },
    };
    const packed = packAliases(table);
    expect(packed).toHaveLength(2);
    expect(unpackAliases(packed)).toEqual(table);
  });
});

describe('traditional characters', () => {
  const table = traditionalTable(new Set([...'区块链金融着著发干']));

  it('lists only characters whose simplified form the index has, each with every such form', () => {
    expect(table['區']).toBe('区');
    expect(table['鏈']).toBe('链');
    expect(table['發']).toBe('发');
    expect(table['髮']).toBe('发');
    expect(table['金']).toBeUndefined();
    expect(table['億']).toBeUndefined();
    expect(table['著']).toBeUndefined();
    expect(table['乾']).toBe('干');
  });

  it('reads a query in every simplified reading, and characters of the simplified text as themselves', () => {
    expect(simplifiedReadings('區塊鏈', table)).toEqual(['区块链']);
    expect(simplifiedReadings('区块链', table)).toEqual(['区块链']);
    expect(simplifiedReadings('顯著', table)).toEqual(['顯著']);
    expect(simplifiedReadings('AB', { A: 'xy', B: 'z' })).toEqual(['xz', 'yz']);
  });
});

describe('echoText', () => {
  it('drops bidirectional and control characters', () => {
    expect(echoText('\u202eevil.example/login')).toBe('evil.example/login');
    expect(echoText('a\u0000b\u001bc\u2066d\u2069\u200fe')).toBe('abcde');
  });

  it('caps the echo at 60 characters with an ellipsis', () => {
    const long = 'x'.repeat(200);
    expect([...echoText(long)]).toHaveLength(60);
    expect(echoText(long).endsWith('…')).toBe(true);
    expect(echoText('区块链')).toBe('区块链');
    expect([...echoText('区'.repeat(900))]).toHaveLength(60);
  });
});

describe('limitQuery', () => {
  it('cuts a long query at a space before the limit and closes a quote the cut left open', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const cut = limitQuery(`"${words}"`);
    expect([...cut].length).toBeLessThanOrEqual(MAX_QUERY + 1);
    expect(cut.endsWith('"')).toBe(true);
    expect(
      cut
        .slice(1, -1)
        .split(' ')
        .every((w) => /^word\d+$/u.test(w)),
    ).toBe(true);
    expect(limitQuery(`“${'区'.repeat(300)}`)).toBe(`“${'区'.repeat(MAX_QUERY - 1)}”`);
    expect(limitQuery('short "quote')).toBe('short "quote');
  });
});

describe('alias kinds', () => {
  it('are the same in the glossary schema, the browser code and both languages’ strings', () => {
    const kinds: AliasKind[] = [...ALIAS_KINDS];
    for (const strings of [zhStrings, enStrings])
      expect(Object.keys(strings.searchReading.kind).sort()).toEqual(kinds.sort());
  });
});
