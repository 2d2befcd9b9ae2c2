// /og/{lang}/{principles,goals,tasks}/N/sM.png: the 1200×630 quote card of every sentence after an item's title.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../../../../press/cards/render-node';
import { quoteCard } from '../../../../../press/cards/content';
import { bodySentencePaths } from '../../../../../plan/load-node';
import { SITE_URL } from '../../../../../site';

export const getStaticPaths = (async () => {
  const host = new URL(SITE_URL).host;
  return (await bodySentencePaths()).map(({ params, lang, plan, item, n }) => ({
    params,
    props: { card: quoteCard(lang, plan, item, n, host) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => cardResponse(props.card);
