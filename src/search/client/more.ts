// The search page's results beyond the plan (glossary, themes, map, status facts) and the suggestions when nothing
// is found: their entries are one small file per language, fetched only after the plan's own results are shown.
import {
  EXTRA_FILE,
  extraSegments,
  searchExtra,
  suggestions,
  type ExtraEntry,
  type ExtraFile,
  type MoreStrings,
} from '../extra';
import type { Lang } from '../../locale/locales';
import type { Segment } from '../excerpt';
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
): Promise<{ found: ExtraEntry[]; suggested: ExtraEntry[]; strings: MoreStrings; mark: Marker } | undefined> {
  const [file, stem] = await Promise.all([extraFile(lang), stemmerFor(lang)]);
  if (!file) return undefined;
  const found = searchExtra(file.entries, queries, lang, stem);
  const suggested = suggestions(file.entries, typed, lang).filter((e) => !found.includes(e));
  return { found, suggested, strings: file.strings, mark: (e) => extraSegments(e, queries, lang, stem) };
}

/** An entry's title and excerpt with the query marked. */
export type Marker = (entry: ExtraEntry) => { title: Segment[]; excerpt: Segment[] };

const marked = (segments: Segment[]) =>
  segments.map((s) => (s.hit ? el('mark', 'bg-notice text-ink', s.text) : s.text));

export function moreItem(entry: ExtraEntry, strings: MoreStrings, mark: Marker): HTMLLIElement {
  const segments = mark(entry);
  const link = el(
    'a',
    'font-bold',
    el('span', 'mr-2 inline-block rounded bg-wash px-1.5 text-sm text-muted', strings.kind[entry.kind]),
    ...marked(segments.title),
  );
  link.href = entry.href;
  const text = el('p', 'mt-1 text-muted', ...marked(segments.excerpt));
  const item = el('li', 'border-b border-line py-3', link, text);
  item.dataset.more = entry.href;
  item.dataset.kind = entry.kind;
  return item;
}

/** "Did you mean: 监管沙盒 (术语), 支付 (主题)" as links. */
export function suggestionLine(entries: ExtraEntry[], strings: MoreStrings, lang: Lang): HTMLElement {
  // Chinese takes full-width punctuation and no spaces around it: 您是否要找：监管（主题）、…
  const zh = lang === 'zh';
  const line = el('p', 'mt-1', strings.suggest, zh ? '' : ' ');
  line.id = 'search-suggestions';
  entries.forEach((entry, i) => {
    const link = el('a', '', entry.title);
    link.href = entry.href;
    link.dataset.suggestion = entry.href;
    if (i > 0) line.append(zh ? '、' : ', ');
    line.append(link, zh ? `（${strings.kind[entry.kind]}）` : ` (${strings.kind[entry.kind]})`);
  });
  return line;
}

export function moreCount(lang: Lang, strings: MoreStrings, count: number): string {
  const form = new Intl.PluralRules(lang).select(count);
  return format(form === 'one' && strings.count_one ? strings.count_one : strings.count_other, { count });
}
