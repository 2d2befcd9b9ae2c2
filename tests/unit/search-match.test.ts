// Search semantics: query parsing, exact Chinese matching, English stems and phrases, highlights and excerpts.
import { describe, expect, it } from 'vitest';
import { stem } from 'porter2';
import { checkedClauses, pagefindQueries } from '../../src/search/pagefind';
import { excerpt } from '../../src/search/excerpt';
import { findClause, highlightRanges, matchesAll } from '../../src/search/match';
import { foldChinese } from '../../src/search/fold';
import { otherLanguageMayMatch, parseQuery, type Clause } from '../../src/search/query';

const term = (text: string): Clause => ({ text, phrase: false });
const phrase = (text: string): Clause => ({ text, phrase: true });
const marked = (text: string, clauses: Clause[], lang: 'zh' | 'en') =>
  excerpt(text, highlightRanges(text, clauses, lang, stem), 1000)
    .map((s) => (s.hit ? `[${s.text}]` : s.text))
    .join('');

describe('parseQuery', () => {
  it('splits Chinese at spaces (also the ideographic space) and keeps quoted phrases whole', () => {
    expect(parseQuery('区块链 人才', 'zh')).toEqual([term('区块链'), term('人才')]);
    expect(parseQuery('区块链\u3000人才', 'zh')).toEqual([term('区块链'), term('人才')]);
    expect(parseQuery('"移动 支付" 临港', 'zh')).toEqual([phrase('移动支付'), term('临港')]);
    expect(parseQuery('“金融科技”', 'zh')).toEqual([phrase('金融科技')]);
    expect(parseQuery('「科创板」', 'zh')).toEqual([phrase('科创板')]);
  });

  it('folds full-width letters and case, and trims punctuation around Chinese terms', () => {
    expect(parseQuery('５Ｇ　金融', 'zh')).toEqual([term('5g'), term('金融')]);
    expect(parseQuery('CIPS，', 'zh')).toEqual([term('cips')]);
    expect(parseQuery('《区块链》', 'zh')).toEqual([term('区块链')]);
  });

  it('splits English into words and keeps hyphenated names and phrases', () => {
    expect(parseQuery('STAR Market', 'en')).toEqual([term('star'), term('market')]);
    expect(parseQuery('Lin-gang payments,', 'en')).toEqual([term('lin-gang'), term('payments')]);
    expect(parseQuery('"smart  banking" talent', 'en')).toEqual([phrase('smart banking'), term('talent')]);
    expect(parseQuery('people’s R&D', 'en')).toEqual([term("people's"), term('r&d')]);
  });

  it('gives nothing for empty or punctuation-only input, and drops repeated terms', () => {
    expect(parseQuery('   ', 'zh')).toEqual([]);
    expect(parseQuery('，。', 'zh')).toEqual([]);
    expect(parseQuery('?!', 'en')).toEqual([]);
    expect(parseQuery('talent Talent', 'en')).toEqual([term('talent')]);
  });

  it('an unclosed quote makes the rest a phrase', () => {
    expect(parseQuery('临港 "金融科技', 'zh')).toEqual([term('临港'), phrase('金融科技')]);
  });
});

