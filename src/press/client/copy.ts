// Copy controls (with CopyStatus.astro, the live region that says "Link copied"): links a[data-copy-link] copy their
// full URL, buttons button[data-copy="id"] the text of the element they name. Without the Clipboard API the links stay
// plain #fragment links and the buttons stay hidden.
const region = document.querySelector<HTMLElement>('[data-copy-status]');
const message = region?.firstElementChild;
let timer: number | undefined;

async function copy(text: string, what: 'link' | 'citation') {
  await navigator.clipboard.writeText(text);
  if (!region || !message) return;
  // Visible for a few seconds; the live region stays in the page so screen readers hear every change.
  message.textContent = region.dataset[what] ?? '';
  window.clearTimeout(timer);
  timer = window.setTimeout(() => (message.textContent = ''), 4000);
}

if (region && window.isSecureContext && navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) button.hidden = false;
  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    const link = target.closest<HTMLAnchorElement>('a[data-copy-link]');
    if (link) {
      event.preventDefault();
      // If the browser refuses, do what the plain link does: go to the sentence.
      copy(link.href, 'link').catch(() => (window.location.hash = link.hash));
      return;
    }
    const source = document.getElementById(target.closest<HTMLElement>('button[data-copy]')?.dataset.copy ?? '');
    if (source) void copy(source.textContent?.trim() ?? '', 'citation');
  });
}

export {};
