// Loads the corrections log for the pages and the feed, checked against the plan and our notes (build time).
import path from 'node:path';
import { readYaml } from '../content-check/content-files-node';
import { ContentError } from '../content-check/plan-model';
import { getZones } from '../map/load-node';
import { getPlan } from '../plan/load-node';
import { ITEMS } from '../plan/items';
import { SECTION_IDS } from '../plan/types';
import { getContext, getGlossary, getThemes } from '../reference/load-node';
import { buildChanges, CHANGES_FILE, type Change, type ChangeTargets } from './changes';

async function targets(): Promise<ChangeTargets> {
  const [plan, facts, glossary, themes, zones] = await Promise.all([
    getPlan('zh'),
    getContext(),
    getGlossary(),
    getThemes(),
    getZones('zh'),
  ]);
  const items = new Map<string, number>();
  for (const item of [...plan.principles, ...plan.goals, ...plan.tasks])
    items.set(`${ITEMS[item.type].folder}/${item.number}`, item.sentences.length - 1);
  return {
    items,
    sections: new Map(SECTION_IDS.map((id) => [id, plan.sections[id].length])),
    about: new Set([...facts.map((f) => f.id), ...facts.map((f) => `about-${f.section}`)]),
    glossary: new Set(glossary.map((g) => g.slug)),
    themes: new Set(themes.map((t) => t.slug)),
    zones: new Set(zones.map((z) => z.id)),
  };
}

let changes: Promise<Change[]> | undefined;

/** The log, newest first; a bad entry or a reference to nothing fails the build, naming file and field. */
export function getChanges(): Promise<Change[]> {
  changes ??= targets().then((t) => {
    const result = readYaml(path.resolve(CHANGES_FILE), CHANGES_FILE);
    if ('error' in result) throw new ContentError([result.error]);
    const problems: string[] = [];
    const out = buildChanges(result.data, t, problems);
    if (problems.length > 0) throw new ContentError(problems);
    return out;
  });
  return changes;
}
