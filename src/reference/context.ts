// Context for readers today (the "About this plan" page): facts about what followed the plan, each with its sources.
import { z } from 'zod';
import { issueProblems } from '../content-check/parse-records';
import { contextSchema, sourceSchema } from '../content-check/schemas';
import type { Lang } from '../locale/locales';
import { parseRef, resolveRef, type SentenceRef } from '../plan/refs';
import { ITEM_FOLDERS } from '../plan/items';
import type { Plan } from '../plan/types';

export type ContextSection = z.output<typeof contextSchema>['section'];

export type ContextSource =
  | { kind: 'external'; id: string; title: Record<Lang, string>; url: string }
  /** A page of this site, without the language prefix: /plan/#target. */
  | { kind: 'site'; path: string }
  /** A sentence of the plan, cited like everywhere in content/: tasks/19/#s3. */
  | ({ kind: 'sentence'; cite: string } & SentenceRef);

export interface ContextFact {
  id: string;
  section: ContextSection;
  date?: string;
  text: Record<Lang, string>;
  sources: ContextSource[];
}

export const CONTEXT_FILES = { facts: 'content/context/facts.yaml', sources: 'content/context/sources.yaml' };

/**
 * Checks the facts and their sources: every fact cites sources and sentences of the plan that exist, every listed
 * source is cited, ids are unique. Problems name the file and the field (`field "successor.sources"`).
 */
export function buildContext(facts: unknown, sources: unknown, plan: Plan, problems: string[]): ContextFact[] {
  const sourceMap = new Map<string, z.output<typeof sourceSchema>>();
  const sourceEntries = z
    .record(z.string().regex(/^S\d+[a-z]?$/u, 'source ids are S1, S2, S2a …'), sourceSchema)
    .safeParse(sources);
  if (sourceEntries.success) for (const [id, s] of Object.entries(sourceEntries.data)) sourceMap.set(id, s);
  else problems.push(...issueProblems(CONTEXT_FILES.sources, sourceEntries.error.issues));

  if (!Array.isArray(facts)) {
    problems.push(`${CONTEXT_FILES.facts}: must be a list of facts`);
    return [];
  }
  const out: ContextFact[] = [];
  const cited = new Set<string>();
  facts.forEach((raw: unknown, i) => {
    const result = contextSchema.safeParse(raw);
    const label = (raw as { id?: unknown })?.id ?? String(i);
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({ ...issue, path: [String(label), ...issue.path] }));
      problems.push(...issueProblems(CONTEXT_FILES.facts, issues));
      return;
    }
    const fact = result.data;
    if (out.some((f) => f.id === fact.id))
      problems.push(`${CONTEXT_FILES.facts}: field "${fact.id}.id": "${fact.id}" is used twice`);
    const resolved: ContextSource[] = [];
    for (const ref of fact.sources) {
      if (parseRef(ref) || ITEM_FOLDERS.some((folder) => ref.startsWith(`${folder}/`))) {
        const sentence = resolveRef(plan, ref);
        if (typeof sentence === 'string')
          problems.push(`${CONTEXT_FILES.facts}: field "${fact.id}.sources": ${sentence}`);
        else
          resolved.push({
            kind: 'sentence',
            cite: ref,
            type: sentence.type,
            number: sentence.number,
            sentence: sentence.sentence,
          });
        continue;
      }
      if (ref.startsWith('/')) {
        resolved.push({ kind: 'site', path: ref });
        continue;
      }
      cited.add(ref);
      const source = sourceMap.get(ref);
      if (source) resolved.push({ kind: 'external', id: ref, ...source });
      else if (sourceEntries.success)
        problems.push(`${CONTEXT_FILES.facts}: field "${fact.id}.sources": ${ref} is not in ${CONTEXT_FILES.sources}`);
    }
    out.push({ id: fact.id, section: fact.section, date: fact.date, text: fact.text, sources: resolved });
  });
  for (const id of sourceMap.keys()) {
    if (!cited.has(id)) problems.push(`${CONTEXT_FILES.sources}: field "${id}": no fact cites this source`);
  }
  return out;
}
