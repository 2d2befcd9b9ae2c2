// The status line's facts: read from content/context/ by id, so the line can never say what the facts do not.
import type { ContextFact } from '../reference/context';
import { isoDate } from '../plan/numbering';
import type { PlanDocument } from '../plan/types';

/** The facts the status line and the status page's summary cite, by id in content/context/facts.yaml. */
export const STATUS_FACTS = {
  inForce: 'in-force',
  validity: 'validity-rule',
  recent: 'current-document',
  actionPlan: 'action-plan-2024',
} as const;

export interface StatusFacts {
  issued: string;
  /** From the in-force fact, checked against the document's metadata. */
  inForce: string;
  /** Date the 2024 Action Plan was issued (its fact's date). */
  actionPlan: string;
}

/**
 * The dates the status line states, taken from the facts it cites. Fails naming the file when a cited fact is
 * missing or undated, or when the in-force fact and the document's metadata disagree.
 */
export function statusFacts(facts: ContextFact[], doc: PlanDocument): StatusFacts {
  const file = 'content/context/facts.yaml';
  const problems: string[] = [];
  const fact = (id: string) => {
    const found = facts.find((f) => f.id === id);
    if (!found) problems.push(`${file}: the status line cites fact "${id}", which does not exist`);
    return found;
  };
  const dated = (id: string) => {
    const found = fact(id);
    if (found && !found.date) problems.push(`${file}: field "${id}.date": the status line needs this fact's date`);
    return found?.date ?? '';
  };
  const inForce = dated(STATUS_FACTS.inForce);
  const actionPlan = dated(STATUS_FACTS.actionPlan);
  fact(STATUS_FACTS.validity);
  fact(STATUS_FACTS.recent);
  if (inForce && inForce !== isoDate(doc.inForce))
    problems.push(
      `${file}: field "${STATUS_FACTS.inForce}.date": ${inForce} differs from the document's in-force date ${isoDate(doc.inForce)}`,
    );
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return { issued: isoDate(doc.issued), inForce, actionPlan };
}
