// Finds the Debian programs the tests drive (Chromium, nginx); as root installs what is missing, else says what to install.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const needs = [
  { name: 'chromium', paths: [process.env.CHROMIUM_PATH, '/usr/bin/chromium'], hint: 'or set CHROMIUM_PATH' },
  { name: 'nginx', paths: ['/usr/sbin/nginx'], hint: '' },
];
const found = (need) => need.paths.find((p) => p && fs.existsSync(p));
const missing = needs.filter((need) => !found(need));

if (missing.length && process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
  const names = missing.map((m) => m.name);
  console.log(`installing Debian packages: ${names.join(' ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...names], { stdio: 'inherit', env });
}
const still = needs.filter((need) => !found(need));
if (still.length) {
  console.error(
    `Missing ${still.map((m) => m.name).join(' and ')}: install Debian's package${still.length > 1 ? 's' : ''} (sudo apt-get install ${still.map((m) => m.name).join(' ')})${still.map((m) => (m.hint ? ` ${m.hint}` : '')).join('')}.`,
  );
  process.exit(1);
}
console.log(needs.map((need) => `${need.name}: ${found(need)}`).join(', '));
