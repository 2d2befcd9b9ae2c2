// /{lang}/changes/feed.xml: the corrections log as RSS 2.0, one item per entry, newest first.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { HTML_LANG, langPaths, useTranslations, type Lang } from '../../../locale';
import { changesFeedUrl, changesUrl } from '../../../plan/routes';
import { SITE_URL } from '../../../site';
import { changeTitle } from '../../../trust/changes';
import { getChanges } from '../../../trust/load-node';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const t = useTranslations(lang);
  const changes = await getChanges();
  const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');
  return rss({
    title: t('changes.feedTitle'),
    description: t('changes.description'),
    site: `${SITE_URL}${changesUrl(lang)}`,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${HTML_LANG[lang]}</language>`,
      `<lastBuildDate>${new Date(`${changes[0]!.date}T00:00:00Z`).toUTCString()}</lastBuildDate>`,
      `<atom:link href="${escape(`${SITE_URL}${changesFeedUrl(lang)}`)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: changes.map((change) => ({
      title: changeTitle(change.summary[lang]),
      link: `${SITE_URL}${changesUrl(lang, change.id)}`,
      pubDate: new Date(`${change.date}T00:00:00Z`),
      description: change.summary[lang],
      categories: change.items,
    })),
  });
};
