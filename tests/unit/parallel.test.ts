// Parallel text: sentence n of the Chinese beside sentence n of the English, for items and the whole plan.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckedContent } from '../../src/content-check/check-node';
import { alignItem, alignPlan, alignSentences } from '../../src/press/parallel';
import { ITEM_FOLDERS } from '../../src/plan/items';

const plans = loadCheckedContent(path.resolve('content'));

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

describe('the real plan', () => {
  it('aligns every item, title first', () => {
    for (const key of ITEM_FOLDERS) {
      plans.zh[key].forEach((zh, i) => {
        const pairs = alignItem(zh, plans.en[key][i]!);
        expect(pairs.length, zh.file).toBe(zh.sentences.length);
        expect(pairs[0]!.zh).toBe(zh.sentences[0]);
        expect(pairs[0]!.en).toBe(plans.en[key][i]!.sentences[0]);
        expect(pairs.map((p) => p.id)).toEqual(zh.sentences.map((_, n) => (n === 0 ? 'title' : `s${n}`)));
      });
    }
  });

  it('covers the whole document in order, every sentence exactly once, with the full-text ids', () => {
    const blocks = alignPlan(plans.zh, plans.en);
    const zhSentences = blocks.flatMap((b) => b.pairs.map((p) => p.zh));
    const expected = [
      ...plans.zh.sections.notice,
      ...plans.zh.sections.preamble,
      ...plans.zh.sections.ideology,
      ...plans.zh.principles.flatMap((p) => p.sentences),
      ...plans.zh.sections.target,
      ...plans.zh.goals.flatMap((g) => g.sentences),
      ...plans.zh.tasks.flatMap((t) => t.sentences),
      ...plans.zh.sections.closing,
    ];
    expect(zhSentences).toEqual(expected);
    const ids = blocks.map((b) => b.id);
    expect(ids).toContain('task-25');
    expect(ids).toContain('group-5');
    expect(new Set(ids).size).toBe(ids.length);
    const pairIds = blocks.flatMap((b) => b.pairs.map((p) => p.id));
    expect(new Set(pairIds).size).toBe(pairIds.length);
  });

  it('gives part and group headings in both languages', () => {
    const headings = alignPlan(plans.zh, plans.en).filter((b) => b.heading);
    expect(headings.find((b) => b.id === 'tasks')?.heading).toEqual({
      zh: '四、重点任务',
      en: 'IV. Key Tasks',
      level: 2,
    });
    expect(headings.find((b) => b.id === 'group-1')?.heading?.level).toBe(3);
  });
});
