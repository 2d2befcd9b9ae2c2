// Finds Chromium for the browser tests ($CHROMIUM_PATH or /usr/bin/chromium); as root installs Debian's, else says what to install.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
const found = candidates.find((p) => fs.existsSync(p));
if (found) {
  console.log(`chromium: ${found}`);
  process.exit(0);
}
if (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
  console.log('chromium: not found, installing Debian package "chromium" (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (fs.existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  'Chromium not found: install Debian\'s "chromium" package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.',
);
process.exit(1);
