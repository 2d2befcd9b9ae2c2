// Live results under the header search box; SearchBox.astro loads this on the reader's first focus or keystroke.
import { searchUrl } from '../../plan/routes';
import type { Lang } from '../../locale/locales';
import { echo, noteOtherLanguage, readingNote, resultItem } from './render';
import { onQueryInput, openIndex, runSearch } from './run';
import { STRINGS, counted, formatNodes } from './strings';

/** Results shown under the box; the search page has them all, with filters. */
const SHOWN = 6;

export function attachLiveSearch(form: HTMLFormElement, lang: Lang): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const strings = STRINGS[lang].search;
  void openIndex(lang).catch(() => undefined);

  const panel = document.createElement('div');
  panel.id = 'search-panel';
  panel.hidden = true;
  panel.className =
    'absolute top-full right-0 left-0 z-20 mt-1 max-h-[70vh] overflow-y-auto rounded border border-line bg-paper p-3 text-ink shadow-lg sm:right-auto sm:w-[min(34rem,calc(100vw-2rem))]';
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'text-sm';
  const list = document.createElement('ol');
  list.setAttribute('aria-label', strings.results);
  const more = document.createElement('p');
  more.className = 'mt-2 font-bold';
  panel.append(status, list, more);
  form.append(panel);
  input.setAttribute('aria-controls', panel.id);

  let current = 0;
  const close = () => {
    panel.hidden = true;
  };
  // The panel starts under the box and is at most the window's width less 2rem; where the box sits near the right
  // edge (a Chinese header at 640–800 px) it is moved left until it ends 1rem inside the window, so that it is never
  // cut off and the page never scrolls sideways.
  const open = () => {
    panel.hidden = false;
    panel.style.left = '';
    const margin = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const over = panel.getBoundingClientRect().right - (document.documentElement.clientWidth - margin);
    if (over > 0) panel.style.left = `${-over}px`;
  };
  const search = async () => {
    const query = input.value.trim();
    const mine = ++current;
    const isCurrent = () => mine === current;
    if (query === '') {
      list.removeAttribute('aria-busy');
      return close();
    }
    list.setAttribute('aria-busy', 'true');
    const results = await runSearch(lang, query).catch(() => undefined);
    if (!isCurrent()) return;
    const hits = results?.hits;
    open();
    list.removeAttribute('aria-busy');
    list.replaceChildren(...(hits ?? []).slice(0, SHOWN).map((hit) => resultItem(hit, lang)));
    // Always a way on: the search page has every result, the entries beyond the plan (glossary, themes, map, status
    // facts) and, when nothing is found, suggestions; the box shows the plan's first results only.
    const all = document.createElement('a');
    all.href = searchUrl(lang, query);
    all.dataset.searchPage = '';
    all.textContent = hits && hits.length > SHOWN ? counted(lang, 'all', hits.length) : strings.page;
    more.replaceChildren(all);
    if (!hits) status.textContent = strings.failed;
    else if (hits.length > 0) status.textContent = counted(lang, 'count', hits.length);
    else status.replaceChildren(...formatNodes(strings.none, { query: echo(query) }));
    if (results?.reading && results.strings) status.prepend(readingNote(results.reading, results.strings, lang));
    if (results && (results.reading?.kind === 'other-language' || (hits!.length === 0 && !results.reading)))
      void noteOtherLanguage(status, lang, query, isCurrent);
  };
  onQueryInput(input, () => void search());

  // Keyboard: arrow keys move between the box and the results, Escape closes the panel.
  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a[href]')];
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      close();
      input.focus();
      event.preventDefault();
      return;
    }
    if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || panel.hidden) return;
    const targets = [input, ...links()];
    const at = targets.indexOf(document.activeElement as HTMLInputElement);
    if (at === -1) return;
    const next = targets[(at + (event.key === 'ArrowDown' ? 1 : targets.length - 1)) % targets.length]!;
    next.focus();
    event.preventDefault();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '' && list.childElementCount + status.textContent!.length > 0) open();
  });
  if (input.value.trim() !== '') void search();
}
