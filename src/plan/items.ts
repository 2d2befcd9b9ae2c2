// The kinds of numbered item in the plan, in document order: the one registry of item types. Each type's folder is
// its content collection (content/tasks/), its URL segment (/zh/tasks/7/), its open-data folder and its key in Plan.
// No runtime imports, so that Node can load it directly (deploy/policy.mjs).
import type { TFunction } from 'i18next';

export const ITEMS = {
  principle: { folder: 'principles', typeKey: 'type.principle', navKey: 'nav.principles' },
  goal: { folder: 'goals', typeKey: 'type.goal', navKey: 'nav.goals' },
  task: { folder: 'tasks', typeKey: 'type.task', navKey: 'nav.tasks' },
} as const;

export type ItemType = keyof typeof ITEMS;
export type ItemFolder = (typeof ITEMS)[ItemType]['folder'];

/** The item types in document order: principles, goals, tasks. */
export const ITEM_TYPES = Object.keys(ITEMS) as ItemType[];

/** Their folders, in the same order. */
export const ITEM_FOLDERS: ItemFolder[] = ITEM_TYPES.map((type) => ITEMS[type].folder);

/** The folders as a regular-expression alternation: `principles|goals|tasks`. */
export const ITEM_FOLDER_PATTERN = ITEM_FOLDERS.join('|');

/** The type whose folder this is (tasks → task), or undefined. */
export function typeOfFolder(folder: string): ItemType | undefined {
  return ITEM_TYPES.find((type) => ITEMS[type].folder === folder);
}

/** "Task 7" / "任务7": how the site names one item in labels, links, cards and citations. */
export function itemLabel(t: TFunction, item: { type: ItemType; number: number }): string {
  return t('item.label', { type: t(ITEMS[item.type].typeKey), number: item.number });
}
