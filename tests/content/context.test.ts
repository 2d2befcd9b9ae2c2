// Context facts (reference/context.ts): sources checked, problems naming file and field; the real context.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckedContent, loadReferenceContent } from '../../src/content-check/check-node';
import { buildContext } from '../../src/reference/context';

const contentDir = path.resolve('content');
const plans = loadCheckedContent(contentDir);
const reference = loadReferenceContent(contentDir, plans);

describe('buildContext', () => {
  const sources = { S2: { title: { zh: '来源', en: 'Source' }, url: 'https://example.org/s2' } };
  const fact = (extra: object) => ({
    id: 'successor',
    section: 'successor',
    date: '2024-09-04',
    text: { zh: '事实。', en: 'A fact.' },
    sources: ['S2'],
    ...extra,
  });
  const problemsOf = (facts: unknown, src: unknown = sources) => {
    const problems: string[] = [];
    buildContext(facts, src, plans.zh, problems);
    return problems;
  };

  it('resolves sources, site links and sentences of the plan', () => {
    const problems: string[] = [];
    const [built] = buildContext(
      [fact({ sources: ['S2', '/plan/#target', 'tasks/19/#s2'] })],
      sources,
      plans.zh,
      problems,
    );
    expect(problems).toEqual([]);
    expect(built!.sources).toEqual([
      { kind: 'external', id: 'S2', ...sources.S2 },
      { kind: 'site', path: '/plan/#target' },
      { kind: 'sentence', cite: 'tasks/19/#s2', type: 'task', number: 19, sentence: 2 },
    ]);
  });

  it('checks a sentence it cites like every citation, and refuses site paths into the items', () => {
    expect(problemsOf([fact({ sources: ['S2', 'tasks/19/#s9'] })])).toEqual([
      'content/context/facts.yaml: field "successor.sources": tasks/19/#s9 does not exist: task 19 has a title and 4 sentences (s1–s4)',
    ]);
    expect(problemsOf([fact({ sources: ['S2', '/tasks/19/#s2'] })])).toContainEqual(
      expect.stringMatching(/^content\/context\/facts\.yaml: field "successor\.sources\.1": must be a source id/u),
    );
  });

  it('names the fact and field of an unknown source, a bad date, a missing source list and a repeated id', () => {
    expect(problemsOf([fact({ sources: ['S2', 'S9'] })])).toEqual([
      'content/context/facts.yaml: field "successor.sources": S9 is not in content/context/sources.yaml',
    ]);
    expect(problemsOf([fact({ date: '4 Sept 2024' })])).toContainEqual(
      expect.stringMatching(/^content\/context\/facts\.yaml: field "successor\.date": /u),
    );
    expect(problemsOf([fact({ sources: [] })])).toEqual([
      expect.stringMatching(/^content\/context\/facts\.yaml: field "successor\.sources": /u),
      'content/context/sources.yaml: field "S2": no fact cites this source',
    ]);
    expect(problemsOf([fact({}), fact({})])).toEqual([
      'content/context/facts.yaml: field "successor.id": "successor" is used twice',
    ]);
  });

  it('rejects a source without an https address', () => {
    for (const url of ['example.org', 'http://example.org/s2'])
      expect(problemsOf([fact({})], { S2: { title: sources.S2.title, url } })).toEqual([
        expect.stringMatching(/^content\/context\/sources\.yaml: field "S2\.url": /u),
      ]);
  });

  it('the real context names the 2024 successor plan with its number and sources', () => {
    const successor = reference.context.find((f) => f.text.zh.includes('沪府办发〔2024〕14号'));
    expect(successor?.section).toBe('successor');
    expect(successor?.date).toBe('2024-09-04');
    expect(
      successor?.sources.some((s) => s.kind === 'external' && s.url.startsWith('https://english.shanghai.gov.cn/')),
    ).toBe(true);
  });
});
