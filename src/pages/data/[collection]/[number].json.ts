// /data/principles/N.json, /data/goals/N.json, /data/tasks/N.json: one item in both languages, the twin of its page.
import type { APIRoute } from 'astro';
import { getPlan } from '../../../plan/load-node';
import { dataContext } from '../../../open-data/load-node';
import { itemJson, toJsonText } from '../../../open-data/json';
import type { PlanItem } from '../../../plan/types';
import { ITEM_FOLDERS } from '../../../plan/items';

export async function getStaticPaths() {
  const plan = await getPlan('zh');
  return ITEM_FOLDERS.flatMap((collection) =>
    plan[collection].map((item) => ({ params: { collection, number: String(item.number) }, props: { item } })),
  );
}

export const GET: APIRoute<{ item: PlanItem }> = async ({ site, props }) =>
  new Response(toJsonText(itemJson(await dataContext(site), props.item.type, props.item.number)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
