// Printing: printed to PDF by Chromium and read back with pdftotext (poppler-utils), a page shows its content, the
// citation, its own address and the print date, links with absolute addresses, and none of the site's furniture.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launchBrowser } from './browser';
import { formatAccessDate } from '../../src/press/citation';
import { SITE_URL } from '../../src/site';
import zh from '../../src/locale/strings/zh.json';
import en from '../../src/locale/strings/en.json';

const STRINGS = { zh, en };
const PAGES = [
  { url: '/en/tasks/7/', lang: 'en', cited: true },
  { url: '/zh/tasks/7/', lang: 'zh', cited: true },
  { url: '/en/themes/payments/', lang: 'en', cited: false },
  { url: '/zh/map/', lang: 'zh', cited: false },
] as const;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'print-'));
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Prints the page to A4 PDF as the browser's print dialog would (beforeprint first), and returns its text. */
async function printed(url: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(`${baseURL()}${url}`);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const file = path.join(dir, `${url.replaceAll('/', '_')}.pdf`);
  await page.pdf({ path: file, format: 'A4' });
  await page.close();
  // -raw keeps the text in content order; the PDF's own line breaks split long addresses, so they are joined here.
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

describe('print', () => {
  it.each(PAGES)('$url: content, address, print date and citation; no site furniture', async ({ url, lang, cited }) => {
    const text = await printed(url);
    const t = STRINGS[lang];
    const flat = text.replace(/\s+/gu, '');
    const page = await browser.newPage();
    await page.goto(`${baseURL()}${url}`);
    const h1 = await page.locator('h1').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-copy-link]').forEach((link) => link.remove()); // not printed
      return copy.textContent ?? '';
    });
    const citation = cited ? await page.locator('#citation').innerText() : '';
    await page.close();

    expect(flat).toContain(h1.replace(/\s+/gu, ''));
    expect(flat).toContain(t.print.address.replace('{{url}}', new URL(url, SITE_URL).href).replace(/\s+/gu, ''));
    expect(flat).toContain(`${t.print.date}${formatAccessDate(lang, new Date())}`.replace(/\s+/gu, ''));
    // The citation, with the address it cites; its copy button is not printed.
    if (cited) {
      expect(flat).toContain(citation.split(/\s+/u).slice(0, 4).join(''));
      expect(text).not.toContain(t.cite.copy);
    }
    // No header, menu, search box, reading settings, skip link or footer.
    for (const chrome of [t.skip, t.nav.menu, t.reading.label, t.lang.switch, t.report.link]) {
      expect(text).not.toContain(chrome);
    }
    // Every printed link address is absolute: nothing like <​/en/…> or <#s3>.
    expect(text).not.toMatch(/<\s*[/#]/u);
    expect(flat).toMatch(/<https?:\/\//u);
  });
});
