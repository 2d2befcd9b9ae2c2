// The whole content check: schemas, counterparts, sentence parity, references, fidelity, and the map's zones.
import fs from 'node:fs';
import path from 'node:path';
import { readContentDir } from './content-files';
import { checkFidelity } from './fidelity';
import { buildPlans, ContentError } from './plan-model';
import type { Lang, Plan } from './types';
import { buildZones, type ZoneGeometry } from './zones';
import { siteZoneId } from './zone-map';

export const SOURCE_FILE = 'source/hufubangui-2020-1.zh.txt';
/** The map data the zones must match, relative to the project root. */
export const GEO_ZONES_FILE = 'src/data/geo/zones.json';

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
  return plans;
}
