// "Cite this" (Citation.astro): the reader's access date, and on an item page the sentence the reader came for.
import { accessDateIn } from '../citation';

// The access date is the reader's today, never the build's, in the page's citation style.
for (const date of document.querySelectorAll<HTMLElement>('[data-access-date]')) {
  date.textContent = accessDateIn(date.dataset.accessDate === 'chicago' ? 'chicago' : 'gbt7714', new Date());
}

// On an item page the citation names the sentence the reader came for (#s3) or chose in its menu, else the item.
const part = document.querySelector<HTMLElement>('[data-part]');
const url = document.querySelector<HTMLAnchorElement>('#citation a');
if (part && url) {
  const item = part.textContent;
  const page = url.href;
  const cite = (n?: string) => {
    part.textContent = n ? (part.dataset.part ?? '').replace('%', n) : item;
    url.href = url.textContent = n ? `${page}#s${n}` : page;
  };
  const fromHash = () => {
    const n = /^#s(\d+)$/u.exec(window.location.hash)?.[1];
    if (n) cite(n);
  };
  fromHash();
  window.addEventListener('hashchange', fromHash);
  document.addEventListener('cite-sentence', (event) => {
    cite(String((event as CustomEvent<number>).detail));
    document.querySelector<HTMLDetailsElement>('#cite')!.open = true;
  });
}
