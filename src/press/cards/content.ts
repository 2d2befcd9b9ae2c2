// What each share card says: the item's number and title and the document number, in the page's language.
import { useTranslations, type Lang } from '../../locale';
import { itemLabel } from '../../plan/items';
import type { CardContent } from './layout-node';
import type { Plan, PlanItem } from '../../plan/types';

function reference(plan: Plan): string {
  const doc = plan.document;
  return doc.officialReference ? `${doc.officialReference} (${doc.number})` : doc.number;
}

/** The card of one principle, goal or task. */
export function itemCard(lang: Lang, plan: Plan, item: PlanItem): CardContent {
  const t = useTranslations(lang);
  return {
    kicker: itemLabel(t, item),
    title: item.title,
    reference: reference(plan),
    footer: t('card.footer', { site: t('site.title') }),
  };
}

/** The card of every other page: the document itself. */
export function siteCard(lang: Lang, plan: Plan): CardContent {
  const t = useTranslations(lang);
  return {
    kicker: plan.document.issuer,
    title: plan.document.title,
    reference: reference(plan),
    footer: t('card.site', { site: t('site.title') }),
  };
}
