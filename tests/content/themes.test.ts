// Themes (reference/themes.ts) against the real plan: citations checked, problems naming file and field.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckedContent, loadReferenceContent } from '../../src/content-check/check-node';
import { buildThemes, citedCount, resolveRefs, themesOf } from '../../src/reference/themes';

const contentDir = path.resolve('content');
const plans = loadCheckedContent(contentDir);
const reference = loadReferenceContent(contentDir, plans);

const theme = (sentences: unknown, extra: object = {}) => ({
  key: 'payments',
  file: 'content/themes/payments.yaml',
  data: {
    category: 'sector',
    title: { zh: '支付', en: 'Payments' },
    summary: { zh: '支付。', en: 'Payments.' },
    sentences,
    ...extra,
  },
});
/** Problems about the theme file only (the fixture tags a single task, so the coverage check also speaks). */
const themeProblems = (record: ReturnType<typeof theme>) => {
  const problems: string[] = [];
  buildThemes([record], plans.zh, problems);
  return problems.filter((p) => p.startsWith('content/themes/'));
};

describe('buildThemes', () => {
  it('resolves citations in document order, each sentence once, ascending; the title is sentence 0', () => {
    const problems: string[] = [];
    const [built] = buildThemes(
      [theme(['tasks/6/#s3', 'goals/2/#s1', 'tasks/6/#s1', 'principles/2/#title'])],
      plans.zh,
      problems,
    );
    expect(problems.filter((p) => p.startsWith('content/themes/'))).toEqual([]);
    expect(built!.refs).toEqual([
      { type: 'principle', number: 2, sentences: [0] },
      { type: 'goal', number: 2, sentences: [1] },
      { type: 'task', number: 6, sentences: [1, 3] },
    ]);
    expect(citedCount(built!)).toBe(4);
    const task6 = plans.zh.tasks[5]!;
    expect(themesOf([built!], task6)).toEqual([built]);
    const cited = resolveRefs(built!, plans.en);
    expect(cited.at(-1)!.sentences.map((s) => s.text)).toEqual([
      plans.en.tasks[5]!.sentences[1],
      plans.en.tasks[5]!.sentences[3],
    ]);
    expect(cited.at(-1)!.sentences.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(cited[0]!.sentences).toEqual([{ n: 0, id: 'title', text: plans.en.principles[1]!.sentences[0] }]);
  });

  it('rejects a task that does not exist, naming the file and the field', () => {
    expect(themeProblems(theme(['tasks/7/#s1', 'tasks/26/#s1']))).toEqual([
      'content/themes/payments.yaml: field "sentences.1": tasks/26/#s1 does not exist: there are 25 tasks',
    ]);
  });

  it('rejects a sentence the item does not have', () => {
    expect(themeProblems(theme(['tasks/7/#s1', 'tasks/7/#s4']))).toEqual([
      'content/themes/payments.yaml: field "sentences.1": tasks/7/#s4 does not exist: task 7 has a title and 3 sentences (s1–s3)',
    ]);
  });

  it('rejects a malformed or old-style reference, a repeated sentence, an empty list and an unknown category', () => {
    expect(themeProblems(theme(['task/7/#s1']))).toEqual([
      expect.stringMatching(
        /^content\/themes\/payments\.yaml: field "sentences\.0": "task\/7\/#s1" is not a sentence citation/u,
      ),
    ]);
    expect(themeProblems(theme({ 'tasks/7': [2] }))).toEqual([
      expect.stringMatching(/^content\/themes\/payments\.yaml: field "sentences": /u),
    ]);
    expect(themeProblems(theme(['tasks/7/#s2', 'tasks/7/#s2']))).toEqual([
      'content/themes/payments.yaml: field "sentences.1": tasks/7/#s2 is listed twice',
    ]);
    expect(themeProblems(theme([]))).toEqual([
      expect.stringMatching(/^content\/themes\/payments\.yaml: field "sentences": /u),
    ]);
    expect(themeProblems(theme(['tasks/7/#s2'], { category: 'industry' }))).toEqual([
      expect.stringMatching(/^content\/themes\/payments\.yaml: field "category": /u),
    ]);
  });

  it('requires every task and goal to be tagged, naming the item file', () => {
    const problems: string[] = [];
    buildThemes([theme(['tasks/7/#s1'])], plans.zh, problems);
    expect(problems).toContain('content/tasks/zh/06.mdx: no theme cites task 6; tag it in content/themes/');
    expect(problems).toContain('content/goals/zh/1.mdx: no theme cites goal 1; tag it in content/themes/');
    expect(problems.some((p) => p.includes('task 7;'))).toBe(false);
  });
});

describe('the real themes', () => {
  it('cover technologies, sectors and levers, including those the plan names', () => {
    const slugs = reference.themes.map((t) => t.slug);
    for (const slug of [
      'artificial-intelligence',
      'blockchain',
      'big-data',
      '5g',
      'cloud-computing',
      'quantum-computing',
    ])
      expect(slugs).toContain(slug);
    for (const slug of ['payments', 'banking', 'insurance', 'asset-management', 'financial-markets', 'trade-finance'])
      expect(slugs).toContain(slug);
    for (const slug of ['talent', 'tax', 'funding', 'regulation', 'standards', 'data', 'space'])
      expect(slugs).toContain(slug);
  });

  it('cite sentences that speak to them (spot checks against the Chinese)', () => {
    const text = (slug: string) =>
      resolveRefs(
        reference.themes.find((t) => t.slug === slug)!,
        plans.zh,
      )
        .flatMap((c) => c.sentences)
        .map((s) => s.text);
    expect(text('blockchain').every((s) => /区块链|智能合约/u.test(s))).toBe(true);
    expect(text('quantum-computing').every((s) => s.includes('量子计算'))).toBe(true);
    expect(text('5g').filter((s) => s.includes('5G')).length).toBeGreaterThanOrEqual(2);
    expect(text('talent').every((s) => /人才|人员/u.test(s))).toBe(true);
  });
});
