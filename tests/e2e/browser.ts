// Launches Debian's Chromium through playwright-core with the flags this closed network needs.
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/chromium.mjs';

export function chromiumPath(): string {
  const path = findChromium();
  if (!path) throw new Error('Chromium not found: run `node scripts/ensure-system-packages.mjs` or set CHROMIUM_PATH');
  return path;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

/** Base address of the served dist/ (see global-setup.ts); fails clearly when there is no build. */
export function baseURL(): string {
  const url = inject('baseURL');
  if (!url) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  return url;
}
