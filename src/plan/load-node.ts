// Loads the content collections into the plan model (checked again by buildPlans) for the pages.
import { getCollection } from 'astro:content';
import type { ContentFile } from '../content-check/content-files-node';
import { buildPlans } from '../content-check/plan-model';
import type { CollectionName } from '../content-check/schemas';
import type { Plan, PlanItem } from './types';
import { LANGS, type Lang } from '../locale/locales';
import { ITEM_FOLDERS } from './items';
import { bodySentences } from './refs';

const NAMES: CollectionName[] = ['metadata', 'sections', 'principles', 'goals', 'groups', 'tasks'];

let cache: Promise<Record<Lang, Plan>> | undefined;

/** Collection entries as the content files the build check reads (same shape, so the same checks apply). */
export async function contentFiles(names: CollectionName[]): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const collection of names) {
    for (const entry of await getCollection(collection)) {
      const filePath = entry.filePath ?? `content/${collection}/${entry.id}`;
      const parts = filePath.split('/');
      const name = parts.at(-1) ?? '';
      const key = name.replace(/\.(mdx|yaml)$/u, '');
      const locale = (collection === 'metadata' ? key : parts.at(-2)) as Lang;
      files.push({
        collection,
        locale,
        key: collection === 'metadata' ? 'plan' : key,
        file: filePath,
        data: entry.data,
        body: entry.body ?? '',
      });
    }
  }
  return files;
}

async function load(): Promise<Record<Lang, Plan>> {
  return buildPlans(await contentFiles(NAMES));
}

export async function getPlan(lang: Lang): Promise<Plan> {
  cache ??= load();
  return (await cache)[lang];
}

/** All items of one type with their neighbours, for item pages. */
export function withNeighbours(items: PlanItem[]) {
  return items.map((item, i) => ({ item, previous: items[i - 1], next: items[i + 1] }));
}

/** Every sentence after an item's title, in every language: the routes of share pages and quote cards. */
export async function bodySentencePaths() {
  const out = [];
  for (const lang of LANGS) {
    const plan = await getPlan(lang);
    for (const collection of ITEM_FOLDERS) {
      for (const item of plan[collection]) {
        for (const [n] of bodySentences(item)) {
          const params = { lang, collection, number: String(item.number), sentence: `s${n}` };
          out.push({ params, lang, plan, item, n });
        }
      }
    }
  }
  return out;
}
