// /og/{lang}/{principles,goals,tasks}/N/sM.png: the 1200×630 quote card of every sentence after an item's title.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../../../press/cards/render-node';
import { quoteCard } from '../../../../../press/cards/content';
import { getPlan } from '../../../../../plan/load-node';
import { bodySentences } from '../../../../../plan/refs';
import { ITEM_FOLDERS } from '../../../../../plan/items';
import { LANGS } from '../../../../../locale';
import { SITE_URL } from '../../../../../site';

export const getStaticPaths = (async () => {
  const host = new URL(SITE_URL).host;
  const paths = [];
  for (const lang of LANGS) {
    const plan = await getPlan(lang);
    for (const collection of ITEM_FOLDERS) {
      for (const item of plan[collection]) {
        for (const [n] of bodySentences(item)) {
          paths.push({
            params: { lang, collection, number: String(item.number), sentence: `s${n}` },
            props: { card: quoteCard(lang, plan, item, n, host) },
          });
        }
      }
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => cardResponse(props.card);
