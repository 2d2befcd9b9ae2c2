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

/**
 * The quote card of sentence n of an item: the sentence in quotation marks, the item and sentence number, the
 * document number, the site's address and, on English cards, that the translation is unofficial.
 */
export function quoteCard(lang: Lang, plan: Plan, item: PlanItem, n: number, host: string): CardContent {
  const t = useTranslations(lang);
  const label = itemLabel(t, item);
  const sentence = item.sentences[n];
  if (sentence === undefined) throw new Error(`quote card: ${item.file} has no sentence ${n}`);
  return {
    kicker: t('card.sentence', { label, n }),
    // Set off by a rule, not quotation marks: the card's CJK font has only full-width “ ”, wrong around English.
    title: sentence,
    reference: reference(plan),
    // "Unofficial translation · fintech-plan.example.org" on English cards; the site's address on Chinese ones.
    footer: t('card.footer', { site: host }),
    quote: true,
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
