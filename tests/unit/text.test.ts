// Text helpers (plan/text.ts): fidelity normalisation, sentence splitting, body lines, headings, summaries.
import { describe, expect, it } from 'vitest';
import {
  bodyLines,
  headingFromSentence,
  normalizeForFidelity,
  splitChineseSentences,
  summarize,
} from '../../src/plan/text';

describe('normalizeForFidelity', () => {
  it('treats full-width and ASCII punctuation alike and ignores whitespace', () => {
    expect(normalizeForFidelity('消费者（投资者）， 权益：')).toBe(normalizeForFidelity('消费者(投资者),权益:'));
  });
  it('keeps characters that differ after NFKC', () => {
    expect(normalizeForFidelity('临港')).not.toBe(normalizeForFidelity('临巷'));
    expect(normalizeForFidelity('“两城”')).not.toBe(normalizeForFidelity('"两城"'));
  });
});

describe('splitChineseSentences', () => {
  it('splits after 。！？ and keeps closing quotes with their sentence', () => {
    expect(splitChineseSentences('一句。两句！三句？')).toEqual(['一句。', '两句！', '三句？']);
    expect(splitChineseSentences('他说“好。”然后走了。')).toEqual(['他说“好。”', '然后走了。']);
  });
  it('keeps a trailing fragment without terminal punctuation', () => {
    expect(splitChineseSentences('一句。没有句号')).toEqual(['一句。', '没有句号']);
    expect(splitChineseSentences('  ')).toEqual([]);
  });
});

describe('bodyLines and headings', () => {
  it('reads one sentence per non-empty line', () => {
    expect(bodyLines('\n第一句。\r\n\n  第二句。  \n')).toEqual(['第一句。', '第二句。']);
  });
  it('drops the final full stop of a title', () => {
    expect(headingFromSentence('加强新兴技术研发创新。')).toBe('加强新兴技术研发创新');
    expect(headingFromSentence('Strengthen R&D.')).toBe('Strengthen R&D');
  });
  it('summarizes at a word boundary', () => {
    expect(summarize('short', 10)).toBe('short');
    expect(summarize('one two three four five', 16)).toBe('one two three…');
    expect(summarize('一二三四五六七八九十', 6)).toBe('一二三四五…');
  });
});
