// A glossary term is found in the same parts of the plan in both languages: otherwise a form is misspelt or
// missing, or the translation does not use the term's English name.
import { occurrences, type GlossaryTerm } from '../reference/glossary';
import type { Plan } from '../plan/types';
import type { Lang } from '../locale/locales';

const list = (parts: string[]) => (parts.length > 0 ? parts.join(', ') : 'nowhere');

export function glossaryParityProblems(plans: Record<Lang, Plan>, glossary: GlossaryTerm[]): string[] {
  const found = { zh: occurrences(plans.zh, glossary), en: occurrences(plans.en, glossary) };
  const parts = (lang: Lang, slug: string) => [...new Set((found[lang].get(slug) ?? []).map((o) => o.part))];
  const problems: string[] = [];
  // A term with no English forms marks nothing (e.g. "fintech", which is everywhere): nothing to compare.
  for (const term of glossary.filter((t) => t.match.en.length > 0)) {
    const [zh, en] = [parts('zh', term.slug), parts('en', term.slug)];
    if (zh.length === 0) {
      problems.push(
        `${term.file}: field "match.zh": no form of the term is found in the Chinese plan; correct the spelling ` +
          `(forms: ${term.match.zh.join(', ')})`,
      );
    } else if (zh.join() !== en.join()) {
      problems.push(
        `${term.file}: field "match.en": the English forms are found in ${list(en)} but the Chinese in ${list(zh)}; ` +
          `correct the spelling of a form or the translation of those parts (forms: ${term.match.en.join(', ')})`,
      );
    }
  }
  return problems;
}
