// The whole content check: encoding, schemas, counterparts, sentence parity, the text rules, share-card glyphs,
// fidelity to the source, the map's zones, glossary (with zh/en parity), themes, context.
import fs from 'node:fs';
import path from 'node:path';
import { readContentDir, readRecordDir, readYaml, type ContentFile } from './content-files-node';
import { contentEncodingProblems } from './encoding-node';
import { glossaryParityProblems } from './glossary-parity';
import { COLLECTIONS } from './schemas';
import { contentTextProblems, numberedBodyLines, recordTextProblems } from './text-check';
import { codePoint } from './text-rules';
import { FONT_PACKAGE, missingGlyphs } from '../press/cards/fonts-node';
import { checkAliases } from '../reference/aliases';
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

/** Every character of every sentence and title must be drawable on a share card: checked before anything is drawn. */
export function glyphProblems(files: ContentFile[]): string[] {
  const texts = files.flatMap((f) =>
    COLLECTIONS[f.collection].kind === 'mdx'
      ? numberedBodyLines(f).map(({ line, raw }) => ({ where: `${f.file}: line ${line}`, text: raw }))
      : f.collection === 'metadata' || f.collection === 'groups'
        ? Object.entries((f.data ?? {}) as Record<string, unknown>)
            .filter(([, value]) => typeof value === 'string' && !/^https:/u.test(value))
            .map(([field, value]) => ({ where: `${f.file}: field "${field}"`, text: String(value) }))
        : [],
  );
  // Control and format characters (zero-width spaces…) are never drawn; the text rules report them.
  const drawn = texts
    .map((t) => t.text)
    .join('')
    .replace(/[\p{Cc}\p{Cf}]/gu, '');
  const missing = new Set(missingGlyphs(drawn));
  if (missing.size === 0) return [];
  return texts.flatMap(({ where, text }) =>
    [...new Set(text)]
      .filter((ch) => missing.has(ch))
      .map(
        (ch) =>
          `${where}: "${ch}" (${codePoint(ch)}) has no glyph in the share-card font (${FONT_PACKAGE}); ` +
          `remove it or use a character the font has`,
      ),
  );
}

/** Loads and checks content/; throws a ContentError listing every problem by file and field. */
export function loadCheckedContent(contentDir: string): Record<Lang, Plan> {
  const projectRoot = path.dirname(contentDir);
  // A file that is not clean UTF-8 would be misread by every other check: report only that.
  const encoding = contentEncodingProblems(contentDir, projectRoot);
  if (encoding.length > 0) throw new ContentError(encoding);
  const { files, errors } = readContentDir(contentDir, projectRoot);
  const plans = buildPlans(files, [...errors, ...contentTextProblems(files), ...glyphProblems(files)]);
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
    problems.push(...errors, ...recordTextProblems(records));
    return records;
  };
  const glossary = buildGlossary(read('glossary'), problems);
  if (problems.length === 0) problems.push(...glossaryParityProblems(plans, glossary));
  // Aliases are checked against the text only once the terms themselves are found in it (one message per mistake).
  if (problems.length === 0) checkAliases(glossary, plans, problems);
  const themes = buildThemes(read('themes'), plans.zh, problems);
  const [facts, sources] = [CONTEXT_FILES.facts, CONTEXT_FILES.sources].map((file) => {
    const result = readYaml(path.join(projectRoot, file), file);
    if ('error' in result) problems.push(result.error);
    else problems.push(...recordTextProblems([{ file, data: result.data }]));
    return 'data' in result ? result.data : undefined;
  });
  const context = buildContext(facts ?? [], sources ?? {}, plans.zh, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return { glossary, themes, context };
}
