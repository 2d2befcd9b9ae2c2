// The status line states only what the facts it cites say: a missing or undated fact, or an in-force date that
// disagrees with the document, fails the build naming the file.
import { describe, expect, it } from 'vitest';
import type { ContextFact } from '../../src/reference/context';
import type { PlanDocument } from '../../src/plan/types';
import { statusFacts } from '../../src/trust/status';

const fact = (id: string, date?: string): ContextFact => ({
  id,
  section: 'status',
  date,
  text: { zh: '事实。', en: 'A fact.' },
  sources: [],
});
const facts = [
  fact('in-force', '2020-02-01'),
  fact('validity-rule'),
  fact('current-document'),
  fact('action-plan-2024', '2024-09-04'),
];
const doc = { issued: new Date('2020-01-08T00:00:00Z'), inForce: new Date('2020-02-01T00:00:00Z') } as PlanDocument;

describe('statusFacts', () => {
  it('takes the dates from the facts it cites', () => {
    expect(statusFacts(facts, doc)).toEqual({ issued: '2020-01-08', inForce: '2020-02-01', actionPlan: '2024-09-04' });
  });

  it('fails, naming the file and the fact, when a cited fact does not exist', () => {
    expect(() =>
      statusFacts(
        facts.filter((f) => f.id !== 'current-document'),
        doc,
      ),
    ).toThrow('content/context/facts.yaml: the status line cites fact "current-document", which does not exist');
  });

  it('fails when a fact whose date it states has none', () => {
    expect(() => statusFacts([...facts.slice(1), fact('in-force')], doc)).toThrow(/field "in-force.date"/u);
  });

  it('fails when the in-force fact and the document disagree', () => {
    expect(() => statusFacts([fact('in-force', '2020-03-01'), ...facts.slice(1)], doc)).toThrow(
      /2020-03-01 differs from the document's in-force date 2020-02-01/u,
    );
  });
});
