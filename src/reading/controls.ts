// The reading settings' buttons (ReadingControls.astro; run by layouts/page-client.ts). Settings live on
// <html data-text-size data-contrast>; the blocking head script restores them before first paint.
const root = document.documentElement;
const panel = document.getElementById('reading-controls');
const save = () => {
  try {
    localStorage.setItem('reading', JSON.stringify({ size: root.dataset.textSize, contrast: root.dataset.contrast }));
  } catch {
    // Storage may be disabled; the setting then lasts for this page only.
  }
};
const sync = () => {
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-text-size]')) {
    b.setAttribute('aria-pressed', String((root.dataset.textSize ?? 'standard') === b.dataset.textSize));
  }
  document
    .querySelector('[data-contrast-toggle]')
    ?.setAttribute('aria-pressed', String(root.dataset.contrast === 'high'));
};
if (panel) {
  panel.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    if (button.dataset.textSize) root.dataset.textSize = button.dataset.textSize;
    else root.dataset.contrast = root.dataset.contrast === 'high' ? 'normal' : 'high';
    save();
    sync();
  });
  sync();
}
