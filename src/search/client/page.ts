// The search page: reads ?q= (and filters) from the address, shows every result, filters them, keeps the address shareable.
import type { Hit } from '../engine';
import type { Lang } from '../../locale/locales';
import type { Reading } from '../readings';
import { aboutUrl, glossaryUrl, planUrl, themesUrl } from '../../plan/routes';
import { echo, el, noteOtherLanguage, readingNote, resultItem } from './render';
import { onQueryInput, runSearch } from './run';
import { STRINGS, counted, format, formatNodes } from './strings';

export function attachSearchPage(form: HTMLFormElement, lang: Lang): void {
  const strings = STRINGS[lang].search;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  for (const box of boxes) box.checked = params.getAll(box.name).includes(box.value);
  // Filters stay folded away unless the address chose some.
  if (boxes.some((box) => box.checked)) form.querySelector('details')?.setAttribute('open', '');

  const help = noneHelp(lang);
  help.id = 'search-help';
  help.hidden = true;
  status.after(help);
  let hits: Hit[] = [];
  let reading: Reading | undefined;
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
    const shown = hits.filter((hit) => passes(hit, 'type', types) && passes(hit, 'group', groups));
    list.replaceChildren(...shown.map((hit) => resultItem(hit, lang)));
    for (const box of boxes) {
      const count = hits.filter((hit) => String(hit[box.name as 'type' | 'group'] ?? '') === box.value).length;
      box.parentElement!.querySelector('[data-count]')!.textContent = query === '' ? '' : `(${count})`;
    }
    if (query === '') status.textContent = '';
    else if (hits.length === 0) status.replaceChildren(...formatNodes(strings.none, { query: echo(query) }));
    else
      status.textContent =
        counted(lang, 'count', hits.length) +
        (shown.length < hits.length ? ` ${format(strings.shown, { shown: shown.length })}` : '');
    if (query !== '' && reading) status.prepend(readingNote(reading, lang));
    help.hidden = query === '' || hits.length > 0;
  };

  const search = async () => {
    query = input.value.trim();
    const mine = ++current;
    const isCurrent = () => mine === current;
    saveAddress();
    if (query === '') {
      hits = [];
      reading = undefined;
      list.removeAttribute('aria-busy');
      return render();
    }
    status.textContent = strings.loading;
    list.setAttribute('aria-busy', 'true');
    const found = await runSearch(lang, query).catch(() => undefined);
    if (!isCurrent()) return;
    list.removeAttribute('aria-busy');
    hits = found?.hits ?? [];
    reading = found?.reading;
    render();
    if (!found) status.textContent = strings.failed;
    else if (reading?.kind === 'other-language' || (hits.length === 0 && !reading))
      void noteOtherLanguage(status, lang, query, isCurrent);
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
 * What to do when nothing is found: the glossary, the themes and the full text, and that words newer than the plan
 * (January 2020) are not in it, with a link to what followed the plan.
 */
function noneHelp(lang: Lang): HTMLElement {
  const strings = STRINGS[lang].search;
  const link = (text: string, href: string) => Object.assign(el('a', '', text), { href });
  const comma = lang === 'zh' ? '、' : ', ';
  const or = lang === 'zh' ? '或' : ' or ';
  return el(
    'div',
    'mt-2 max-w-measure',
    el(
      'p',
      '',
      strings.helpBefore,
      link(strings.helpGlossary, glossaryUrl(lang)),
      comma,
      link(strings.helpThemes, themesUrl(lang)),
      or,
      link(strings.helpFullText, planUrl(lang)),
      strings.helpAfter,
    ),
    el('p', 'mt-1', strings.newerBefore, link(strings.newerLink, aboutUrl(lang)), strings.newerAfter),
  );
}
