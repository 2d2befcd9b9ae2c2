// Parallel text of the real plan: every item and the whole document aligned, in order, with the full-text ids.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckedContent } from '../../src/content-check/check-node';
import { alignItem, alignPlan } from '../../src/press/parallel';
import { ITEM_FOLDERS } from '../../src/plan/items';

const plans = loadCheckedContent(path.resolve('content'));

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
