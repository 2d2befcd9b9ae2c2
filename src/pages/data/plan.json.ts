// /data/plan.json: the whole plan in both languages, every item sentence by sentence (documented at /{lang}/data/).
import type { APIRoute } from 'astro';
import { dataContext } from '../../open-data/load-node';
import { planJson, toJsonText } from '../../open-data/json';

export const GET: APIRoute = async ({ site }) =>
  new Response(toJsonText(planJson(await dataContext(site))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
