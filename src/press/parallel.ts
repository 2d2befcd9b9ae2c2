// Chinese and English aligned sentence by sentence (line n of a zh file ↔ line n of its en file), for parallel pages.
import { partLabel, subLabel } from '../plan/numbering';
import { sentenceId } from '../plan/refs';
import type { Plan, PlanItem } from '../plan/types';
import type { Lang } from '../locale/locales';

export interface ParallelPair {
  /** Anchor of the pair, the sentence's own: s3 (or title) on an item page, task-7-s3 on the whole plan. */
  id: string;
  /** Sentence number as on the item page: 0 is an item's title, then 1, 2 …; sections count from 1. */
  n: number;
  zh: string;
  en: string;
}

export interface ParallelBlock {
  /** Anchor of the block (same ids as on the full-text page: notice, principles, task-7 …). */
  id: string;
  /** A heading pair shown above the sentences (part and group headings, the document title). */
  heading?: { zh: string; en: string; level: 2 | 3 };
  /** Item blocks link to their item pages. */
  item?: Pick<PlanItem, 'type' | 'number'>;
  pairs: ParallelPair[];
}

/**
 * Pairs sentence n of the Chinese with sentence n of the English; the counts must match (the content check).
 * `first` is the number of the first sentence: 0 when it is an item's title.
 */
export function alignSentences(
  zh: string[],
  en: string[],
  idPrefix = '',
  where = 'sentences',
  first = 1,
): ParallelPair[] {
  if (zh.length !== en.length) {
    throw new Error(`${where}: ${zh.length} Chinese but ${en.length} English sentences; they must align line by line`);
  }
  return zh.map((sentence, i) => ({
    id: `${idPrefix}${sentenceId(first + i)}`,
    n: first + i,
    zh: sentence,
    en: en[i]!,
  }));
}

/** The sentences of one item (title first, as pair 0), aligned. */
export function alignItem(zh: PlanItem, en: PlanItem, idPrefix = ''): ParallelPair[] {
  return alignSentences(zh.sentences, en.sentences, idPrefix, `${zh.file} / ${en.file}`, 0);
}

const both = (f: (lang: Lang) => string) => ({ zh: f('zh'), en: f('en') });

/** The whole plan in document order as aligned blocks: notice, preamble, the four parts with their items. */
export function alignPlan(zh: Plan, en: Plan): ParallelBlock[] {
  const plans = { zh, en };
  const section = (id: keyof Plan['sections']): ParallelBlock => ({
    id,
    pairs: alignSentences(zh.sections[id], en.sections[id], `${id}-`, `content/sections/*/${id}.mdx`),
  });
  const items = (key: 'principles' | 'goals' | 'tasks', list: PlanItem[]): ParallelBlock[] =>
    list.map((item) => {
      const other = en[key].find((e) => e.number === item.number);
      if (!other) throw new Error(`${item.file}: no English counterpart`);
      return { id: item.id, item, pairs: alignItem(item, other, `${item.id}-`) };
    });
  const part = (n: number, key: keyof Plan['document']['headings']): ParallelBlock => ({
    id: key,
    heading: { ...both((l) => `${partLabel(l, n)}${plans[l].document.headings[key]}`), level: 2 },
    pairs: [],
  });
  return [
    {
      id: 'notice',
      heading: { ...both((l) => plans[l].document.noticeTitle), level: 2 },
      pairs: alignSentences(zh.sections.notice, en.sections.notice, 'notice-', 'content/sections/*/notice.mdx'),
    },
    { id: 'plan-title', heading: { ...both((l) => plans[l].document.title), level: 2 }, pairs: [] },
    section('preamble'),
    { ...part(1, 'ideology'), pairs: section('ideology').pairs },
    part(2, 'principles'),
    ...items('principles', zh.principles),
    part(3, 'goals'),
    section('target'),
    ...items('goals', zh.goals),
    part(4, 'tasks'),
    ...zh.groups.flatMap((group) => {
      const other = en.groups.find((g) => g.number === group.number);
      if (!other) throw new Error(`content/groups/zh/${group.number}.yaml: no English counterpart`);
      return [
        {
          id: group.id,
          heading: {
            zh: `${subLabel('zh', group.number)}${group.title}`,
            en: `${subLabel('en', group.number)}${other.title}`,
            level: 3 as const,
          },
          pairs: [],
        },
        ...items('tasks', group.tasks),
      ];
    }),
    section('closing'),
  ];
}
