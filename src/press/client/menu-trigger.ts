// Sentence numbers (a.sn, plain #s3 links without JavaScript) open their menu; its code is fetched on first use,
// by URL (see src/press/integration-node.ts).
import menuUrl from 'virtual:sentence-menu';

type SentenceMenu = typeof import('./sentence-menu');

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a.sn:not([data-copy-link])');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  void (import(/* @vite-ignore */ menuUrl) as Promise<SentenceMenu>).then((menu) => menu.toggle(link));
});
