// /og/zh.png, /og/en.png: the share card of every page that is not an item page (the document itself).
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardResponse } from '../../press/cards/render-node';
import { siteCard } from '../../press/cards/content';
import { getPlan } from '../../plan/load-node';
import { LANGS } from '../../locale';

export const getStaticPaths = (async () =>
  Promise.all(
    LANGS.map(async (lang) => ({ params: { lang }, props: { card: siteCard(lang, await getPlan(lang)) } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => cardResponse(props.card);
