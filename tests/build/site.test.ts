// Build-output tests: every page of dist/ in both languages, read once.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESTORE_SCRIPT } from '../../src/reading/restore-script.mjs';
import { builtPages, fileForUrl, type Page } from './dist';
import { loadCheckedContent } from '../../src/content-check/check-node';
import { ERROR_PAGES } from '../../deploy/policy.mjs';

const pages = builtPages();
const all = [...pages.values()];
const SITE = 'https://fintech-plan.example.org';
const langOf = (url: string) => (url.startsWith('/en/') ? 'en' : url.startsWith('/zh/') ? 'zh' : undefined);
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

const ITEM_ROUTES = [
  ...range(4).map((n) => `principles/${n}/`),
  ...range(6).map((n) => `goals/${n}/`),
  ...range(25).map((n) => `tasks/${n}/`),
];
const PARALLEL_ROUTES = ['plan/parallel/', ...ITEM_ROUTES.map((r) => `${r}parallel/`)];
const THEME_ROUTES = fs
  .readdirSync('content/themes')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => `themes/${f.slice(0, -'.yaml'.length)}/`);
/** The share page of every sentence after an item's title: tasks/7/s3/. */
const zhPlan = loadCheckedContent(path.resolve('content')).zh;
const SHARE_ROUTES = (['principles', 'goals', 'tasks'] as const).flatMap((key) =>
  zhPlan[key].flatMap((item) => item.sentences.slice(1).map((_, i) => `${key}/${item.number}/s${i + 1}/`)),
);
const EXPECTED = [
  '',
  'plan/',
  'principles/',
  'goals/',
  'tasks/',
  'search/',
  'map/',
  '404/',
  ...ITEM_ROUTES,
  ...PARALLEL_ROUTES,
  ...SHARE_ROUTES,
  'glossary/',
  'about/',
  'about-site/',
  'accessibility/',
  'changes/',
  'data/',
  'themes/',
  ...THEME_ROUTES,
];

/** The server's error pages (deploy/policy.mjs), one per page name. */
const ERROR_PAGES_BUILT = [...new Set(Object.values(ERROR_PAGES))];
/** /404.html and the error pages are served for any address, so they name no canonical address of their own. */
const anyAddress = (url: string) => url === '/404.html' || ERROR_PAGES_BUILT.includes(url);

describe('routes', () => {
  it.each(['zh', 'en'])('every route exists in %s', (lang) => {
    const missing = EXPECTED.map((r) => `/${lang}/${r}`).filter((url) => !pages.has(url));
    expect(missing).toEqual([]);
  });

  it('has the landing page, the bilingual 404 and error pages, and nothing unexpected', () => {
    expect(pages.has('/')).toBe(true);
    expect(pages.has('/404.html')).toBe(true);
    for (const page of ERROR_PAGES_BUILT) expect(pages.has(page), page).toBe(true);
    const expected = new Set([
      '/',
      '/404.html',
      ...ERROR_PAGES_BUILT,
      ...['zh', 'en'].flatMap((l) => EXPECTED.map((r) => `/${l}/${r}`)),
    ]);
    expect(all.map((p) => p.url).filter((u) => !expected.has(u))).toEqual([]);
  });

  it('the landing page sends readers to /zh/ without JavaScript and offers English', () => {
    const { $ } = pages.get('/')!;
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe('0; url=/zh/');
    expect($('a[href="/en/"]').length).toBe(1);
  });
});

