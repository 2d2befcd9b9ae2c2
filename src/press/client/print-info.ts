// Print: the print date and each link's absolute address (PrintInfo.astro; run by layouts/page-client.ts).
// accessDateIn, not formatAccessDate: the page names its citation style, so the locale table stays off the page.
import { accessDateIn } from '../citation';

// Run before printing, so the date is the day of printing and each link shows where it leads, in full.
const prepare = () => {
  for (const date of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
    date.textContent = accessDateIn(date.dataset.printDate === 'chicago' ? 'chicago' : 'gbt7714', new Date());
  }
  // Addresses on the site's public origin (the canonical URL's), wherever this copy is served from.
  const base = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href], .banner a[href]')) {
    const url = new URL(link.getAttribute('href') ?? '', base).href;
    // Not for links within the page, glossary terms, or a link that already reads as its address.
    const plain = link.matches('[href^="#"], .term') || link.textContent?.trim() === url;
    if (!plain) link.dataset.url = url;
  }
};
addEventListener('beforeprint', prepare);
prepare();
