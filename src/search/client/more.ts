// The search page's results beyond the plan (glossary, themes, map, status facts) and the suggestions when nothing
// is found: their entries are one small file per language, fetched only after the plan's own results are shown.
import { EXTRA_FILE, searchExtra, suggestions, type ExtraEntry, type ExtraFile, type MoreStrings } from '../extra';
import type { Lang } from '../../locale/locales';
import { stemmerFor } from './run';
import { el } from './render';
import { format } from './strings';

const files = new Map<Lang, Promise<ExtraFile | undefined>>();

/** The language's entries and strings, fetched once; without them the plan's results stand alone. */
function extraFile(lang: Lang): Promise<ExtraFile | undefined> {
  let file = files.get(lang);
  if (!file) {
    file = fetch(`/pagefind/${lang}/${EXTRA_FILE}`)
      .then((r) => (r.ok ? (r.json() as Promise<ExtraFile>) : undefined))
      .catch(() => undefined);
    files.set(lang, file);
  }
  return file;
}

/** The entries that contain the query or a form it was read as, and, for suggestions, the closest terms and themes. */
export async function findMore(
  lang: Lang,
  queries: string[],
  typed: string,
): Promise<{ found: ExtraEntry[]; suggested: ExtraEntry[]; strings: MoreStrings } | undefined> {
  const [file, stem] = await Promise.all([extraFile(lang), stemmerFor(lang)]);
  if (!file) return undefined;
  const found = searchExtra(file.entries, queries, lang, stem);
  const suggested = suggestions(file.entries, typed, lang).filter((e) => !found.includes(e));
  return { found, suggested, strings: file.strings };
}

export function moreItem(entry: ExtraEntry, strings: MoreStrings): HTMLLIElement {
  const link = el(
    'a',
    'font-bold',
    el('span', 'mr-2 inline-block rounded bg-wash px-1.5 text-sm text-muted', strings.kind[entry.kind]),
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
export function suggestionLine(entries: ExtraEntry[], strings: MoreStrings, lang: Lang): HTMLElement {
  const line = el('p', 'mt-1', strings.suggest, ' ');
  line.id = 'search-suggestions';
  entries.forEach((entry, i) => {
    const link = el('a', '', entry.title);
    link.href = entry.href;
    link.dataset.suggestion = entry.href;
    if (i > 0) line.append(lang === 'zh' ? '、' : ', ');
    line.append(link, ` (${strings.kind[entry.kind]})`);
  });
  return line;
}

export function moreCount(lang: Lang, strings: MoreStrings, count: number): string {
  const form = new Intl.PluralRules(lang).select(count);
  return format(form === 'one' && strings.count_one ? strings.count_one : strings.count_other, { count });
}
