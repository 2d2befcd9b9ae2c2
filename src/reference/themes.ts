// Themes: a curated taxonomy; each theme cites the sentences of the plan that speak to it, checked against the plan.
import type { RecordFile } from '../content-check/content-files-node';
import { parseRecords } from '../content-check/parse-records';
import { themeSchema, THEME_CATEGORIES } from '../content-check/schemas';
import { resolveRef, sentenceId } from '../plan/refs';
import { ITEM_TYPES, ITEMS, type ItemType } from '../plan/items';
import type { Plan, PlanItem } from '../plan/types';
import type { Lang } from '../locale/locales';

export type ThemeCategory = (typeof THEME_CATEGORIES)[number];

export interface ThemeRef {
  type: ItemType;
  number: number;
  /** Sentence numbers, ascending: 0 is the title, n is body sentence n (src/plan/refs.ts). */
  sentences: number[];
}

export interface Theme {
  /** File name and URL: content/themes/payments.yaml → /en/themes/payments/. */
  slug: string;
  category: ThemeCategory;
  title: Record<Lang, string>;
  summary: Record<Lang, string>;
  /** In document order: principles, goals, tasks, each by number. */
  refs: ThemeRef[];
  file: string;
}

/** Every task and goal must be cited by some theme: the taxonomy covers the whole plan's programme. */
const MUST_BE_TAGGED: ItemType[] = ['goal', 'task'];

/**
 * Checks the theme files against the plan and builds the themes (sorted by category, then file name).
 * A citation of an item or a sentence that does not exist is a problem naming the file and the field.
 */
export function buildThemes(records: RecordFile[], plan: Plan, problems: string[]): Theme[] {
  const themes: Theme[] = [];
  for (const { key, file, data } of parseRecords(themeSchema, records, problems)) {
    const refs: ThemeRef[] = [];
    data.sentences.forEach((cite, i) => {
      const ref = resolveRef(plan, cite);
      if (typeof ref === 'string') return problems.push(`${file}: field "sentences.${i}": ${ref}`);
      const same = refs.find((r) => r.type === ref.type && r.number === ref.number);
      if (same?.sentences.includes(ref.sentence))
        return problems.push(`${file}: field "sentences.${i}": ${cite} is listed twice`);
      if (same) same.sentences = [...same.sentences, ref.sentence].sort((a, b) => a - b);
      else refs.push({ type: ref.type, number: ref.number, sentences: [ref.sentence] });
    });
    refs.sort((a, b) => ITEM_TYPES.indexOf(a.type) - ITEM_TYPES.indexOf(b.type) || a.number - b.number);
    themes.push({ slug: key, category: data.category, title: data.title, summary: data.summary, refs, file });
  }
  for (const type of MUST_BE_TAGGED) {
    for (const item of plan[ITEMS[type].folder]) {
      if (!themes.some((theme) => theme.refs.some((r) => r.type === type && r.number === item.number)))
        problems.push(`${item.file}: no theme cites ${type} ${item.number}; tag it in content/themes/`);
    }
  }
  const order = (t: Theme) => THEME_CATEGORIES.indexOf(t.category);
  return themes.sort((a, b) => order(a) - order(b) || a.slug.localeCompare(b.slug));
}

/** The themes that cite an item, for its page. */
export function themesOf(themes: Theme[], item: PlanItem): Theme[] {
  return themes.filter((t) => t.refs.some((r) => r.type === item.type && r.number === item.number));
}

/** How many sentences a theme cites: how much the plan says on it. */
export function citedCount(theme: Theme): number {
  return theme.refs.reduce((sum, r) => sum + r.sentences.length, 0);
}

/** A theme's citations with their items and sentence texts in one language, for its page. */
export function resolveRefs(
  theme: Theme,
  plan: Plan,
): { item: PlanItem; sentences: { n: number; id: string; text: string }[] }[] {
  return theme.refs.map((ref) => {
    const item = plan[ITEMS[ref.type].folder].find((i) => i.number === ref.number)!;
    return { item, sentences: ref.sentences.map((n) => ({ n, id: sentenceId(n), text: item.sentences[n]! })) };
  });
}
