// The search page: reads ?q= (and filters) from the address, shows every result, filters them, keeps the address shareable.
import type { Hit } from '../engine';
import type { Lang } from '../../locale/locales';
import type { Reading, ReadingStrings } from '../readings';
import { aboutUrl, glossaryUrl, planUrl, themesUrl } from '../../plan/routes';
import { searchHelp as zhHelp } from '../../locale/strings/zh.json';
import { searchHelp as enHelp } from '../../locale/strings/en.json';
import { echo, el, otherLanguageNotes, readingNote, resultItem } from './render';
import { onQueryInput, openSource, runSearch, searchIn, stemmerFor } from './run';
import { STRINGS, counted, format, formatNodes } from './strings';
import type { ExtraEntry, ExtraKind, MoreStrings } from '../extra';
import { findMore, moreCount, moreItem, suggestionLine, type Marker } from './more';

/** `painted` is called once the first results (or the failure message) of a search are on screen. */
export function attachSearchPage(form: HTMLFormElement, lang: Lang, painted?: () => void): void {
  const strings = STRINGS[lang].search;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  // The plan's text, fetched at once: a reader here is about to search.
  searchIn('text');
  void openSource(lang).catch(() => undefined);
  void stemmerFor(lang);
  const params = new URLSearchParams(window.location.search);
  // The chunk loads after the page: what the reader typed meanwhile stays (and is searched below) unless the
  // address has a query.
  const fromAddress = params.get('q');
  if (fromAddress !== null) input.value = fromAddress;
  for (const box of boxes) box.checked = params.getAll(box.name).includes(box.value);
  // Filters stay folded away unless the address chose some.
  if (boxes.some((box) => box.checked)) form.querySelector('details')?.setAttribute('open', '');

  const help = noneHelp(lang);
  help.id = 'search-help';
  help.hidden = true;
  status.after(help);
  // Glossary, themes, map and status facts: after the plan's own results, under a heading of their own.
  const moreList = el('ol', '');
  moreList.id = 'search-more-results';
  const moreHeading = el('h2', 'mt-8 text-lg font-bold');
  moreHeading.id = 'search-more-heading';
  moreList.setAttribute('aria-labelledby', moreHeading.id);
  const more = el('section', 'max-w-measure', moreHeading, moreList);
  more.id = 'search-more';
  more.hidden = true;
  list.after(more);
  // "The English text has 4 results": kept apart, so that drawing the results again keeps it in the status line.
  const otherNote = el('span', '');
  let extras: ExtraEntry[] = [];
  let suggested: ExtraEntry[] = [];
  let moreStrings: MoreStrings | undefined;
  let mark: Marker | undefined;
  let hits: Hit[] = [];
  let reading: Reading | undefined;
  let readingStrings: ReadingStrings | undefined;
  let query = '';
  let current = 0;

  const chosen = (name: string) => boxes.filter((b) => b.name === name && b.checked).map((b) => b.value);
  const passes = (hit: Hit, name: 'type' | 'group', values: string[]) =>
    values.length === 0 || values.includes(String(hit[name] ?? ''));

  const saveAddress = () => {
    const next = new URLSearchParams();
    if (query !== '') next.set('q', query);
    for (const box of boxes) if (box.checked) next.append(box.name, box.value);
    const search = next.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
  };

  const render = () => {
    const types = chosen('type');
    const groups = chosen('group');
    const kinds = chosen('kind');
    // Choosing only kinds beyond the plan hides the plan's results; choosing only types or groups hides the rest.
    const planChosen = types.length > 0 || groups.length > 0;
    const shown =
      kinds.length > 0 && !planChosen
        ? []
        : hits.filter((hit) => passes(hit, 'type', types) && passes(hit, 'group', groups));
    const moreShown =
      planChosen && kinds.length === 0 ? [] : extras.filter((e) => kinds.length === 0 || kinds.includes(e.kind));
    list.replaceChildren(...shown.map((hit) => resultItem(hit, lang)));
    moreList.replaceChildren(
      ...(moreStrings && mark ? moreShown.map((entry) => moreItem(entry, moreStrings!, mark!)) : []),
    );
    more.hidden = moreShown.length === 0 || !moreStrings;
    for (const box of boxes) {
      const count =
        box.name === 'kind'
          ? extras.filter((e) => e.kind === (box.value as ExtraKind)).length
          : hits.filter((hit) => String(hit[box.name as 'type' | 'group'] ?? '') === box.value).length;
      box.parentElement!.querySelector('[data-count]')!.textContent = query === '' ? '' : `(${count})`;
    }
    if (query === '') status.textContent = '';
    else if (hits.length === 0) status.replaceChildren(...formatNodes(strings.none, { query: echo(query) }));
    else
      status.textContent =
        counted(lang, 'count', hits.length) +
        (shown.length < hits.length ? ` ${format(strings.shown, { shown: shown.length })}` : '');
    // Said, not shown: with results it comes after they are on screen, and a line added above them would push them
    // down; the entries themselves follow the plan's results under their own heading.
    if (query !== '' && extras.length > 0 && moreStrings)
      status.append(el('span', 'sr-only', ` ${moreCount(lang, moreStrings, extras.length)}`));
    if (query !== '') status.append(otherNote);
    if (query !== '' && reading && readingStrings) status.prepend(readingNote(reading, readingStrings, lang));
    help.hidden = query === '' || hits.length > 0;
    help.querySelector('#search-suggestions')?.remove();
    if (!help.hidden && suggested.length > 0 && moreStrings) help.prepend(suggestionLine(suggested, moreStrings, lang));
  };

  const search = async () => {
    query = input.value.trim();
    const mine = ++current;
    const isCurrent = () => mine === current;
    saveAddress();
    if (query === '') {
      hits = [];
      extras = [];
      suggested = [];
      reading = undefined;
      list.removeAttribute('aria-busy');
      return render();
    }
    status.textContent = strings.loading;
    list.setAttribute('aria-busy', 'true');
    otherNote.replaceChildren();
    // The other language's count is searched alongside (its text file is small) and shown with the results, so that
    // the line does not grow above them once they are on screen.
    const notes = otherLanguageNotes(lang, query);
    const found = await runSearch(lang, query).catch(() => undefined);
    const noteWanted =
      found && (found.reading?.kind === 'other-language' || (found.hits.length === 0 && !found.reading));
    const otherNotes = noteWanted ? await notes : [];
    // The entries beyond the plan: with results, fetched once those are painted, so that they never wait for them (a
    // file of 14 KB fetched alongside put LCP past 1.5 s); with none, before anything is drawn, since the suggestions
    // are then what the reader needs and would otherwise push the help down as they arrive.
    const lookBeyond = () => findMore(lang, [query, ...(found?.reading?.search ?? [])], query).catch(() => undefined);
    const early = found && found.hits.length === 0 ? await lookBeyond() : undefined;
    if (!isCurrent()) return;
    const showBeyond = (beyond: Awaited<ReturnType<typeof lookBeyond>>) => {
      if (!beyond) return;
      moreStrings = beyond.strings;
      mark = beyond.mark;
      moreHeading.textContent = moreStrings.heading;
      extras = beyond.found;
      suggested = hits.length === 0 ? beyond.suggested : [];
    };
    list.removeAttribute('aria-busy');
    hits = found?.hits ?? [];
    extras = [];
    suggested = [];
    reading = found?.reading;
    readingStrings = found?.strings;
    otherNote.replaceChildren(...otherNotes);
    showBeyond(early);
    render();
    if (painted) void afterPaint().then(painted);
    if (!found) status.textContent = strings.failed;
    if (!found || early) return;
    await afterPaint();
    if (!isCurrent()) return;
    const beyond = await lookBeyond();
    if (!isCurrent() || !beyond) return;
    showBeyond(beyond);
    render();
  };
  onQueryInput(input, () => void search());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  for (const box of boxes) {
    box.addEventListener('change', () => {
      saveAddress();
      render();
    });
  }
  if (input.value.trim() !== '') void search();
}

