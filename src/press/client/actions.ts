// The action bar under an item's title (ItemActions.astro).
// Side by side keeps the reader's place (#s3 is the same pair there); share and the card follow the sentence the
// reader is at; print and the Web Share API where the browser has them.
const bar = document.querySelector<HTMLElement>('[data-actions]');
const parallel = bar?.querySelector<HTMLAnchorElement>('[data-keep-hash]');
const share = bar?.querySelector<HTMLAnchorElement>('[data-share]');
const print = bar?.querySelector<HTMLButtonElement>('[data-print]');
const card = share?.pathname;
const sentence = () => /^#s(\d+)$/u.exec(window.location.hash)?.[1];
const follow = () => {
  const n = sentence();
  if (parallel) parallel.hash = n ? `s${n}` : '';
  // The quote card of the sentence: /og/en/tasks/7/s3.png beside /og/en/tasks/7.png.
  if (share && card) share.pathname = n ? card.replace(/\.png$/u, `/s${n}.png`) : card;
};
follow();
window.addEventListener('hashchange', follow);
if (print) {
  print.hidden = false;
  print.addEventListener('click', () => window.print());
}
if (share && 'share' in navigator) {
  share.addEventListener('click', (event) => {
    event.preventDefault();
    const n = sentence();
    // The share page of a sentence shows its quote card in link previews; otherwise the item page.
    const url = n ? new URL(`s${n}/`, window.location.href).href : window.location.href.split('#')[0];
    navigator.share({ title: document.title, url }).catch(() => undefined);
  });
}

export {};
