// URL helpers: one identifier per item, shared by both languages (task 7 → /zh/tasks/7/, /en/tasks/7/).
import type { ItemType, Lang } from '../lib/types';

const TYPE_PATH: Record<ItemType, string> = { principle: 'principles', goal: 'goals', task: 'tasks' };

export function homeUrl(lang: Lang): string {
  return `/${lang}/`;
}

export function planUrl(lang: Lang, anchor?: string): string {
  return `/${lang}/plan/${anchor ? `#${anchor}` : ''}`;
}

/** The layout map; a zone's section is `#zone-<id>`. */
export function mapUrl(lang: Lang, zone?: string): string {
  return `/${lang}/map/${zone ? `#zone-${zone}` : ''}`;
}

export function indexUrl(lang: Lang, type: ItemType): string {
  return `/${lang}/${TYPE_PATH[type]}/`;
}

export function itemUrl(lang: Lang, type: ItemType, number: number): string {
  return `/${lang}/${TYPE_PATH[type]}/${number}/`;
}

/** The same page in the other language: every page exists in both, under the same path. */
export function switchLangPath(pathname: string, to: Lang): string {
  return pathname.replace(/^\/(zh|en)(?=\/)/u, `/${to}`);
}
