// Zone helpers (map/zones.ts, plan/marks.ts): keyword marks and a phrase link inside a sentence (citations: refs.test.ts).
import { describe, expect, it } from 'vitest';
import { marksAround, splitAround } from '../../src/plan/marks';
import { markKeywords } from '../../src/map/zones';

describe('zone helpers', () => {
  it('marks every keyword in a sentence, longest first', () => {
    expect(markKeywords('在陆家嘴金融城设立平台，陆家嘴', ['陆家嘴', '陆家嘴金融城'])).toEqual([
      { text: '在', mark: false },
      { text: '陆家嘴金融城', mark: true },
      { text: '设立平台，', mark: false },
      { text: '陆家嘴', mark: true },
    ]);
    expect(markKeywords('Lin-gang (a.b)', ['a.b'])).toEqual([
      { text: 'Lin-gang (', mark: false },
      { text: 'a.b', mark: true },
      { text: ')', mark: false },
    ]);
  });

  it('splits a sentence around the phrase to link, or says it is not there', () => {
    expect(splitAround('优化“两城、一带、一港”的布局', '“两城、一带、一港”')).toEqual([
      '优化',
      '“两城、一带、一港”',
      '的布局',
    ]);
    expect(splitAround('优化布局', '“两城、一带、一港”')).toBeUndefined();
  });

  it('keeps glossary marks before and after a linked phrase, and refuses one inside it', () => {
    const parts: [string, string, string] = ['optimizing the ', 'spatial layout', ' of "Two Cities"'];
    const marks = [
      { start: 0, end: 10, slug: 'optimizing' },
      { start: 34, end: 44, slug: 'two-cities' },
    ];
    expect(marksAround(marks, parts, 'tasks/14 s2')).toEqual([
      [{ start: 0, end: 10, slug: 'optimizing' }],
      [{ start: 5, end: 15, slug: 'two-cities' }],
    ]);
    expect(() => marksAround([{ start: 20, end: 26, slug: 'layout' }], parts, 'tasks/14 s2')).toThrow(
      /tasks\/14 s2: the glossary term "layout" overlaps the linked phrase "spatial layout"/u,
    );
  });
});
