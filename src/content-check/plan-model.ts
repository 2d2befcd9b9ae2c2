// Builds the plan model from content files and checks it: schemas, counterparts, sentence parity, references.
import { COLLECTIONS } from './schemas';
import type { ContentFile } from './content-files-node';
import { issueProblems } from './parse-records';
import { numberedBodyLines } from './text-check';
import { isMarkup } from './text-rules';
import { bodyLines, headingFromSentence, splitChineseSentences } from '../plan/text';
import {
  SECTION_IDS,
  type ItemType,
  type Plan,
  type PlanDocument,
  type PlanGroup,
  type PlanItem,
  type SectionId,
} from '../plan/types';
import { LANGS, SOURCE_LANG, type Lang } from '../locale/locales';
import type { ItemFolder } from '../plan/items';

export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    // Each problem once, however many checks reached it.
    problems = [...new Set(problems)];
    super(
      `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** The number a file name stands for: `07` → 7. */
function keyNumber(key: string): number {
  return /^\d+$/u.test(key) ? Number(key) : Number.NaN;
}

/** Validates each file against its collection's schema; returns parsed data per file. */
function validateSchemas(files: ContentFile[], problems: string[]): Map<ContentFile, Record<string, unknown>> {
  const parsed = new Map<ContentFile, Record<string, unknown>>();
  for (const f of files) {
    if (f.unparsed) continue;
    const result = COLLECTIONS[f.collection].schema.safeParse(f.data);
    if (!result.success) {
      problems.push(...issueProblems(f.file, result.error.issues));
      continue;
    }
    const value = result.data as Record<string, unknown>;
    if (f.collection === 'metadata' && value.locale !== f.locale) {
      problems.push(`${f.file}: field "locale": says "${String(value.locale)}" but the file is for "${f.locale}"`);
      continue;
    }
    if (f.collection !== 'metadata' && 'number' in value && value.number !== keyNumber(f.key)) {
      problems.push(`${f.file}: field "number": ${String(value.number)} does not match the file name "${f.key}"`);
      continue;
    }
    parsed.set(f, value);
  }
  return parsed;
}

function checkCounterparts(files: ContentFile[], problems: string[]): void {
  const keys = new Set(files.map((f) => `${f.collection}/${f.key}`));
  for (const id of keys) {
    const [collection, key] = id.split('/');
    for (const locale of LANGS) {
      if (!files.some((f) => f.collection === collection && f.key === key && f.locale === locale)) {
        const other = files.find((f) => f.collection === collection && f.key === key);
        const expected = other?.file.replace(`/${other.locale}/`, `/${locale}/`) ?? `${collection}/${locale}/${key}`;
        problems.push(`${expected}: missing; ${other?.file ?? id} has no counterpart in "${locale}"`);
      }
    }
  }
}

function checkSentences(files: ContentFile[], problems: string[]): void {
  const readable = files.filter((f) => !f.unparsed);
  for (const zh of readable.filter((f) => f.locale === SOURCE_LANG && COLLECTIONS[f.collection].kind === 'mdx')) {
    const lines = numberedBodyLines(zh);
    if (lines.length === 0) problems.push(`${zh.file}: body: has no sentences`);
    let split = false;
    for (const { line: at, raw } of lines) {
      const line = raw.trim();
      // Markup is reported by the text rules; counting its sentences would only repeat the problem.
      if (isMarkup(line)) continue;
      const parts = splitChineseSentences(line);
      if (parts.length !== 1 || !/[。！？][”’」』）》]*$/u.test(line)) {
        split = true;
        problems.push(
          `${zh.file}: line ${at}: must be exactly one sentence ending in 。！or ？ ("${line.slice(0, 30)}…"); ` +
            `one sentence per line`,
        );
      }
    }
    const en = readable.find((f) => f.locale !== SOURCE_LANG && f.collection === zh.collection && f.key === zh.key);
    // Until the Chinese is one sentence per line, its line count says nothing about the English.
    if (!en || split) continue;
    const enLines = numberedBodyLines(en);
    if (enLines.length !== lines.length) {
      problems.push(
        `${en.file}: body: has ${enLines.length} sentence lines but ${zh.file} has ${lines.length}; line n must translate line n`,
      );
    }
  }
}

const SINGULAR = { principles: 'principle', goals: 'goal', groups: 'group', tasks: 'task' } as const;

/**
 * Items are numbered 1 to n without gaps: judged on the file names (the number field must match its file name,
 * which is checked on its own), so one bad file is one problem.
 */
function checkSequence(
  collection: keyof typeof SINGULAR,
  locale: Lang,
  files: ContentFile[],
  problems: string[],
): void {
  const where = `content/${collection}/${locale}/`;
  const numbers = files.map((f) => keyNumber(f.key)).filter((n) => Number.isInteger(n) && n > 0);
  const max = Math.max(0, ...numbers);
  const missing = Array.from({ length: max }, (_, i) => i + 1).filter((n) => !numbers.includes(n));
  if (missing.length > 0) {
    problems.push(
      `${where}: no file for ${SINGULAR[collection]} ${missing.join(', ')}; ${collection} are numbered 1 to ${max} ` +
        `without gaps (add the file, or renumber the files after it)`,
    );
  }
  for (const n of new Set(numbers.filter((n, i) => numbers.indexOf(n) !== i))) {
    const names = files.filter((f) => keyNumber(f.key) === n).map((f) => f.file.split('/').at(-1));
    problems.push(`${where}: ${names.join(' and ')} are both ${SINGULAR[collection]} ${n}; keep one`);
  }
}

/** ISO form of a calendar date, for messages. */
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** The translation follows the source: same group for each task, same document number and dates. */
function checkAgreement(
  files: ContentFile[],
  parsed: Map<ContentFile, Record<string, unknown>>,
  problems: string[],
): void {
  for (const en of files.filter((f) => f.locale !== SOURCE_LANG && parsed.has(f))) {
    const zh = files.find((f) => f.locale === SOURCE_LANG && f.collection === en.collection && f.key === en.key);
    const zhData = zh && parsed.get(zh);
    if (!zh || !zhData) continue;
    const enData = parsed.get(en)!;
    // A task in a group that does not exist is the Chinese file's problem, reported on it.
    const zhGroups = files
      .filter((f) => f.collection === 'groups' && f.locale === SOURCE_LANG)
      .map((f) => keyNumber(f.key));
    if (en.collection === 'tasks' && !zhGroups.includes(Number(zhData.group))) continue;
    const fields =
      en.collection === 'tasks' ? ['group'] : en.collection === 'metadata' ? ['number', 'issued', 'inForce'] : [];
    for (const field of fields) {
      if (day(enData[field]) !== day(zhData[field])) {
        problems.push(
          `${en.file}: field "${field}": is ${day(enData[field])} but ${zh.file} has ${day(zhData[field])}; ` +
            `the English must agree with the Chinese`,
        );
      }
    }
  }
}

/**
 * Checks every content file and builds the plan in both languages.
 * Throws a ContentError that lists every problem, each naming its file and field.
 */
export function buildPlans(allFiles: ContentFile[], preexisting: string[] = []): Record<Lang, Plan> {
  const problems = [...preexisting];
  // A numbered item's file name is its number; a file named otherwise (an editor's "07 copy.mdx") is reported
  // once, here, and left out of every other check.
  const misnamed = allFiles.filter((f) => f.collection in SINGULAR && !/^\d+$/u.test(f.key));
  for (const f of misnamed) {
    problems.push(
      `${f.file}: file name: must be the ${SINGULAR[f.collection as keyof typeof SINGULAR]}'s number, like 07; ` +
        `rename or remove it`,
    );
  }
  const files = allFiles.filter((f) => !misnamed.includes(f));
  const parsed = validateSchemas(files, problems);
  checkCounterparts(files, problems);
  checkSentences(files, problems);

  checkAgreement(files, parsed, problems);

  const valid = files.filter((f) => parsed.has(f));
  const of = (collection: ContentFile['collection'], locale: Lang) =>
    valid.filter((f) => f.collection === collection && f.locale === locale);

  for (const locale of LANGS) {
    const sectionKeys = of('sections', locale).map((f) => f.key);
    for (const id of SECTION_IDS) {
      if (!sectionKeys.includes(id)) problems.push(`content/sections/${locale}/${id}.mdx: missing`);
    }
    for (const f of of('sections', locale)) {
      if (!(SECTION_IDS as readonly string[]).includes(f.key)) {
        problems.push(`${f.file}: unknown section "${f.key}"; sections are ${SECTION_IDS.join(', ')}`);
      }
    }
    for (const collection of ['principles', 'goals', 'groups', 'tasks'] as const) {
      checkSequence(
        collection,
        locale,
        files.filter((f) => f.collection === collection && f.locale === locale),
        problems,
      );
    }
    // The English must name the same groups as the Chinese (checked above), so their order is judged once.
    if (locale !== SOURCE_LANG) continue;
    const groupNumbers = new Set(of('groups', locale).map((f) => Number(parsed.get(f)?.number)));
    let lastGroup = 0;
    for (const f of of('tasks', locale).sort((a, b) => keyNumber(a.key) - keyNumber(b.key))) {
      const group = Number(parsed.get(f)?.group);
      if (!groupNumbers.has(group)) {
        problems.push(
          `${f.file}: field "group": refers to group ${group}, which does not exist (content/groups/${locale}/${group}.yaml)`,
        );
      } else if (group < lastGroup) {
        problems.push(
          `${f.file}: field "group": group ${group} comes after group ${lastGroup}; tasks run through the groups in order`,
        );
      }
      lastGroup = Math.max(lastGroup, group);
    }
  }
  for (const group of valid.filter((f) => f.collection === 'groups' && f.locale === SOURCE_LANG)) {
    const n = Number(parsed.get(group)?.number);
    if (!of('tasks', group.locale).some((t) => Number(parsed.get(t)?.group) === n)) {
      problems.push(`${group.file}: group ${n} has no tasks`);
    }
  }
  if (problems.length > 0) throw new ContentError(problems);

  const plans = {} as Record<Lang, Plan>;
  for (const lang of LANGS) {
    const item = (type: ItemType, f: ContentFile): PlanItem => {
      const data = parsed.get(f) ?? {};
      const sentences = bodyLines(f.body);
      const number = Number(data.number);
      return {
        type,
        number,
        id: `${type}-${number}`,
        sentences,
        title: headingFromSentence(sentences[0] ?? ''),
        ...(type === 'task' ? { group: Number(data.group) } : {}),
        file: f.file,
      };
    };
    const items = (collection: ItemFolder, type: ItemType) =>
      of(collection, lang)
        .map((f) => item(type, f))
        .sort((a, b) => a.number - b.number);
    const tasks = items('tasks', 'task');
    const groups: PlanGroup[] = of('groups', lang)
      .map((f) => {
        const data = parsed.get(f) ?? {};
        const number = Number(data.number);
        return {
          number,
          id: `group-${number}`,
          title: String(data.title),
          tasks: tasks.filter((t) => t.group === number),
        };
      })
      .sort((a, b) => a.number - b.number);
    const docFile = of('metadata', lang)[0];
    const sections = Object.fromEntries(of('sections', lang).map((f) => [f.key, bodyLines(f.body)])) as Record<
      SectionId,
      string[]
    >;
    plans[lang] = {
      lang,
      document: parsed.get(docFile as ContentFile) as unknown as PlanDocument,
      sections,
      principles: items('principles', 'principle'),
      goals: items('goals', 'goal'),
      groups,
      tasks,
    };
  }
  return plans;
}
