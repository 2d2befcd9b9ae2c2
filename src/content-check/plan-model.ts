// Builds the plan model from content files and checks it: schemas, counterparts, sentence parity, references.
import { COLLECTIONS } from './schemas';
import type { ContentFile } from './content-files-node';
import { issueProblems } from './parse-records';
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
  constructor(readonly problems: string[]) {
    super(
      `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`,
    );
    this.name = 'ContentError';
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
  for (const zh of files.filter((f) => f.locale === SOURCE_LANG && COLLECTIONS[f.collection].kind === 'mdx')) {
    const lines = bodyLines(zh.body);
    if (lines.length === 0) problems.push(`${zh.file}: body: has no sentences`);
    lines.forEach((line, i) => {
      const parts = splitChineseSentences(line);
      if (parts.length !== 1 || !/[。！？][”’」』）》]*$/u.test(line)) {
        problems.push(
          `${zh.file}: line ${i + 1} of the body: must be exactly one sentence ending in 。！or ？ ("${line.slice(0, 30)}…")`,
        );
      }
    });
    const en = files.find((f) => f.locale !== SOURCE_LANG && f.collection === zh.collection && f.key === zh.key);
    if (!en) continue;
    const enLines = bodyLines(en.body);
    if (enLines.length !== lines.length) {
      problems.push(
        `${en.file}: body: has ${enLines.length} sentence lines but ${zh.file} has ${lines.length}; line n must translate line n`,
      );
    }
    enLines.forEach((line, i) => {
      if (/[{}<>]/u.test(line))
        problems.push(`${en.file}: line ${i + 1} of the body: contains { } < or >, which MDX reads as code`);
    });
  }
}

function checkSequence(label: string, numbers: number[], problems: string[], where: string): void {
  const sorted = [...numbers].sort((a, b) => a - b);
  sorted.forEach((n, i) => {
    if (n !== i + 1)
      problems.push(
        `${where}: ${label} are numbered ${sorted.join(', ')}; expected 1 to ${sorted.length} without gaps`,
      );
  });
}

/**
 * Checks every content file and builds the plan in both languages.
 * Throws a ContentError that lists every problem, each naming its file and field.
 */
export function buildPlans(files: ContentFile[], preexisting: string[] = []): Record<Lang, Plan> {
  const problems = [...preexisting];
  const parsed = validateSchemas(files, problems);
  checkCounterparts(files, problems);
  checkSentences(files, problems);

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
        of(collection, locale).map((f) => Number(parsed.get(f)?.number)),
        problems,
        `content/${collection}/${locale}/`,
      );
    }
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
  for (const group of valid.filter((f) => f.collection === 'groups')) {
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
