// The shape of the plan once loaded: one model for both languages.
import type { Lang } from '../locale/locales';
import { ITEM_TYPES, type ItemType } from './items';

export { ITEM_TYPES, type ItemType };

/** What a search result can be: an item of the plan, or a passage of the full text that belongs to no item. */
export const RESULT_TYPES: ResultType[] = [...ITEM_TYPES, 'section'];
export type ResultType = ItemType | 'section';

export const SECTION_IDS = ['notice', 'preamble', 'ideology', 'target', 'closing'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface PlanItem {
  type: ItemType;
  number: number;
  /** Anchor on the full-text page and key in data: `task-7`. */
  id: string;
  /**
   * The title (with its full stop) and then the body, one sentence per line: index n is sentence n as readers count
   * it, anchored #sN, and index 0 the title, anchored #title (src/plan/refs.ts).
   */
  sentences: string[];
  title: string;
  /** Tasks only: the number of their group. */
  group?: number;
  /** Content file, relative to the project root, for error messages. */
  file: string;
}

export interface PlanGroup {
  number: number;
  id: string;
  title: string;
  tasks: PlanItem[];
}

export interface PlanDocument {
  locale: Lang;
  title: string;
  noticeTitle: string;
  number: string;
  issuer: string;
  addressees: string;
  issued: Date;
  inForce: Date;
  headings: { ideology: string; principles: string; goals: string; tasks: string };
  officialTitle?: string;
  officialReference?: string;
  pinyinReference?: string;
  officialEnglishUrl?: string;
}

export interface Plan {
  lang: Lang;
  document: PlanDocument;
  sections: Record<SectionId, string[]>;
  principles: PlanItem[];
  goals: PlanItem[];
  groups: PlanGroup[];
  tasks: PlanItem[];
}