/**
 * Resolves once the results just drawn are on screen: after two frames and an idle period (or a task, where idle
 * callbacks are missing), repeated once, since the paint of a long list can take more than one frame.
 */
const afterPaint = async () => {
  const settle = () =>
    new Promise<void>((resolve) =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() =>
          'requestIdleCallback' in window ? requestIdleCallback(() => resolve()) : setTimeout(resolve, 0),
        ),
      ),
    );
  await settle();
  await settle();
};

/**
 * What to do when nothing is found: the glossary, the themes and the full text, and that words newer than the plan
 * (January 2020) are not in it, with a link to what followed the plan. Its strings are in this chunk only.
 */
function noneHelp(lang: Lang): HTMLElement {
  const help = HELP[lang];
  const link = (text: string, href: string) => Object.assign(el('a', '', text), { href });
  return el(
    'div',
    'mt-2 max-w-measure',
    el(
      'p',
      '',
      help.before,
      link(help.glossary, glossaryUrl(lang)),
      help.comma,
      link(help.themes, themesUrl(lang)),
      help.or,
      link(help.fullText, planUrl(lang)),
      help.after,
    ),
    el('p', 'mt-1', help.newerBefore, link(help.newerLink, aboutUrl(lang)), help.newerAfter),
  );
}

const HELP: Record<Lang, typeof zhHelp> = { zh: zhHelp, en: enHelp };