describe('pagefindQueries', () => {
  it('asks for Chinese as a phrase of single characters, as it is indexed', () => {
    expect(pagefindQueries(term('区块链'), 'zh')).toEqual([['"区 块 链"']]);
    expect(pagefindQueries(term('币'), 'zh')).toEqual([['币']]);
    expect(pagefindQueries(term('集聚20家'), 'zh')).toEqual([['"集 聚 20 家"']]);
  });

  it('leaves a Latin word or number at the edge of a Chinese term to the exact check', () => {
    expect(pagefindQueries(term('指数etf'), 'zh')).toEqual([['"指 数"']]);
    expect(pagefindQueries(term('0家'), 'zh')).toEqual([['家']]);
    expect(pagefindQueries(term('cips'), 'zh')).toEqual([['cips']]);
    expect(pagefindQueries(phrase('，'), 'zh')).toEqual([]);
  });

  it('asks for each run of a Chinese clause between punctuation (the exact check sees the punctuation)', () => {
    expect(pagefindQueries(term('两城、一带、一港'), 'zh')).toEqual([['"两 城"'], ['"一 带"'], ['"一 港"']]);
    expect(pagefindQueries(term('互联网+医疗健康+保险'), 'zh')).toEqual([
      ['"互 联 网"'],
      ['"医 疗 健 康"'],
      ['"保 险"'],
    ]);
  });

  it('asks for English words as one-word Pagefind phrases (whole words by stem), a phrase word by word', () => {
    expect(pagefindQueries(term('payments'), 'en')).toEqual([['"payments"']]);
    expect(pagefindQueries(term('lin-gang'), 'en')).toEqual([['"lin-gang"']]);
    expect(pagefindQueries(phrase('smart banking'), 'en')).toEqual([['"smart"'], ['"banking"']]);
  });

  it('asks for an English word in every spelling of the index with its fold', () => {
    const spellings = { supervize: ['supervise', 'supervised'] };
    expect(pagefindQueries(term('center'), 'en', spellings)).toEqual([['"center"']]);
    expect(pagefindQueries(term('supervize'), 'en', spellings)).toEqual([['"supervise"', '"supervised"']]);
  });
});

describe('Chinese matching', () => {
  const text = '推进临港新片区建设，完善人民币跨境支付系统（CIPS）。';

  it('finds two-character words inside longer words', () => {
    expect(matchesAll(text, [term('临港')], 'zh')).toBe(true);
    expect(matchesAll(text, [term('支付')], 'zh')).toBe(true);
    expect(matchesAll(text, [term('港新')], 'zh')).toBe(true);
  });

  it('does not match a text that only shares characters with the query', () => {
    expect(matchesAll(text, [term('港口')], 'zh')).toBe(false);
    expect(matchesAll(text, [term('比特币')], 'zh')).toBe(false);
  });

  it('needs every term, and a phrase only in its order', () => {
    expect(matchesAll(text, [term('临港'), term('支付')], 'zh')).toBe(true);
    expect(matchesAll(text, [term('临港'), term('比特币')], 'zh')).toBe(false);
    expect(matchesAll(text, [phrase('跨境支付')], 'zh')).toBe(true);
    expect(matchesAll(text, [phrase('支付跨境')], 'zh')).toBe(false);
  });

  it('matches Latin words in Chinese text without case, but only from the start of the word', () => {
    expect(matchesAll(text, [term('cips')], 'zh')).toBe(true);
    expect(matchesAll(text, [term('ips')], 'zh')).toBe(false);
    expect(matchesAll('加强5G等领域', [term('5g')], 'zh')).toBe(true);
    expect(matchesAll('设立指数ETF产品', [term('数etf')], 'zh')).toBe(true);
  });

  it('ignores the zero-width spaces of the index and full-width forms', () => {
    expect(matchesAll('区\u200b块\u200b链', [term('区块链')], 'zh')).toBe(true);
    expect(matchesAll('发展５Ｇ网络', parseQuery('5G', 'zh'), 'zh')).toBe(true);
  });

  it('highlights every occurrence in the original text', () => {
    expect(marked(text, [term('支付'), term('临港')], 'zh')).toBe(
      '推进[临港]新片区建设，完善人民币跨境[支付]系统（CIPS）。',
    );
    expect(marked('ＣＩＰＳ系统', [term('cips')], 'zh')).toBe('[ＣＩＰＳ]系统');
  });

  it('keeps offsets right around characters outside the basic plane', () => {
    expect(marked('𠮷金融科技', [term('金融')], 'zh')).toBe('𠮷[金融]科技');
    expect(marked('金融𠮷科技', [term('融𠮷')], 'zh')).toBe('金[融𠮷]科技');
  });

  it('folds text with a map back to the original characters', () => {
    const folded = foldChinese('Ａ Ｂ 区\u200b块');
    expect(folded.text).toBe('a b区块');
    expect(folded.at.slice(0, folded.text.length)).toEqual([0, 1, 2, 4, 6]);
  });
});

