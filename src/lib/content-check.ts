// The whole content check: schemas, counterparts, sentence parity, references and fidelity to the source.
import fs from 'node:fs';
import path from 'node:path';
import { readContentDir } from './content-files';
import { checkFidelity } from './fidelity';
import { buildPlans, ContentError } from './plan-model';
import type { Lang, Plan } from './types';

export const SOURCE_FILE = 'source/hufubangui-2020-1.zh.txt';

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
  return plans;
}
