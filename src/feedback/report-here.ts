// On the pages served at any address (the not-found and error pages), the report link carries the address the
// reader asked for, not the page's own file (ReportLink.astro; run by layouts/page-client.ts). Without JavaScript
// the report names the page's file, and the reader can add the address.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-report-here]')) {
  const own = encodeURIComponent(link.dataset.reportHere ?? '');
  if (own) link.href = link.href.replaceAll(own, encodeURIComponent(window.location.href));
}
