// Chinese and English aligned sentence by sentence (line n of a zh file ↔ line n of its en file), for parallel pages.
import { partLabel, subLabel } from '../plan/numbering';
import { sentenceId } from '../plan/refs';
import { ITEMS } from '../plan/items';
import { documentOutline } from '../plan/outline';
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

/** The whole plan as aligned blocks, one per block of the Chinese outline (a part's own text joins its heading). */
export function alignPlan(zh: Plan, en: Plan): ParallelBlock[] {
  const plans = { zh, en };
  const blocks: ParallelBlock[] = [];
  for (const block of documentOutline(zh)) {
    switch (block.kind) {
      case 'section': {
        const pairs = alignSentences(
          block.sentences,
          en.sections[block.id],
          `${block.id}-`,
          `content/sections/*/${block.id}.mdx`,
        );
        const previous = blocks.at(-1);
        if (previous?.id === block.id) previous.pairs = pairs;
        else if (block.id === 'notice')
          blocks.push({ id: block.id, heading: { ...both((l) => plans[l].document.noticeTitle), level: 2 }, pairs });
        else blocks.push({ id: block.id, pairs });
        break;
      }
      case 'title':
        blocks.push({ id: block.id, heading: { ...both((l) => plans[l].document.title), level: 2 }, pairs: [] });
        break;
      case 'part':
        blocks.push({
          id: block.id,
          heading: { ...both((l) => `${partLabel(l, block.n)}${plans[l].document.headings[block.id]}`), level: 2 },
          pairs: [],
        });
        break;
      case 'group': {
        const { group } = block;
        const other = en.groups.find((g) => g.number === group.number);
        if (!other) throw new Error(`content/groups/zh/${group.number}.yaml: no English counterpart`);
        blocks.push({
          id: block.id,
          heading: {
            zh: `${subLabel('zh', group.number)}${group.title}`,
            en: `${subLabel('en', group.number)}${other.title}`,
            level: 3,
          },
          pairs: [],
        });
        break;
      }
      case 'item': {
        const { item } = block;
        const other = en[ITEMS[item.type].folder].find((e) => e.number === item.number);
        if (!other) throw new Error(`${item.file}: no English counterpart`);
        blocks.push({ id: item.id, item, pairs: alignItem(item, other, `${item.id}-`) });
        break;
      }
    }
  }
  return blocks;
}
