// Trust furniture in the built site: status line, independence line and report link on every page, the about-site
// and accessibility pages, the changes feed, each item's last revision, one site name.
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { useTranslations, type Lang } from '../../src/locale';
import { formatPartialDate, formatShortDate } from '../../src/plan/numbering';
import { FEEDBACK_EMAIL, ACCESSIBILITY_EMAIL, SITE_URL } from '../../src/site';
import { A11Y_STATEMENT_DATE } from '../../src/trust/accessibility';
import { builtPages, DIST } from './dist';

const pages = builtPages();
const all = [...pages.values()];
const langOf = (url: string) => url.slice(1, 3) as Lang;
const localized = all.filter((p) => /^\/(zh|en)\//u.test(p.url));
const facts = parse(fs.readFileSync('content/context/facts.yaml', 'utf8')) as { id: string; date?: string }[];
const changes = parse(fs.readFileSync('content/changes.yaml', 'utf8')) as { date: string; items: string[] }[];
const factDate = (id: string) => facts.find((f) => f.id === id)!.date!;
const ITEM = /^\/(zh|en)\/(principles|goals|tasks)\/(\d+)\/$/u;

describe('every page of both languages', () => {
  it('covers the pages (both languages, 404 included)', () => {
    expect(localized.length).toBeGreaterThan(200);
    expect(localized.some((p) => p.url === '/en/404/' || p.url === '/en/404.html')).toBe(true);
  });

  it('shows the independence line and the status line, with the dates of the facts it cites and a link to the status page', () => {
    for (const page of localized) {
      const lang = langOf(page.url);
      const t = useTranslations(lang);
      const banner = page.$('aside.banner');
      expect(banner.length, page.url).toBe(1);
      expect(banner.text(), page.url).toContain(t('banner.independent'));
      const status = banner.find('[data-status]');
      expect(status.text(), page.url).toContain(formatShortDate(lang, '2020-01-08'));
      expect(status.text(), page.url).toContain(formatShortDate(lang, factDate('in-force')));
      expect(status.text(), page.url).toContain('2024');
      expect(status.find(`a[href="/${lang}/about/"]`).text(), page.url).toBe(t('banner.statusLink'));
    }
  });

  it('has a report-a-problem link that opens mail with its own address and language filled in', () => {
    for (const page of localized) {
      const lang = langOf(page.url);
      const links = page.$('footer a[data-report]');
      expect(links.length, page.url).toBe(1);
      const href = links.attr('href')!;
      expect(href.startsWith(`mailto:${FEEDBACK_EMAIL}?subject=`), page.url).toBe(true);
      const body = decodeURIComponent(/[?&]body=([^&]*)/u.exec(href)![1]!);
      expect(body, page.url).toContain(`${SITE_URL}${page.url}`);
      expect(body, page.url).toContain(`lang: ${lang}`);
      // The not-found page is served at any address: a script puts in the one the reader asked for (nginx.test.ts).
      expect(links.attr('data-report-here'), page.url).toBe(
        page.url.endsWith('/404/') ? `${SITE_URL}${page.url}` : undefined,
      );
      expect(links.text(), page.url).toBe(useTranslations(lang)('report.link'));
    }
  });

  it('the bilingual pages (/, /404.html, the error pages) show the banner and a report link in both languages', () => {
    const bilingual = all.filter((p) => !/^\/(zh|en)\//u.test(p.url));
    expect(bilingual.map((p) => p.url).sort()).toEqual(
      expect.arrayContaining(['/', '/404.html', '/errors/414/', '/errors/5xx/']),
    );
    for (const page of bilingual) {
      const lines = page.$('aside.banner p');
      expect(lines.length, page.url).toBe(2);
      for (const [i, lang] of (['zh', 'en'] as const).entries()) {
        const t = useTranslations(lang);
        const line = lines.eq(i);
        expect(line.attr('lang'), page.url).toBe(i === 0 ? undefined : 'en');
        expect(line.text(), page.url).toContain(t('banner.independent'));
        expect(line.find('[data-status]').text(), page.url).toContain(formatShortDate(lang, '2020-01-08'));
        expect(line.find(`a[href="/${lang}/about/"]`).length, page.url).toBe(1);
      }
      const links = page.$('footer a[data-report]');
      expect(links.map((_, a) => page.$(a).text().trim()).get(), page.url).toEqual([
        useTranslations('zh')('report.link'),
        useTranslations('en')('report.link'),
      ]);
      for (const link of links.toArray()) {
        const href = page.$(link).attr('href')!;
        const body = decodeURIComponent(/[?&]body=([^&]*)/u.exec(href)![1]!);
        // Served at any address (all but /): a script swaps in the address the reader asked for (nginx.test.ts).
        const own = page.$(link).attr('data-report-here');
        if (page.url === '/') expect(own, page.url).toBeUndefined();
        else expect(own?.startsWith(SITE_URL), page.url).toBe(true);
        expect(body, page.url).toContain(own ?? `${SITE_URL}/`);
      }
    }
  });

  it('uses one site name per language in <title> and Open Graph', () => {
    for (const page of localized) {
      const name = useTranslations(langOf(page.url))('site.title');
      const title = page.$('head > title').text();
      expect(title === name || title.endsWith(` | ${name}`), `${page.url}: ${title}`).toBe(true);
      expect(page.$('meta[property="og:site_name"]').attr('content'), page.url).toBe(name);
    }
  });
});

describe('about this site and the accessibility statement', () => {
  it.each(['zh', 'en'] as const)(
    '%s: about this site says who publishes it, independence, citing, corrections, licenses',
    (lang) => {
      const page = pages.get(`/${lang}/about-site/`)!;
      const t = useTranslations(lang);
      expect(page.$('h1').text()).toBe(t('aboutSite.title'));
      for (const id of ['publisher', 'translation', 'unofficial', 'corrections', 'licenses'])
        expect(page.$(`section[aria-labelledby="${id}"] h2#${id}`).length, id).toBe(1);
      expect(page.$('main').text()).toContain('沪府办规〔2020〕1号');
      expect(page.$(`a[href="/${lang}/accessibility/"]`).length).toBeGreaterThan(0);
      expect(page.$(`a[href="/${lang}/changes/"]`).length).toBeGreaterThan(0);
    },
  );

  it.each(['zh', 'en'] as const)(
    '%s: the accessibility statement names the standard, status, limitations, tests, contact and date',
    (lang) => {
      const page = pages.get(`/${lang}/accessibility/`)!;
      expect(page.$('h1').text()).toBe(useTranslations(lang)('a11y.title'));
      for (const id of ['status', 'limitations', 'testing', 'feedback', 'prepared'])
        expect(page.$(`h2#${id}`).length, id).toBe(1);
      expect(page.$('#status').parent().text()).toContain('WCAG 2.2 AA');
      expect(page.$(`a[href="mailto:${ACCESSIBILITY_EMAIL}"]`).length).toBe(1);
      expect(page.$(`time[datetime="${A11Y_STATEMENT_DATE}"]`).length).toBeGreaterThan(0);
    },
  );
});

describe('changes feed', () => {
  it.each(['zh', 'en'] as const)('/%s/changes/feed.xml is well-formed RSS 2.0 with every required element', (lang) => {
    const xml = fs.readFileSync(path.join(DIST, lang, 'changes', 'feed.xml'), 'utf8');
    // Throws, naming line and column, on XML that is not well-formed.
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(() => SyntaxValidator.validate(xml.replace('</channel>', ''))).toThrow(/closing tag/u);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml);
    expect(doc.rss['@_version']).toBe('2.0');
    const channel = doc.rss.channel;
    for (const field of ['title', 'link', 'description'])
      expect(String(channel[field] ?? '').trim(), field).not.toBe('');
    expect(channel.link).toBe(`${SITE_URL}/${lang}/changes/`);
    expect(channel.language).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect(channel['atom:link']['@_href']).toBe(`${SITE_URL}/${lang}/changes/feed.xml`);
    expect(channel['atom:link']['@_rel']).toBe('self');
    expect(channel.item).toHaveLength(changes.length);
    const changesPage = pages.get(`/${lang}/changes/`)!;
    for (const item of channel.item) {
      for (const field of ['title', 'link', 'guid', 'pubDate', 'description'])
        expect(String(item[field]?.['#text'] ?? item[field] ?? '').trim(), field).not.toBe('');
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      const fragment = new URL(item.link).hash.slice(1);
      expect(item.link.startsWith(`${SITE_URL}/${lang}/changes/#`)).toBe(true);
      expect(changesPage.$(`[id="${fragment}"]`).length, item.link).toBe(1);
    }
    expect(changesPage.$(`link[rel="alternate"][type="application/rss+xml"]`).attr('href')).toBe(
      `/${lang}/changes/feed.xml`,
    );
  });
});

describe('item pages', () => {
  const items = all.filter((p) => ITEM.test(p.url));

  it('every item page says when its translation was last revised, linked to that item’s entries', () => {
    expect(items).toHaveLength(70);
    for (const page of items) {
      const [, lang, type, n] = ITEM.exec(page.url)! as unknown as [string, Lang, string, string];
      const ref = `${type}/${n}/`;
      const newest = changes
        .filter((c) => c.items.some((i) => i.split('#')[0] === ref || i === 'plan/'))
        .map((c) => c.date)
        .sort()
        .at(-1)!;
      const link = page.$(`a[href="/${lang}/changes/#${type}-${n}"]`);
      expect(link.length, page.url).toBe(1);
      expect(link.text(), page.url).toBe(formatPartialDate(lang, newest));
      expect(link.parent().text(), page.url).toContain(useTranslations(lang)('revised.label'));
      // On the changes page, the item's line lists its entries, newest first.
      const changesPage = pages.get(`/${lang}/changes/`)!;
      const entry = changesPage.$(`li#${type}-${n} a[href^="#c"]`).first().attr('href')!;
      expect(changesPage.$(`li${entry} time`).attr('datetime'), page.url).toBe(newest);
    }
  });
});
