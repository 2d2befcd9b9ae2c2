// Launches Debian's Chromium through playwright-core with the flags this closed network needs.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';

export function chromiumPath(): string {
  const path = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));
  if (!path) throw new Error('Chromium not found: run `node scripts/ensure-system-packages.mjs` or set CHROMIUM_PATH');
  return path;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Base address of the served dist/ (see global-setup.ts); fails clearly when there is no build. */
export function baseURL(): string {
  const url = inject('baseURL');
  if (!url) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  return url;
}
