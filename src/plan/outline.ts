// The document's outline in reading order, computed once: notice → title → preamble → I. ideology → II. principles →
// III. goals (target, goals) → IV. tasks (groups and their tasks) → closing. Everything that walks the document in
// order (the full text, the parallel text, the fidelity check, glossary occurrences, open data) reads it.
import type { Plan, PlanGroup, PlanItem, SectionId } from './types';

/** The four numbered parts, in order; each id is also its anchor and its key in `document.headings`. */
export const PART_IDS = ['ideology', 'principles', 'goals', 'tasks'] as const;
export type PartId = (typeof PART_IDS)[number];

export type Block =
  /** An unnumbered run of sentences: notice, preamble, ideology, target, closing. */
  | { kind: 'section'; id: SectionId; sentences: string[] }
  /** The plan's own title, after the notice. */
  | { kind: 'title'; id: 'plan-title'; title: string }
  /** A numbered part's heading: 一、指导思想 / I. Guiding Ideology (n is 1–4). */
  | { kind: 'part'; id: PartId; n: number; heading: string }
  /** A group of tasks; its tasks follow it as item blocks. */
  | { kind: 'group'; id: string; group: PlanGroup }
  | { kind: 'item'; id: string; item: PlanItem };

/** The plan as a flat list of blocks in reading order. */
export function documentOutline(plan: Plan): Block[] {
  const { headings } = plan.document;
  const section = (id: SectionId): Block => ({ kind: 'section', id, sentences: plan.sections[id] });
  const part = (id: PartId): Block => ({ kind: 'part', id, n: PART_IDS.indexOf(id) + 1, heading: headings[id] });
  const item = (i: PlanItem): Block => ({ kind: 'item', id: i.id, item: i });
  return [
    section('notice'),
    { kind: 'title', id: 'plan-title', title: plan.document.title },
    section('preamble'),
    part('ideology'),
    section('ideology'),
    part('principles'),
    ...plan.principles.map(item),
    part('goals'),
    section('target'),
    ...plan.goals.map(item),
    part('tasks'),
    ...plan.groups.flatMap((group) => [{ kind: 'group', id: group.id, group } as const, ...group.tasks.map(item)]),
    section('closing'),
  ];
}

/** The parts of the text that hold sentences (sections and items), in reading order. */
export function textBlocks(
  plan: Plan,
): ({ kind: 'section'; id: SectionId; sentences: string[] } | { kind: 'item'; id: string; item: PlanItem })[] {
  return documentOutline(plan).filter((b) => b.kind === 'section' || b.kind === 'item');
}
