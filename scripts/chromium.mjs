// Debian's Chromium for tests and benchmarks: where it is, and the flags it needs as root on this closed network.
import fs from 'node:fs';

/** Without the networking flags Chromium floods the closed network with connection attempts. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** $CHROMIUM_PATH or /usr/bin/chromium, or undefined. */
export function findChromium() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));
}
