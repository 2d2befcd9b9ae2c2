// /data/plan.csv: one row per item, UTF-8 with a byte-order mark for Excel (documented at /{lang}/data/).
import type { APIRoute } from 'astro';
import { dataContext } from '../../open-data/load-node';
import { planCsv } from '../../open-data/csv';

export const GET: APIRoute = async ({ site }) =>
  new Response(planCsv(await dataContext(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
