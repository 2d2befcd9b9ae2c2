// Keeps the reader's place when switching language: /zh/tasks/7/#s3 goes to /en/tasks/7/#s3, /zh/search/?q=…
// keeps its query (the links of components/LanguageSwitch.astro; run by layouts/page-client.ts, and on the search
// page from the start by search/client/page-main.ts).
// Each link once: on the search page both scripts run this module.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]:not([data-carries])')) {
  link.dataset.carries = '';
  const carry = () => {
    link.hash = window.location.hash;
    if (link.pathname.endsWith('/search/')) link.search = window.location.search;
  };
  for (const type of ['click', 'auxclick', 'contextmenu', 'focus', 'pointerenter']) {
    link.addEventListener(type, carry);
  }
}
