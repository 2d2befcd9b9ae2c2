// Sentence numbering and the one way content cites a sentence of the plan: written like its URL, `tasks/14/#s4`.
// An item's title is `#title`; its body sentences are `#s1`, `#s2` … as a reader counts them.
import { ITEM_FOLDER_PATTERN, ITEMS, typeOfFolder, type ItemType } from './items';
import type { Plan, PlanItem } from './types';

export const TITLE_ID = 'title';

/** Sentence n of an item (index n of `PlanItem.sentences`): 0 is the title. */
export function sentenceId(n: number): string {
  return n === 0 ? TITLE_ID : `s${n}`;
}

/** `title` → 0, `s3` → 3; undefined for anything else. */
export function sentenceNumber(id: string): number | undefined {
  if (id === TITLE_ID) return 0;
  const match = /^s([1-9]\d*)$/u.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** The body sentences of an item, numbered as readers count them: [[1, text], [2, text] …]. */
export function bodySentences(item: Pick<PlanItem, 'sentences'>): [number, string][] {
  return item.sentences.slice(1).map((text, i) => [i + 1, text]);
}

export interface SentenceRef {
  type: ItemType;
  number: number;
  /** 0 = the title, n = body sentence n. */
  sentence: number;
}

/** The one citation syntax: `principles|goals|tasks/N/#title` or `…/N/#sN`. */
export const REF_PATTERN = new RegExp(`^(${ITEM_FOLDER_PATTERN})/([1-9]\\d*)/#(title|s[1-9]\\d*)$`, 'u');
export const REF_HINT = 'write it like tasks/14/#s4 (the title is tasks/14/#title)';

export function parseRef(ref: string): SentenceRef | undefined {
  const match = REF_PATTERN.exec(ref);
  if (!match) return undefined;
  return { type: typeOfFolder(match[1]!)!, number: Number(match[2]), sentence: sentenceNumber(match[3]!)! };
}

export function formatRef(ref: SentenceRef): string {
  return `${ITEMS[ref.type].folder}/${ref.number}/#${sentenceId(ref.sentence)}`;
}

export interface ResolvedRef extends SentenceRef {
  /** As written: tasks/14/#s4. */
  cite: string;
  item: PlanItem;
  /** The sentence in the plan's language. */
  text: string;
}

/** A citation resolved against one language's plan, or what is wrong with it (for a "file: field: …" message). */
export function resolveRef(plan: Plan, cite: string): ResolvedRef | string {
  const parsed = parseRef(cite);
  if (!parsed) return `"${cite}" is not a sentence citation: ${REF_HINT}`;
  const { folder } = ITEMS[parsed.type];
  const items = plan[folder];
  const item = items.find((i) => i.number === parsed.number);
  if (!item) return `${cite} does not exist: there are ${items.length} ${folder}`;
  const text = item.sentences[parsed.sentence];
  if (text === undefined) {
    const body = item.sentences.length - 1;
    return `${cite} does not exist: ${parsed.type} ${parsed.number} has a title and ${body} sentence${body === 1 ? '' : 's'} (s1–s${body})`;
  }
  return { ...parsed, cite, item, text };
}
