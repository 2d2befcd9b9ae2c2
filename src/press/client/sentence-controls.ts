// Sentence numbers and the action bar (NumberedSentences, ParallelPairs, ItemActions), with one click listener:
// a number (a plain #s3 link without JavaScript) opens its menu, whose code is fetched by URL on first use (see
// src/press/integration-node.ts); side by side keeps the reader's place (#s3 is the same pair there); share offers
// the quote card of the sentence the reader is at, through the Web Share API where the browser has it; print.
import menuUrl from 'virtual:sentence-menu';

type SentenceMenu = typeof import('./sentence-menu');

document.addEventListener('click', (event) => {
  const target = (event.target as Element).closest<HTMLElement>(
    'a.sn:not([data-copy-link]), [data-keep-hash], [data-share], [data-print]',
  );
  if (!target || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const n = /^#s(\d+)$/u.exec(window.location.hash)?.[1];
  if (target.matches('[data-print]')) return window.print();
  if (target instanceof HTMLAnchorElement && target.matches('[data-keep-hash]')) {
    target.hash = n ? `s${n}` : '';
    return;
  }
  if (target instanceof HTMLAnchorElement && target.matches('[data-share]')) {
    // The share page of a sentence shows its quote card in link previews; otherwise the item page and its card.
    if ('share' in navigator) {
      event.preventDefault();
      const url = n ? new URL(`s${n}/`, window.location.href).href : window.location.href.split('#')[0];
      navigator.share({ title: document.title, url }).catch(() => undefined);
    } else {
      target.pathname = target.pathname.replace(/(\/\d+)(\/s\d+)?\.png$/u, n ? `$1/s${n}.png` : '$1.png');
    }
    return;
  }
  event.preventDefault();
  void (import(/* @vite-ignore */ menuUrl) as Promise<SentenceMenu>).then((menu) =>
    menu.toggle(target as HTMLAnchorElement),
  );
});
