// Loads what we add around the plan (glossary, themes, context) for the pages, checked as the build check does.
import path from 'node:path';
import { getCollection } from 'astro:content';
import { readYaml, type RecordFile } from '../content-check/content-files-node';
import { buildContext, CONTEXT_FILES, type ContextFact } from './context';
import { buildGlossary, markDocument, markFirstOccurrences, termsInOrder, type GlossaryTerm } from './glossary';
import type { TermMark } from '../plan/marks';
import { ContentError } from '../content-check/plan-model';
import { buildThemes, type Theme } from './themes';
import type { Plan, PlanItem } from '../plan/types';
import { LOCALES, type Lang } from '../locale/locales';
import { getPlan } from '../plan/load-node';

async function records(collection: 'glossary' | 'themes'): Promise<RecordFile[]> {
  return (await getCollection(collection)).map((entry) => ({
    key: entry.id,
    file: entry.filePath ?? `content/${collection}/${entry.id}.yaml`,
    data: entry.data,
  }));
}

/** Runs a builder and throws every problem it reports, each naming its file. */
function checked<T>(build: (problems: string[]) => T): T {
  const problems: string[] = [];
  const result = build(problems);
  if (problems.length > 0) throw new ContentError(problems);
  return result;
}

let glossary: Promise<GlossaryTerm[]> | undefined;
let themes: Promise<Theme[]> | undefined;
let context: Promise<ContextFact[]> | undefined;

export function getGlossary(): Promise<GlossaryTerm[]> {
  glossary ??= records('glossary').then((files) => checked((problems) => buildGlossary(files, problems)));
  return glossary;
}

export function getThemes(): Promise<Theme[]> {
  themes ??= Promise.all([records('themes'), getPlan('zh')]).then(([files, plan]) =>
    checked((problems) => buildThemes(files, plan, problems)),
  );
  return themes;
}

/** The context facts in file order (the build runs from the project root, as the content check does). */
export function getContext(): Promise<ContextFact[]> {
  context ??= getPlan('zh').then((plan) => {
    const [facts, sources] = [CONTEXT_FILES.facts, CONTEXT_FILES.sources].map((file) => {
      const result = readYaml(path.resolve(file), file);
      if ('error' in result) throw new ContentError([result.error]);
      return result.data;
    });
    return checked((problems) => buildContext(facts, sources, plan, problems));
  });
  return context;
}

/** The glossary terms of an item page, marked in English only (the title counts as sentence 1). */
export async function itemTerms(lang: Lang, item: PlanItem): Promise<{ marks: TermMark[][]; terms: GlossaryTerm[] }> {
  if (LOCALES[lang].role !== 'translation') return { marks: [], terms: [] };
  const terms = await getGlossary();
  // Terms are marked in the body only, never in the title (a heading holds no links).
  const marks = [[], ...markFirstOccurrences(item.sentences.slice(1), terms, lang)];
  return { marks, terms: termsInOrder(marks, terms) };
}

/** The terms of the English full text, each linked to the glossary at its first occurrence in the document. */
export async function documentTerms(plan: Plan): Promise<Map<string, TermMark[][]> | undefined> {
  return LOCALES[plan.lang].role === 'translation' ? markDocument(plan, await getGlossary()) : undefined;
}
