// The whole content check: schemas, counterparts, sentence parity, fidelity to the source, the map's zones,
// glossary, themes, context.
import fs from 'node:fs';
import path from 'node:path';
import { readContentDir, readRecordDir, readYaml } from './content-files-node';
import { buildContext, CONTEXT_FILES, type ContextFact } from '../reference/context';
import { checkFidelity } from './fidelity';
import { buildGlossary, type GlossaryTerm } from '../reference/glossary';
import { buildPlans, ContentError } from './plan-model';
import { buildThemes, type Theme } from '../reference/themes';
import type { Plan } from '../plan/types';
import type { Lang } from '../locale/locales';
import { buildZones, type ZoneGeometry } from '../map/zones';
import { siteZoneId } from '../map/model';

export const SOURCE_FILE = 'source/hufubangui-2020-1.zh.txt';
/** The map data the zones must match, relative to the project root. */
export const GEO_ZONES_FILE = 'src/map/data/zones.json';

/** The zones the map data draws: their site ids and kinds. */
export function readZoneGeometry(projectRoot: string): ZoneGeometry[] {
  const file = path.join(projectRoot, GEO_ZONES_FILE);
  if (!fs.existsSync(file)) throw new ContentError([`${GEO_ZONES_FILE}: the map data is missing`]);
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { zones: { id: string; layout: string }[] };
  return data.zones.map((z) => ({ id: siteZoneId(z.id), layout: z.layout }));
}

/** Loads and checks content/; throws a ContentError listing every problem by file and field. */
export function loadCheckedContent(contentDir: string): Record<Lang, Plan> {
  const projectRoot = path.dirname(contentDir);
  const { files, errors } = readContentDir(contentDir, projectRoot);
  const plans = buildPlans(files, errors);
  const sourcePath = path.join(contentDir, SOURCE_FILE);
  const sourceRel = path.relative(projectRoot, sourcePath).split(path.sep).join('/');
  if (!fs.existsSync(sourcePath)) throw new ContentError([`${sourceRel}: the authoritative source text is missing`]);
  const drift = checkFidelity(plans.zh, fs.readFileSync(sourcePath, 'utf8'), sourceRel);
  if (drift.length > 0) throw new ContentError(drift);
  const { problems } = buildZones(files, plans, readZoneGeometry(projectRoot));
  if (problems.length > 0) throw new ContentError(problems);
  loadReferenceContent(contentDir, plans);
  return plans;
}

export interface ReferenceContent {
  glossary: GlossaryTerm[];
  themes: Theme[];
  context: ContextFact[];
}

/** Loads and checks what we add around the plan (glossary, themes, context) against the checked plan. */
export function loadReferenceContent(contentDir: string, plans: Record<Lang, Plan>): ReferenceContent {
  const projectRoot = path.dirname(contentDir);
  const problems: string[] = [];
  const read = (folder: string) => {
    const { records, errors } = readRecordDir(contentDir, folder, projectRoot);
    problems.push(...errors);
    return records;
  };
  const glossary = buildGlossary(read('glossary'), problems);
  const themes = buildThemes(read('themes'), plans.zh, problems);
  const [facts, sources] = [CONTEXT_FILES.facts, CONTEXT_FILES.sources].map((file) => {
    const result = readYaml(path.join(projectRoot, file), file);
    if ('error' in result) problems.push(result.error);
    return 'data' in result ? result.data : undefined;
  });
  const context = buildContext(facts ?? [], sources ?? {}, plans.zh, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return { glossary, themes, context };
}
