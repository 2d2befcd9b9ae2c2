// /og/{lang}/{principles,goals,tasks}/N.png: the 1200×630 share card of each item page, drawn at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../../press/cards/render-node';
import { itemCard } from '../../../../press/cards/content';
import { getPlan } from '../../../../plan/load-node';
import { LANGS } from '../../../../locale';
import { ITEM_FOLDERS } from '../../../../plan/items';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS) {
    const plan = await getPlan(lang);
    for (const collection of ITEM_FOLDERS) {
      for (const item of plan[collection]) {
        paths.push({
          params: { lang, collection, number: String(item.number) },
          props: { card: itemCard(lang, plan, item) },
        });
      }
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => cardResponse(props.card);