describe('English matching', () => {
  const text =
    'Keep improving payment and settlement services, and raise the Cross-border Interbank Payment System (CIPS). ' +
    'Support the Lin-gang Special Area and companies listed on the STAR Market. Regulators start a sandbox.';
  const q = (query: string) => matchesAll(text, parseQuery(query, 'en'), 'en', stem);

  it('matches by stem: payments finds payment, regulation finds regulators', () => {
    expect(q('payments')).toBe(true);
    expect(q('regulation')).toBe(true);
    expect(q('regulatory')).toBe(false);
  });

  it('matches whole words, not prefixes of longer words', () => {
    expect(q('pay')).toBe(false);
    expect(q('star')).toBe(true);
    expect(q('sta')).toBe(false);
    expect(q('art')).toBe(false);
  });

  it('finds official names however they are typed', () => {
    expect(q('CIPS')).toBe(true);
    expect(q('STAR Market')).toBe(true);
    expect(q('Lin-gang')).toBe(true);
    expect(q('Lingang')).toBe(true);
    expect(q('lin gang')).toBe(true);
    expect(q('border')).toBe(true);
  });

  it('needs every word, and a quoted phrase in order', () => {
    expect(q('payment bitcoin')).toBe(false);
    expect(q('"settlement services"')).toBe(true);
    expect(q('"services settlement"')).toBe(false);
    expect(q('"star market"')).toBe(true);
    expect(q('"lin gang special area"')).toBe(true);
    expect(matchesAll('big-data-enabled farming', parseQuery('"big data"', 'en'), 'en', stem)).toBe(true);
    expect(marked('use big-data-enabled tools', [phrase('big data')], 'en')).toBe('use [big-data]-enabled tools');
  });

  it('highlights words with the stem, and whole phrases', () => {
    expect(marked('Payment and payments, not pay.', [term('payment')], 'en')).toBe(
      '[Payment] and [payments], not pay.',
    );
    expect(marked('the STAR Market board', [phrase('star market')], 'en')).toBe('the [STAR Market] board');
  });

  it('refuses to match English without a stemmer rather than guess', () => {
    expect(() => findClause('text', term('text'), 'en')).toThrow(/stemmer/u);
  });
});

describe('excerpt', () => {
  it('returns the whole text when it is short enough', () => {
    expect(excerpt('abc', [{ start: 1, end: 2 }], 10)).toEqual([
      { text: 'a', hit: false },
      { text: 'b', hit: true },
      { text: 'c', hit: false },
    ]);
  });

  it('cuts English between words', () => {
    const text = 'alpha beta gamma delta epsilon zeta HIT eta theta iota kappa lambda';
    const shown = excerpt(text, [{ start: 36, end: 39 }], 30).map((p) => p.text);
    expect(shown[0]).toBe('…');
    expect(shown.at(-1)).toBe('…');
    const words = shown.slice(1, -1).join('').trim().split(' ');
    expect(words).toContain('HIT');
    expect(words.every((w) => text.split(' ').includes(w))).toBe(true);
  });

  it('cuts a long text around the first highlight, marking the cuts', () => {
    const text = 'x'.repeat(100) + 'HIT' + 'y'.repeat(100);
    const parts = excerpt(text, [{ start: 100, end: 103 }], 30);
    expect(parts[0]).toEqual({ text: '…', hit: false });
    expect(parts.at(-1)).toEqual({ text: '…', hit: false });
    expect(parts.find((p) => p.hit)?.text).toBe('HIT');
    expect(
      parts
        .slice(1, -1)
        .map((p) => p.text)
        .join('').length,
    ).toBe(30);
  });
});

describe('checkedClauses', () => {
  it('checks every Chinese clause, and only the phrases of English (Pagefind decides English words)', () => {
    expect(checkedClauses([term('人才'), phrase('移动支付')], 'zh')).toEqual([term('人才'), phrase('移动支付')]);
    expect(checkedClauses([term('talent'), phrase('smart banking')], 'en')).toEqual([phrase('smart banking')]);
  });
});

describe('otherLanguageMayMatch', () => {
  it('tries the other language for Chinese typed on the English site and for Latin typed on the Chinese site', () => {
    expect(otherLanguageMayMatch('区块链', 'en')).toBe(true);
    expect(otherLanguageMayMatch('blockchain', 'zh')).toBe(true);
    expect(otherLanguageMayMatch('paym', 'en')).toBe(false);
    expect(otherLanguageMayMatch('比特币', 'zh')).toBe(false);
  });
});
