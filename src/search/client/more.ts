// The search page's results beyond the plan (glossary, themes, map, status facts) and the suggestions when nothing
// is found: their entries are one small file per language, fetched only after the plan's own results are shown.
import { EXTRA_FILE, searchExtra, suggestions, type ExtraEntry, type ExtraKind } from '../extra';
import type { Lang } from '../../locale/locales';
import { searchMore as zhMore } from '../../locale/strings/zh.json';
import { searchMore as enMore } from '../../locale/strings/en.json';
import { stemmerFor } from './run';
import { el } from './render';
import { format } from './strings';

export const MORE: Record<Lang, typeof zhMore> = { zh: zhMore, en: enMore };

const files = new Map<Lang, Promise<ExtraEntry[]>>();

/** The language's entries, fetched once; none if the file cannot be had (the plan's results stand alone). */
function entries(lang: Lang): Promise<ExtraEntry[]> {
  let file = files.get(lang);
  if (!file) {
    file = fetch(`/pagefind/${lang}/${EXTRA_FILE}`)
      .then((r) => (r.ok ? (r.json() as Promise<ExtraEntry[]>) : []))
      .catch(() => []);
    files.set(lang, file);
  }
  return file;
}

/** The entries that contain the query or a form it was read as, and, for suggestions, the closest terms and themes. */
export async function findMore(
  lang: Lang,
  queries: string[],
  typed: string,
): Promise<{ found: ExtraEntry[]; suggested: ExtraEntry[] }> {
  const [all, stem] = await Promise.all([entries(lang), stemmerFor(lang)]);
  const found = searchExtra(all, queries, lang, stem);
  const suggested = suggestions(all, typed, lang).filter((e) => !found.includes(e));
  return { found, suggested };
}

export function kindLabel(lang: Lang, kind: ExtraKind): string {
  return MORE[lang].kind[kind];
}

export function moreItem(entry: ExtraEntry, lang: Lang): HTMLLIElement {
  const link = el(
    'a',
    'font-bold',
    el('span', 'mr-2 inline-block rounded bg-wash px-1.5 text-sm text-muted', kindLabel(lang, entry.kind)),
    entry.title,
  );
  link.href = entry.href;
  const text = el('p', 'mt-1 text-muted', excerpt(entry.text));
  const item = el('li', 'border-b border-line py-3', link, text);
  item.dataset.more = entry.href;
  item.dataset.kind = entry.kind;
  return item;
}

/** The first line of what an entry says, at most about two lines long. */
function excerpt(text: string, max = 160): string {
  const first = text.split('\n')[0]!;
  const chars = [...first];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : first;
}

/** "Did you mean: 监管沙盒 (术语), 支付 (主题)" as links. */
export function suggestionLine(entries: ExtraEntry[], lang: Lang): HTMLElement {
  const line = el('p', 'mt-1', MORE[lang].suggest, ' ');
  line.id = 'search-suggestions';
  entries.forEach((entry, i) => {
    const link = el('a', '', entry.title);
    link.href = entry.href;
    link.dataset.suggestion = entry.href;
    if (i > 0) line.append(lang === 'zh' ? '、' : ', ');
    line.append(link, ` (${kindLabel(lang, entry.kind)})`);
  });
  return line;
}

export function moreCount(lang: Lang, count: number): string {
  const strings = MORE[lang] as unknown as Record<string, string>;
  const form = new Intl.PluralRules(lang).select(count);
  return format(strings[`count_${form}`] ?? strings.count_other!, { count });
}
