// The menu of one sentence number (loaded on its first click): copy link, quote card, cite, report a translation
// problem. Item and language come from the page's address; both texts of the sentence from its open-data file.
import { sentenceMenu as zhMenu, type as zhType, item as zhItem } from '../../locale/strings/zh.json';
import { sentenceMenu as enMenu, type as enType, item as enItem } from '../../locale/strings/en.json';
import { reportProblemUrl } from '../../feedback/report';
import feedbackTarget from 'virtual:feedback-target';
import { ITEMS } from '../../plan/items';
import { parseRoute, sentenceShareUrl } from '../../plan/routes';

const STRINGS = {
  zh: { menu: zhMenu, type: zhType, label: zhItem.label },
  en: { menu: enMenu, type: enType, label: enItem.label },
};
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/gu, (_, key: string) => String(values[key] ?? ''));

let open: { menu: HTMLElement; link: HTMLAnchorElement } | undefined;

function close(focus = false): void {
  if (!open) return;
  open.menu.remove();
  open.link.setAttribute('aria-expanded', 'false');
  if (focus) open.link.focus();
  open = undefined;
}

async function copy(url: string): Promise<void> {
  await navigator.clipboard.writeText(url);
  // The page's copy status (CopyStatus.astro): a toast that is also a live region.
  const region = document.querySelector<HTMLElement>('[data-copy-status]');
  const message = region?.firstElementChild;
  if (region && message) {
    message.textContent = region.dataset.link ?? '';
    window.setTimeout(() => (message.textContent = ''), 4000);
  }
}

/** Opens the menu of a sentence number, or closes it when it is open. */
export function toggle(link: HTMLAnchorElement): void {
  if (open?.link === link) return close(true);
  close();
  // The item page (/en/tasks/7/) or its parallel page (/en/tasks/7/parallel/).
  const route = parseRoute(window.location.pathname.replace(/parallel\/$/u, ''));
  const n = /(\d+)$/u.exec(link.hash)?.[1];
  if (!route?.item || !n) return void (window.location.hash = link.hash);
  const { lang, item } = route;
  const s = STRINGS[lang];
  const collection = ITEMS[item.type].folder;
  const number = item.number;
  const itemPath = `/${lang}/${collection}/${number}/`;
  const onItemPage = window.location.pathname === itemPath;
  const label = fill(s.label, { type: s.type[item.type], number });

  // Styled here rather than in the site's CSS, which every page loads: the menu exists only once opened.
  const menu = document.createElement('div');
  Object.assign(menu.style, {
    position: 'absolute',
    zIndex: '20',
    left: '0',
    top: '1.75em',
    display: 'flex',
    flexDirection: 'column',
    minWidth: '15rem',
    border: '2px solid var(--color-ink)',
    borderRadius: '0.25rem',
    background: 'var(--color-paper)',
    fontSize: '1rem',
    boxShadow: '0 4px 12px rgb(0 0 0 / 0.2)',
  });
  menu.setAttribute('role', 'menu');
  menu.setAttribute('aria-label', link.getAttribute('aria-label') ?? '');
  const entry = (text: string, href?: string): HTMLElement => {
    const el = document.createElement(href ? 'a' : 'button');
    el.setAttribute('role', 'menuitem');
    el.tabIndex = -1;
    Object.assign(el.style, {
      minHeight: '2.75rem',
      padding: '0.5rem 0.75rem',
      color: 'var(--color-link)',
      textAlign: 'left',
      textDecoration: 'none',
      cursor: 'pointer',
    });
    el.textContent = text;
    if (el instanceof HTMLAnchorElement && href) el.href = href;
    if (el instanceof HTMLButtonElement) el.type = 'button';
    menu.append(el);
    return el;
  };
  const copyLink = entry(fill(s.menu.copyLink, { n }));
  copyLink.addEventListener('click', () => {
    close(true);
    copy(link.href).catch(() => (window.location.hash = link.hash));
  });
  entry(s.menu.card, sentenceShareUrl(lang, item, Number(n)));
  const cite = entry(s.menu.cite, onItemPage ? '#citation' : `${itemPath}#s${n}`);
  if (onItemPage) {
    cite.addEventListener('click', () => {
      document.dispatchEvent(new CustomEvent('cite-sentence', { detail: Number(n) }));
      close();
    });
  }
  const report = entry(s.menu.report, '#') as HTMLAnchorElement;
  const pageUrl = new URL(`${itemPath}#s${n}`, window.location.href).href;
  const reportWith = (texts: string[]) => {
    report.href = reportProblemUrl(
      {
        pageUrl,
        lang,
        subject: fill(s.menu.reportSubject, { label, n }),
        lines: [s.menu.reportIntro, '', `${label}, s${n}`, ...texts],
      },
      feedbackTarget.includes('@') ? { email: feedbackTarget } : { email: '', formUrl: feedbackTarget },
    );
  };
  const own =
    link
      .closest('p, li')
      ?.textContent?.replace(/^\s*\d+/u, '')
      .trim() ?? '';
  reportWith([own]);
  // Both texts, from the item's open-data file (the same origin; nothing is sent anywhere).
  fetch(`/data/${collection}/${number}.json`)
    .then((response) => response.json())
    .then((data: { item: { sentences: { id: string; zh: string; en: string }[] } }) => {
      const sentence = data.item.sentences.find((x) => x.id === `s${n}`);
      if (sentence) reportWith([`zh: ${sentence.zh}`, `en: ${sentence.en}`]);
    })
    .catch(() => undefined);

  menu.addEventListener('keydown', (event) => {
    const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(items.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close();
    else return;
    event.preventDefault();
  });
  link.after(menu);
  link.setAttribute('aria-haspopup', 'menu');
  link.setAttribute('aria-expanded', 'true');
  open = { menu, link };
  copyLink.focus();
}

document.addEventListener('click', (event) => {
  const target = event.target as Element;
  if (open && !open.menu.contains(target) && !target.closest('a.sn')) close();
});
