// The document outline (plan/outline.ts): one reading order for the full text, parallel text, fidelity and glossary.
import { describe, expect, it } from 'vitest';
import { documentOutline, textBlocks } from '../../src/plan/outline';
import type { Plan, PlanItem } from '../../src/plan/types';

const item = (type: PlanItem['type'], number: number, group?: number): PlanItem => ({
  type,
  number,
  id: `${type}-${number}`,
  sentences: [`${type} ${number}.`],
  title: `${type} ${number}`,
  ...(group === undefined ? {} : { group }),
  file: `content/${type}s/zh/${number}.mdx`,
});
const tasks = [item('task', 1, 1), item('task', 2, 1), item('task', 3, 2)];
const plan = {
  lang: 'zh',
  document: {
    title: 'Plan',
    headings: { ideology: 'Ideology', principles: 'Principles', goals: 'Goals', tasks: 'Tasks' },
  },
  sections: { notice: ['n.'], preamble: ['p.'], ideology: ['i.'], target: ['t.'], closing: ['c.'] },
  principles: [item('principle', 1)],
  goals: [item('goal', 1), item('goal', 2)],
  groups: [
    { number: 1, id: 'group-1', title: 'G1', tasks: tasks.slice(0, 2) },
    { number: 2, id: 'group-2', title: 'G2', tasks: tasks.slice(2) },
  ],
  tasks,
} as unknown as Plan;

describe('documentOutline', () => {
  it('lists the document in reading order: notice, title, preamble, the four parts with their text, closing', () => {
    expect(documentOutline(plan).map((b) => `${b.kind}:${b.id}`)).toEqual([
      'section:notice',
      'title:plan-title',
      'section:preamble',
      'part:ideology',
      'section:ideology',
      'part:principles',
      'item:principle-1',
      'part:goals',
      'section:target',
      'item:goal-1',
      'item:goal-2',
      'part:tasks',
      'group:group-1',
      'item:task-1',
      'item:task-2',
      'group:group-2',
      'item:task-3',
      'section:closing',
    ]);
  });

  it('numbers the parts 1 to 4 and gives each its heading', () => {
    const parts = documentOutline(plan).flatMap((b) => (b.kind === 'part' ? [[b.n, b.heading]] : []));
    expect(parts).toEqual([
      [1, 'Ideology'],
      [2, 'Principles'],
      [3, 'Goals'],
      [4, 'Tasks'],
    ]);
  });

  it('gives the text blocks (sections and items) alone, for walks over sentences', () => {
    expect(textBlocks(plan).map((b) => b.id)).toEqual([
      'notice',
      'preamble',
      'ideology',
      'principle-1',
      'target',
      'goal-1',
      'goal-2',
      'task-1',
      'task-2',
      'task-3',
      'closing',
    ]);
  });
});
