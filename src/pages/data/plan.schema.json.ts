// /data/plan.schema.json: the JSON Schema of /data/plan.json and of the item files (#/$defs/itemFile).
import type { APIRoute } from 'astro';
import { toJsonText } from '../../open-data/json';
import { planSchema } from '../../open-data/schema';
import { SITE_URL } from '../../site';

export const GET: APIRoute = ({ site }) =>
  new Response(toJsonText(planSchema(site ?? new URL(SITE_URL))), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
