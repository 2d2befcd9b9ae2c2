// Glossary aliases: the content check that each alias leads to words the plan's text contains.
import type { Alias, GlossaryTerm } from './glossary';
import type { Plan } from '../plan/types';
import { LANGS, type Lang } from '../locale/locales';

/** Every text of the plan that search indexes: sections, items (titles included), group titles and headings. */
export function planTexts(plan: Plan): string[] {
  return [
    plan.document.title,
    ...Object.values(plan.document.headings),
    ...Object.values(plan.sections).flat(),
    ...[...plan.principles, ...plan.goals, ...plan.tasks].flatMap((item) => item.sentences),
    ...plan.groups.map((group) => group.title),
  ];
}

/** Folds text as a search query is folded: NFKC, lower case, one space between words, ’ as '. */
export function aliasKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/’/gu, "'").replace(/\s+/gu, ' ').trim();
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;

/** Whether the text contains the form, case-insensitively; Latin letters and digits may not run on either side. */
export function containsForm(text: string, form: string): boolean {
  const haystack = aliasKey(text);
  const needle = aliasKey(form);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const runs = (inner: string | undefined, outer: string | undefined) =>
      inner !== undefined && outer !== undefined && LATIN_OR_DIGIT.test(inner) && LATIN_OR_DIGIT.test(outer);
    if (!runs(needle[0], before) && !runs(needle.at(-1), after)) return true;
  }
  return false;
}

/**
 * The forms an alias leads to (search finds the pages that contain any of them): its own `search`, else the term's
 * forms in that language that the text contains (人民银行 for 中国人民银行; 科技创新中心 and 科创中心), leaving out a
 * form that contains another (People's Bank of China (PBOC)), else the term itself (fintech is marked nowhere, but
 * the text uses it).
 */
export function aliasTargets(
  term: GlossaryTerm,
  alias: Alias | undefined,
  lang: Lang,
  inText: (form: string) => boolean,
): string[] {
  if (alias?.search) return [alias.search];
  const forms = (term.match[lang].length > 0 ? term.match[lang] : [term.term[lang]]).filter(inText);
  const minimal = forms.filter((f) => !forms.some((g) => g !== f && aliasKey(f).includes(aliasKey(g))));
  return minimal.length > 0 ? minimal : [term.match[lang][0] ?? term.term[lang]];
}

/**
 * Checks every alias against the plan's text in its language, naming file and field: the form it leads to must be
 * part of the term and occur in the text; the alias itself must not occur in the text (the reader would already
 * find it) nor be a form or alias of another term (one term per alias).
 */
export function checkAliases(terms: GlossaryTerm[], plans: Record<Lang, Plan>, problems: string[]): void {
  for (const lang of LANGS) {
    const texts = planTexts(plans[lang]);
    const inText = (form: string) => texts.some((t) => containsForm(t, form));
    const owner = new Map<string, GlossaryTerm>();
    for (const term of terms) for (const form of term.match[lang]) owner.set(aliasKey(form), term);
    for (const term of terms) {
      term.aliases[lang].forEach((alias, i) => {
        const field = `${term.file}: field "aliases.${lang}.${i}`;
        const [target] = aliasTargets(term, alias, lang, inText);
        const forms = [term.term[lang], ...term.match[lang]].map(aliasKey);
        if (!forms.some((form) => form.includes(aliasKey(target!)))) {
          problems.push(`${field}.search": "${target}" is not part of the term ${forms.join(' / ')}`);
        } else if (!inText(target!)) {
          problems.push(
            `${field}${alias.search ? '.search' : ''}": "${alias.text}" leads to "${target}", which the plan's ${lang} text does not contain`,
          );
        }
        if (inText(alias.text)) {
          problems.push(`${field}.text": the plan's ${lang} text contains "${alias.text}" itself; no alias needed`);
        }
        const other = owner.get(aliasKey(alias.text));
        if (other) {
          problems.push(
            `${field}.text": "${alias.text}" is already a form or alias of ${other.file}; one term per alias`,
          );
        }
        owner.set(aliasKey(alias.text), term);
      });
    }
  }
}
