// The one citation syntax of content/ (tasks/14/#s4, tasks/14/#title) and its resolver.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckedContent } from '../../src/content-check/check-node';
import { bodySentences, formatRef, parseRef, resolveRef, sentenceId, sentenceNumber } from '../../src/plan/refs';

const plans = loadCheckedContent(path.resolve('content'));

describe('sentence numbering', () => {
  it('numbers the body from 1 and gives the title its own anchor', () => {
    expect(sentenceId(0)).toBe('title');
    expect(sentenceId(1)).toBe('s1');
    expect(sentenceId(12)).toBe('s12');
    expect(sentenceNumber('title')).toBe(0);
    expect(sentenceNumber('s3')).toBe(3);
    for (const bad of ['s0', 's', 'p3', 'S3', 's03', '']) expect(sentenceNumber(bad), bad).toBeUndefined();
  });

  it('lists the body sentences of an item as readers count them', () => {
    const task7 = plans.zh.tasks[6]!;
    const body = bodySentences(task7);
    expect(body.map(([n]) => n)).toEqual([1, 2, 3]);
    expect(body[0]![1]).toBe('以生物识别、智能语音交互、情景感知等技术为支撑，推进智慧银行建设。');
    expect(body).toHaveLength(task7.sentences.length - 1);
  });
});

describe('parseRef and formatRef', () => {
  it('reads the URL form and writes it back', () => {
    expect(parseRef('tasks/19/#s3')).toEqual({ type: 'task', number: 19, sentence: 3 });
    expect(parseRef('goals/2/#title')).toEqual({ type: 'goal', number: 2, sentence: 0 });
    expect(parseRef('principles/4/#s1')).toEqual({ type: 'principle', number: 4, sentence: 1 });
    for (const ref of ['tasks/19/#s3', 'goals/2/#title', 'principles/4/#s1'])
      expect(formatRef(parseRef(ref)!)).toBe(ref);
  });

  it('refuses every other form, including the old ones', () => {
    for (const bad of [
      '/tasks/19/#s3',
      'tasks/19#s3',
      'tasks/19/s3',
      'tasks/19/#s0',
      'tasks/019/#s3',
      'tasks/19/#p3',
      'tasks/19',
      'task/19/#s3',
      'tasks/19/#s3 ',
    ]) {
      expect(parseRef(bad), bad).toBeUndefined();
    }
  });
});

describe('resolveRef', () => {
  it('finds the cited sentence in each language', () => {
    const zh = resolveRef(plans.zh, 'tasks/7/#s2');
    const en = resolveRef(plans.en, 'tasks/7/#s2');
    expect(typeof zh).toBe('object');
    expect((zh as Exclude<typeof zh, string>).text).toBe(plans.zh.tasks[6]!.sentences[2]);
    expect((en as Exclude<typeof en, string>).text).toMatch(/^Strengthen the role of fintech/u);
    expect((resolveRef(plans.en, 'tasks/7/#title') as { text: string }).text).toBe(
      'Focus on advancing the development of smart banking.',
    );
  });

  it('says what is wrong with a citation that does not resolve', () => {
    expect(resolveRef(plans.zh, 'tasks/26/#s1')).toBe('tasks/26/#s1 does not exist: there are 25 tasks');
    expect(resolveRef(plans.zh, 'tasks/7/#s4')).toBe(
      'tasks/7/#s4 does not exist: task 7 has a title and 3 sentences (s1–s3)',
    );
    expect(resolveRef(plans.zh, 'tasks/7/#s0')).toMatch(/is not a sentence citation: write it like tasks\/14\/#s4/u);
  });
});