describe('every page', () => {
  it('declares exactly zh-CN on Chinese pages and en on English pages', () => {
    for (const page of all) {
      const lang = page.$('html').attr('lang');
      const expected = langOf(page.url) === 'en' ? 'en' : 'zh-CN';
      expect(lang, page.url).toBe(expected);
    }
  });

  it('has a unique, non-empty <title> and a meta description', () => {
    const titles = new Map<string, string>();
    for (const page of all) {
      const title = page.$('title').text().trim();
      expect(title, page.url).not.toBe('');
      expect(titles.get(title), `${page.url} repeats the title of ${titles.get(title)}`).toBeUndefined();
      titles.set(title, page.url);
      expect(page.$('meta[name="description"]').attr('content')?.trim().length, page.url).toBeGreaterThan(20);
    }
  });

  it('has a canonical URL equal to its own address (except the pages served at any address)', () => {
    for (const page of all.filter((p) => !anyAddress(p.url))) {
      expect(page.$('link[rel="canonical"]').attr('href'), page.url).toBe(`${SITE}${page.url}`);
    }
  });

  it('links zh-CN, en and x-default alternates to existing pages that link back', () => {
    for (const page of all.filter((p) => !anyAddress(p.url))) {
      const alternates = Object.fromEntries(
        page
          .$('link[rel="alternate"][hreflang]')
          .map((_, el) => [[page.$(el).attr('hreflang'), page.$(el).attr('href')]])
          .get(),
      );
      expect(Object.keys(alternates).sort(), page.url).toEqual(['en', 'x-default', 'zh-CN']);
      for (const href of Object.values(alternates) as string[]) {
        expect(href.startsWith(SITE), href).toBe(true);
        const target = pages.get(href.slice(SITE.length));
        expect(target, `${page.url} → ${href}`).toBeDefined();
        const back = target!
          .$('link[rel="alternate"]')
          .map((_, el) => target!.$(el).attr('href'))
          .get();
        expect(back, `${href} does not link back to ${page.url}`).toContain(`${SITE}${page.url}`);
      }
    }
  });

  it('starts with a skip link to the main content', () => {
    for (const page of all) {
      const first = page.$('body a').first();
      expect(first.attr('href'), page.url).toBe('#main');
      expect(page.$('#main').is('main'), page.url).toBe(true);
    }
  });

  it('has a header with the site title and a language switch to the same page in the other language', () => {
    for (const page of all.filter((p) => langOf(p.url))) {
      const lang = langOf(page.url)!;
      const other = lang === 'zh' ? 'en' : 'zh';
      const href = page.$('header a[data-lang-switch]').attr('href');
      expect(href, page.url).toBe(page.url.replace(`/${lang}/`, `/${other}/`));
      expect(page.$('header a').first().attr('href'), page.url).toBe(`/${lang}/`);
    }
  });

  it('has a footer with the source, the translation licence and the accessibility contact', () => {
    for (const page of all.filter((p) => langOf(p.url))) {
      const footer = page.$('footer');
      expect(footer.text(), page.url).toContain('沪府办规〔2020〕1号');
      expect(footer.find('a[rel~="license"]').length, page.url).toBe(1);
      expect(footer.find('a[href^="mailto:"]').length, page.url).toBe(1);
    }
  });

  it('never contains the scraping debris 扫描二维码', () => {
    expect(all.filter((p) => p.html.includes('扫描二维码')).map((p) => p.url)).toEqual([]);
  });

  it('resolves every internal link and #fragment', () => {
    const broken: string[] = [];
    for (const page of all) {
      page.$('a[href], link[href]').each((_, el) => {
        const href = page.$(el).attr('href')!;
        if (/^(https?:|mailto:)/u.test(href)) return;
        const url = new URL(href, `http://site${page.url}`);
        const target: Page | undefined = url.pathname === page.url ? page : pages.get(url.pathname);
        if (!target) {
          if (!fileForUrl(url.pathname)) broken.push(`${page.url} → ${href}`);
          return;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && target.$(`[id="${id}"]`).length === 0) broken.push(`${page.url} → ${href} (no #${id})`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('lists every external link in test-results/external-links.json (not fetched)', () => {
    const external = new Map<string, string[]>();
    for (const page of all) {
      page.$('a[href^="http"]').each((_, el) => {
        const href = page.$(el).attr('href')!;
        external.set(href, [...(external.get(href) ?? []), page.url]);
      });
    }
    const report = [...external].map(([url, pagesLinking]) => ({
      url,
      pages: pagesLinking.length,
      example: pagesLinking[0],
    }));
    fs.mkdirSync('test-results', { recursive: true });
    fs.writeFileSync('test-results/external-links.json', JSON.stringify(report, null, 2));
    console.log(`external links: ${report.length} distinct (test-results/external-links.json)`);
    expect(report.every((r) => r.url.startsWith('https://'))).toBe(true);
  });

  it('has unique ids', () => {
    for (const page of all) {
      const ids = page
        .$('[id]')
        .map((_, el) => page.$(el).attr('id'))
        .get();
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        page.url,
      ).toEqual([]);
    }
  });
});

describe('error pages and the scripts every page loads', () => {
  const isErrorPage = (url: string) => /^\/((zh|en)\/404\/|404\.html)$/u.test(url) || ERROR_PAGES_BUILT.includes(url);
  const isSharePage = (url: string) => SHARE_ROUTES.some((r) => url === `/zh/${r}` || url === `/en/${r}`);

  it("the not-found and error pages and the sentences' share pages, and only they, say noindex", () => {
    const noindex = all.filter((p) => p.$('meta[name="robots"]').attr('content') === 'noindex').map((p) => p.url);
    expect(noindex.sort()).toEqual(
      all
        .map((p) => p.url)
        .filter((url) => isErrorPage(url) || isSharePage(url))
        .sort(),
    );
    expect(noindex.length).toBe(3 + ERROR_PAGES_BUILT.length + 2 * SHARE_ROUTES.length);
  });

  it('the reading settings are restored first in <head>, inline and blocking (before paint), the same on every page', () => {
    for (const page of all) {
      const first = page.$('head script').first();
      expect(first.attr('src') ?? first.attr('type') ?? first.attr('async') ?? first.attr('defer'), page.url).toBe(
        undefined,
      );
      expect(first.html(), page.url).toBe(RESTORE_SCRIPT);
    }
    expect(RESTORE_SCRIPT).toContain("localStorage.getItem('reading')");
    expect(fs.readdirSync('dist/_astro').filter((f) => f.startsWith('reading-settings'))).toEqual([]);
  });
});

describe('item pages', () => {
  it.each(ITEM_ROUTES)('%s has the same sentence ids, title then s1…sN, in both languages', (route) => {
    const ids = (lang: string) =>
      pages
        .get(`/${lang}/${route}`)!
        .$('article h1[id], article .sents > p')
        .map((_, el) => pages.get(`/${lang}/${route}`)!.$(el).attr('id'))
        .get();
    const zh = ids('zh');
    expect(zh.length).toBeGreaterThan(1);
    expect(zh).toEqual(['title', ...range(zh.length - 1).map((n) => `s${n}`)]);
    expect(ids('en')).toEqual(zh);
  });

  it('shows breadcrumb, reference line, a link into the full text and previous/next', () => {
    for (const lang of ['zh', 'en']) {
      for (const route of ITEM_ROUTES) {
        const page = pages.get(`/${lang}/${route}`)!;
        const [type, n] = route.split('/');
        const label =
          lang === 'zh'
            ? { principles: '基本原则', goals: '发展目标', tasks: '重点任务' }[type!]
            : { principles: 'Principle', goals: 'Goal', tasks: 'Task' }[type!];
        expect(page.$('nav[aria-label] ol li').length, page.url).toBe(3);
        const reference =
          lang === 'zh' ? `沪府办规〔2020〕1号 · ${label} ${n}` : `SMPG GO D〔2020〕No. 1 · ${label} ${n}`;
        expect(page.$('main').text(), page.url).toContain(reference);
        expect(page.$(`a[href="/${lang}/plan/#${type!.slice(0, -1)}-${n}"]`).length, page.url).toBe(1);
        const pager = page.$('a[rel="prev"], a[rel="next"]').length;
        expect(pager, page.url).toBe(
          n === '1' ||
            (type === 'principles' && n === '4') ||
            (type === 'goals' && n === '6') ||
            (type === 'tasks' && n === '25')
            ? 1
            : 2,
        );
      }
    }
  });

  it('task pages name their group', () => {
    expect(pages.get('/zh/tasks/14/')!.$('article').text()).toContain('全要素促进金融科技产业集聚');
    expect(pages.get('/zh/tasks/25/')!.$('article').text()).toContain('全方位营造一流金融科技发展环境');
  });

  it('load scripts only from this site, including the fragment carry-over of the language switch', () => {
    // Sizes are bounded by tests/build/budgets.test.ts; working without JS by tests/e2e/quality.test.ts.
    for (const route of ITEM_ROUTES) {
      const page = pages.get(`/en/${route}`)!;
      const sources = page
        .$('script[src]')
        .map((_, el) => page.$(el).attr('src'))
        .get();
      expect(
        sources.filter((src) => !src.startsWith('/')),
        page.url,
      ).toEqual([]);
      const code = sources.map((src) => fs.readFileSync(fileForUrl(src)!, 'utf8')).join('\n');
      expect(code, page.url).toContain('data-lang-switch');
    }
  });
});

describe('English pages', () => {
  it('say the translation is unofficial, the Chinese authoritative, and link the official English version', () => {
    for (const page of all.filter((p) => langOf(p.url) === 'en')) {
      const notice = page.$('aside.banner').text();
      expect(notice, page.url).toContain('Unofficial translation');
      expect(notice, page.url).toContain('the Chinese is authoritative');
      expect(page.$('footer a[href^="https://www.shanghai.gov.cn/"]').length, page.url).toBe(1);
    }
  });
});

describe('full text', () => {
  it.each(['zh', 'en'])('/%s/plan/ has every item with its stable id, in document order', (lang) => {
    const { $ } = pages.get(`/${lang}/plan/`)!;
    const ids = $('[id^="principle-"], [id^="goal-"], [id^="group-"], [id^="task-"]')
      .map((_, el) => $(el).attr('id'))
      .get()
      .filter((id) => /^(principle|goal|group|task)-\d+$/u.test(id));
    const expected = [
      ...range(4).map((n) => `principle-${n}`),
      ...range(6).map((n) => `goal-${n}`),
      ...[
        [1, [1, 2, 3]],
        [2, [4, 5, 6, 7, 8, 9]],
        [3, [10, 11, 12, 13, 14]],
        [4, [15, 16, 17, 18]],
        [5, [19, 20, 21, 22, 23, 24, 25]],
      ].flatMap(([g, tasks]) => [`group-${g}`, ...(tasks as number[]).map((t) => `task-${t}`)]),
    ];
    expect(ids).toEqual(expected);
  });
});
