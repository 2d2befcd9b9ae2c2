// Parallel text (press/parallel.ts): sentence n of the Chinese beside sentence n of the English.
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/press/parallel';

describe('alignSentences', () => {
  it('pairs line n with line n and numbers the pairs from 1 with the given id prefix', () => {
    expect(alignSentences(['甲。', '乙。'], ['A.', 'B.'], 'task-7-')).toEqual([
      { id: 'task-7-p1', n: 1, zh: '甲。', en: 'A.' },
      { id: 'task-7-p2', n: 2, zh: '乙。', en: 'B.' },
    ]);
  });

  it('refuses texts that do not align, naming where', () => {
    expect(() => alignSentences(['甲。'], ['A.', 'B.'], '', 'content/tasks/*/07.mdx')).toThrow(
      /content\/tasks\/\*\/07\.mdx: 1 Chinese but 2 English sentences/u,
    );
  });
});
