// A glossary term is found in the same parts of the plan in the source and the translation: otherwise a form is
// misspelt or missing, or the translation does not use the term's official name.
import { occurrences, type GlossaryTerm } from '../reference/glossary';
import type { Plan } from '../plan/types';
import { LANGS, otherLangs, SOURCE_LANG, type Lang } from '../locale/locales';

const list = (parts: string[]) => (parts.length > 0 ? `in ${parts.join(', ')}` : 'nowhere');

export function glossaryParityProblems(plans: Record<Lang, Plan>, glossary: GlossaryTerm[]): string[] {
  const found = new Map(LANGS.map((lang) => [lang, occurrences(plans[lang], glossary)]));
  const parts = (lang: Lang, slug: string) => [...new Set((found.get(lang)?.get(slug) ?? []).map((o) => o.part))];
  const problems: string[] = [];
  for (const lang of otherLangs(SOURCE_LANG)) {
    // A term with no forms in the translation marks nothing (e.g. "fintech", which is everywhere).
    for (const term of glossary.filter((t) => t.match[lang].length > 0)) {
      const [source, translation] = [parts(SOURCE_LANG, term.slug), parts(lang, term.slug)];
      if (source.length === 0) {
        problems.push(
          `${term.file}: field "match.${SOURCE_LANG}": no form of the term is found in the source text; correct ` +
            `the spelling (forms: ${term.match[SOURCE_LANG].join(', ')})`,
        );
      } else if (source.join() !== translation.join()) {
        problems.push(
          `${term.file}: field "match.${lang}": the translation has these forms ${list(translation)} but the ` +
            `source has the term ${list(source)}; correct the spelling of a form or the translation of those parts ` +
            `(forms: ${term.match[lang].join(', ')})`,
        );
      }
    }
  }
  return [...new Set(problems)];
}
