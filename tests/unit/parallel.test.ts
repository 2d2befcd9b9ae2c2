// Parallel text (press/parallel.ts): sentence n of the Chinese beside sentence n of the English.
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/press/parallel';

describe('alignSentences', () => {
  it('pairs line n with line n, with the sentence ids of the page and the given id prefix', () => {
    expect(alignSentences(['甲。', '乙。'], ['A.', 'B.'], 'preamble-')).toEqual([
      { id: 'preamble-s1', n: 1, zh: '甲。', en: 'A.' },
      { id: 'preamble-s2', n: 2, zh: '乙。', en: 'B.' },
    ]);
    expect(alignSentences(['题。', '甲。'], ['T.', 'A.'], 'task-7-', 'x', 0)).toEqual([
      { id: 'task-7-title', n: 0, zh: '题。', en: 'T.' },
      { id: 'task-7-s1', n: 1, zh: '甲。', en: 'A.' },
    ]);
  });

  it('refuses texts that do not align, naming where', () => {
    expect(() => alignSentences(['甲。'], ['A.', 'B.'], '', 'content/tasks/*/07.mdx')).toThrow(
      /content\/tasks\/\*\/07\.mdx: 1 Chinese but 2 English sentences/u,
    );
  });
});
