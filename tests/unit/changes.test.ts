// The corrections log: its schema, references that must resolve, stable entry ids, revisions per item.
import { describe, expect, it } from 'vitest';
import {
  buildChanges,
  changeTitle,
  refProblem,
  revisionsOf,
  translationVersion,
  type ChangeTargets,
} from '../../src/trust/changes';

const fixture: ChangeTargets = {
  items: new Map([
    ['tasks/23', 5],
    ['goals/2', 2],
  ]),
  sections: new Map([['ideology', 1]]),
  about: new Set(['in-force', 'about-status']),
  glossary: new Set(['pboc']),
  themes: new Set(['payments']),
  zones: new Set(['lingang']),
};
const summary = { zh: '修正。', en: 'Fixed.' };

describe('corrections log', () => {
  it('resolves every kind of reference it allows', () => {
    for (const ref of [
      'tasks/23/',
      'tasks/23/#s5',
      'plan/',
      'plan/#ideology-s1',
      'glossary/',
      'glossary/#pboc',
      'about/#in-force',
      'about/#about-status',
      'themes/payments/',
      'map/#zone-lingang',
      'map/',
    ])
      expect(refProblem(ref, fixture), ref).toBeUndefined();
  });

  it('names references that point at nothing', () => {
    expect(refProblem('tasks/24/', fixture)).toBe('tasks/24/: no such item');
    expect(refProblem('tasks/23/#s6', fixture)).toBe('tasks/23/#s6: no sentence #s6 in tasks/23');
    expect(refProblem('plan/#ideology-s2', fixture)).toMatch(/no sentence/u);
    expect(refProblem('glossary/#nope', fixture)).toMatch(/no glossary term "nope"/u);
    expect(refProblem('about/#gone', fixture)).toMatch(/no fact or section "gone"/u);
    expect(refProblem('themes/nope/', fixture)).toMatch(/no theme "nope"/u);
    expect(refProblem('map/#zone-mars', fixture)).toMatch(/no zone/u);
    expect(refProblem('news/', fixture)).toMatch(/no such page/u);
  });

  it('fails naming file and field: schema, order of dates, references', () => {
    const problems: string[] = [];
    buildChanges(
      [
        { date: '2026-11-01', items: ['tasks/23/'], summary },
        { date: '2026-12-01', items: ['tasks/99/#s1'], summary },
        { date: '2026-1-1', items: [], summary: { zh: '' } },
      ],
      fixture,
      problems,
    );
    expect(problems.join('\n')).toMatch(/content\/changes\.yaml: field "2\.date"/u);
    expect(problems.join('\n')).toMatch(/field "2\.summary\.en"/u);
    const ordered: string[] = [];
    buildChanges(
      [
        { date: '2026-11-01', items: ['tasks/23/'], summary },
        { date: '2026-12-01', items: ['tasks/99/#s1'], summary },
      ],
      fixture,
      ordered,
    );
    expect(ordered).toEqual([
      'content/changes.yaml: field "1.date": newest first, but 2026-12-01 follows 2026-11-01',
      'content/changes.yaml: field "1.items.0": tasks/99/#s1: no such item',
    ]);
  });

  it('gives stable ids counted from the oldest entry of a day, and finds an item’s revisions', () => {
    const problems: string[] = [];
    const changes = buildChanges(
      [
        { date: '2026-12-01', items: ['tasks/23/#s4'], summary },
        { date: '2026-12-01', items: ['goals/2/#s2'], summary },
        { date: '2026-11-26', items: ['plan/'], summary },
      ],
      fixture,
      problems,
    );
    expect(problems).toEqual([]);
    expect(changes.map((c) => c.id)).toEqual(['c2026-12-01-2', 'c2026-12-01', 'c2026-11-26']);
    expect(revisionsOf(changes, 'tasks/23/').map((c) => c.id)).toEqual(['c2026-12-01-2', 'c2026-11-26']);
    expect(revisionsOf(changes, 'tasks/1/').map((c) => c.id)).toEqual(['c2026-11-26']);
    expect(translationVersion(changes)).toEqual({ version: '2.0', date: '2026-12-01' });
  });

  it('titles a feed item with the first sentence of its summary', () => {
    expect(changeTitle('Plainer English for ten lines (no change): goal 2. More.')).toBe(
      'Plainer English for ten lines (no change)',
    );
    expect(changeTitle('事实核查修正（术语说明）：张江。')).toBe('事实核查修正（术语说明）');
    expect(changeTitle('First publication. The rest.')).toBe('First publication');
    expect(changeTitle('事实核查中未能完全照改的几项及原因。本站')).toBe('事实核查中未能完全照改的几项及原因');
  });
});
