// Build-output tests of the press features on every page of both languages: sentence links, parallel text,
// citations, share cards and their tags, JSON-LD, sitemap and robots.txt.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, type Page } from './dist';
import { loadCheckedContent } from '../../src/content-check/check-node';
import { LANGS } from '../../src/locale/locales';
import { ITEM_FOLDER_PATTERN } from '../../src/plan/items';

const pages = builtPages();
const all = [...pages.values()];
const SITE = 'https://fintech-plan.example.org';
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const ITEMS = [
  ...range(4).map((n) => ({ type: 'principles', n })),
  ...range(6).map((n) => ({ type: 'goals', n })),
  ...range(25).map((n) => ({ type: 'tasks', n })),
];
const ITEM_ROUTES = ITEMS.map(({ type, n }) => `${type}/${n}/`);
const page = (url: string): Page => {
  const p = pages.get(url);
  if (!p) throw new Error(`${url} was not built`);
  return p;
};
/** The not-found and other error pages: served at any address, so without share tags and not in the sitemap. */
const notFound = (url: string) => /^\/((zh|en)\/404\/|404\.html|errors\/.*)$/u.test(url);

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const head = fs.readFileSync(file).subarray(0, 24);
  expect(head.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
  expect(head.subarray(12, 16).toString('ascii'), file).toBe('IHDR');
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

function jsonLd(p: Page): Record<string, unknown>[] {
  return p
    .$('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse(p.$(el).html() ?? '') as Record<string, unknown>);
}

/** Each item of the plan in one language, from content/ (the words the pages must show). */
const plans = loadCheckedContent(path.resolve('content'));
const itemOf = (lang: (typeof LANGS)[number], type: string, n: number) =>
  plans[lang][type as 'tasks'].find((i) => i.number === n)!;
/** A sentence element's text without its gutter number: what a reader copies. */
const sentenceText = (p: Page, el: Parameters<Page['$']>[0]) => {
  const copy = p.$(el).clone();
  copy.find('a.sn').remove();
  return copy.text();
};

describe('sentence numbers', () => {
  it.each(LANGS)(
    'every %s item page: #title is the title, #s1 the first sentence after it, each sentence with its visible number',
    (lang) => {
      let numbered = 0;
      for (const { type, n } of ITEMS) {
        const item = itemOf(lang, type, n);
        const p = page(`/${lang}/${type}/${n}/`);
        expect(p.$('h1#title').text(), p.url).toBe(item.title);
        const sentences = p.$('article .sents > p');
        expect(sentences.length, p.url).toBe(item.sentences.length - 1);
        sentences.each((i, el) => {
          const id = `s${i + 1}`;
          expect(p.$(el).attr('id'), p.url).toBe(id);
          // The number is the first thing in the sentence's block: a plain link to it, named for screen readers.
          const number = p.$(el).children().first();
          expect(number.is(`a.sn[href="#${id}"]`), `${p.url}#${id}`).toBe(true);
          expect(number.text(), `${p.url}#${id}`).toBe(String(i + 1));
          expect(number.attr('aria-label'), p.url).toBe(lang === 'zh' ? `第${i + 1}句` : `Sentence ${i + 1}`);
          // The prose is the sentence exactly: no stray "#", no extra space before or after it.
          expect(sentenceText(p, el), `${p.url}#${id}`).toBe(item.sentences[i + 1]);
          numbered += 1;
        });
        expect(p.$('#s1').length, p.url).toBe(1);
        expect(sentenceText(p, p.$('#s1')[0]!), p.url).toBe(item.sentences[1]);
      }
      expect(numbered).toBe(94);
    },
  );

  it.each(LANGS)('every %s item page has the action bar under its title', (lang) => {
    for (const { type, n } of ITEMS) {
      const p = page(`/${lang}/${type}/${n}/`);
      const bar = p.$('h1#title').next('nav.actions');
      expect(bar.length, p.url).toBe(1);
      const other = lang === 'zh' ? 'en' : 'zh';
      expect(bar.find(`a[href="/${other}/${type}/${n}/"][data-lang-switch]`).length, p.url).toBe(1);
      expect(bar.find(`a[href="/${lang}/${type}/${n}/parallel/"]`).length, p.url).toBe(1);
      expect(bar.find('a[href="#citation"]').length, p.url).toBe(1);
      expect(p.$('#citation').closest('details#cite').length, p.url).toBe(1);
      expect(bar.find(`a[href="/og/${lang}/${type}/${n}.png"][download]`).length, p.url).toBe(1);
      // Print needs JavaScript: hidden by CSS unless <html data-js> (set before first paint), so nothing shifts.
      expect(bar.find('button[data-print]').attr('class')?.split(' '), p.url).toEqual([
        'hidden',
        'in-data-js:inline-flex',
      ]);
    }
  });
});

describe('copy status', () => {
  it('has one live region that announces copies, with its messages in the page language', () => {
    for (const lang of LANGS) {
      for (const route of ITEM_ROUTES) {
        const p = page(`/${lang}/${route}`);
        const status = p.$('[data-copy-status]');
        expect(status.length, p.url).toBe(1);
        expect(status.attr('role'), p.url).toBe('status');
        expect(status.attr('data-link'), p.url).toBe(lang === 'zh' ? '链接已复制' : 'Link copied');
      }
    }
  });
});

describe('parallel text', () => {
  it.each(ITEMS)(
    '/{zh,en}/$type/$n/parallel/ pairs the sentences of both languages under the item page ids',
    ({ type, n }) => {
      const zh = itemOf('zh', type, n).sentences;
      const en = itemOf('en', type, n).sentences;
      for (const lang of LANGS) {
        const p = page(`/${lang}/${type}/${n}/parallel/`);
        const pairs = p.$('ol.pairs > li');
        expect(pairs.map((_, el) => p.$(el).attr('id')).get(), p.url).toEqual(
          zh.map((_, i) => (i === 0 ? 'title' : `s${i}`)),
        );
        pairs.each((i, el) => {
          const pair = p.$(el);
          expect(pair.find('p[lang="zh-CN"]').text(), `${p.url} ${i}`).toBe(zh[i]);
          expect(pair.find('p[lang="en"]').text(), `${p.url} ${i}`).toBe(en[i]);
          // The title pair has no number; every other pair has its sentence's number in the gutter.
          const number = pair.find('a.sn');
          if (i === 0) expect(number.length, p.url).toBe(0);
          else expect([number.attr('href'), number.text()], p.url).toEqual([`#s${i}`, String(i)]);
        });
      }
    },
  );

  it.each(LANGS)('/%s/plan/parallel/ has every sentence of the full text, paired, in order', (lang) => {
    const text = (url: string, selector: string) =>
      page(url)
        .$(selector)
        .map((_, el) => page(url).$(el).text().trim())
        .get();
    const p = page(`/${lang}/plan/parallel/`);
    expect(text(p.url, 'li[id] p[lang="zh-CN"]')).toEqual(text('/zh/plan/', '.sentence'));
    expect(text(p.url, 'li[id] p[lang="en"]')).toEqual(text('/en/plan/', '.sentence'));
    for (const id of [
      'notice',
      'principles',
      'goals',
      'tasks',
      'group-5',
      'task-7',
      'task-7-title',
      'task-7-s3',
      'closing',
    ]) {
      expect(p.$(`[id="${id}"]`).length, `${p.url}#${id}`).toBe(1);
    }
  });

  it('is linked from every item page and the full text', () => {
    for (const lang of LANGS) {
      for (const route of ITEM_ROUTES) {
        expect(page(`/${lang}/${route}`).$(`a[href="/${lang}/${route}parallel/"]`).length, route).toBe(1);
      }
      expect(page(`/${lang}/plan/`).$(`a[href="/${lang}/plan/parallel/"]`).length).toBe(1);
    }
  });
});

describe('citation', () => {
  it.each(LANGS)('every %s item page has a "Cite this" box with document number, item and permanent URL', (lang) => {
    for (const { type, n } of ITEMS) {
      const p = page(`/${lang}/${type}/${n}/`);
      const citation = p.$('details #citation');
      const text = citation.text();
      expect(text, p.url).toContain('沪府办规〔2020〕1号');
      expect(text, p.url).toContain(`${SITE}${p.url}`);
      expect(citation.find(`a[href="${SITE}${p.url}"]`).length, p.url).toBe(1);
      if (lang === 'zh') {
        const part = { principles: '基本原则', goals: '发展目标', tasks: '重点任务' }[type];
        expect(text, p.url).toMatch(
          new RegExp(
            `^上海市人民政府办公厅\\. 加快推进上海金融科技中心建设实施方案: 沪府办规〔2020〕1号: ${part}${n}\\[EB/OL\\]\\. \\(2020-01-08\\)\\[引用日期\\]\\. `,
            'u',
          ),
        );
      } else {
        const part = { principles: 'Principle', goals: 'Goal', tasks: 'Task' }[type];
        expect(text, p.url).toContain(`SMPG GO D〔2020〕No. 1; 沪府办规〔2020〕1号), ${part} ${n}. January 8, 2020.`);
        expect(citation.find('span[lang="zh-CN"]').text(), p.url).toBe('沪府办规〔2020〕1号');
      }
      // The access date is filled in by the reader's browser, never by the build.
      expect(citation.find('[data-access-date]').text(), p.url).toBe(lang === 'zh' ? '引用日期' : '[date]');
      // Without JS there is nothing to press: the copy button is hidden until the script shows it.
      expect(p.$('button[data-copy="citation"]').attr('hidden'), p.url).toBeDefined();
    }
  });
});

describe('share cards and Open Graph', () => {
  const withTags = all.filter((p) => !notFound(p.url));

  it('every page has Open Graph and Twitter card tags with its canonical URL and an absolute card URL', () => {
    for (const p of withTags) {
      const meta = (property: string) => p.$(`meta[property="${property}"], meta[name="${property}"]`).attr('content');
      expect(meta('og:title')?.length, p.url).toBeGreaterThan(2);
      expect(meta('og:description')?.length, p.url).toBeGreaterThan(20);
      expect(meta('og:url'), p.url).toBe(p.$('link[rel="canonical"]').attr('href'));
      expect(meta('og:image'), p.url).toMatch(
        new RegExp(`^${SITE}/og/(${LANGS.join('|')})(/(${ITEM_FOLDER_PATTERN})/\\d+(/s\\d+)?)?\\.png$`, 'u'),
      );
      expect([meta('og:image:width'), meta('og:image:height')], p.url).toEqual(['1200', '630']);
      expect(meta('twitter:card'), p.url).toBe('summary_large_image');
    }
  });

  it('every item page of both languages has its own card, which exists and is a 1200×630 PNG', () => {
    const seen = new Set<string>();
    for (const lang of LANGS) {
      for (const route of ITEM_ROUTES) {
        const p = page(`/${lang}/${route}`);
        const image = p.$('meta[property="og:image"]').attr('content')!;
        expect(image, p.url).toBe(`${SITE}/og/${lang}/${route.slice(0, -1)}.png`);
        seen.add(image);
        expect(pngSize(path.join(DIST, image.slice(SITE.length))), image).toEqual({ width: 1200, height: 630 });
      }
    }
    expect(seen.size).toBe(ITEM_ROUTES.length * 2);
  });

  it('every card that any page names exists and is 1200×630', () => {
    const images = new Set(withTags.map((p) => p.$('meta[property="og:image"]').attr('content')!));
    for (const image of images) {
      expect(pngSize(path.join(DIST, image.slice(SITE.length))), image).toEqual({ width: 1200, height: 630 });
    }
  });
});

describe('quote cards and share pages', () => {
  const cards = (lang: string) =>
    fs
      .readdirSync(path.join(DIST, 'og', lang), { recursive: true, encoding: 'utf8' })
      .filter((f) => /^(principles|goals|tasks)\/\d+\/s\d+\.png$/u.test(f.split(path.sep).join('/')));

  it.each(LANGS)('%s: one 1200×630 quote card per sentence after each title, and no other', (lang) => {
    const expected = ITEMS.flatMap(({ type, n }) =>
      itemOf(lang, type, n)
        .sentences.slice(1)
        .map((_, i) => `${type}/${n}/s${i + 1}.png`),
    );
    expect(expected.length).toBe(94);
    expect(
      cards(lang)
        .map((f) => f.split(path.sep).join('/'))
        .sort(),
    ).toEqual([...expected].sort());
    for (const file of expected) {
      expect(pngSize(path.join(DIST, 'og', lang, file)), file).toEqual({ width: 1200, height: 630 });
    }
  });

  it.each(LANGS)(
    '%s: a share page per sentence shows its quote card in previews and links to it in context',
    (lang) => {
      for (const { type, n } of ITEMS) {
        const item = itemOf(lang, type, n);
        item.sentences.slice(1).forEach((sentence, i) => {
          const url = `/${lang}/${type}/${n}/s${i + 1}/`;
          const p = page(url);
          const meta = (property: string) => p.$(`meta[property="${property}"]`).attr('content');
          expect(meta('og:image'), url).toBe(`${SITE}/og/${lang}/${type}/${n}/s${i + 1}.png`);
          // Its own canonical and og:url, so that previews read this page's tags; kept out of search engines.
          expect(meta('og:url'), url).toBe(`${SITE}${url}`);
          expect(p.$('meta[name="robots"]').attr('content'), url).toBe('noindex');
          expect(p.$('blockquote p').text(), url).toBe(sentence);
          expect(p.$(`main a[href="/${lang}/${type}/${n}/#s${i + 1}"]`).length, url).toBe(1);
        });
      }
    },
  );

  it('leaves the share pages out of the sitemap and the search index', () => {
    const sitemap = fs.readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toMatch(/\/(principles|goals|tasks)\/\d+\/s\d+\//u);
    expect(sitemap).toContain(`${SITE}/en/tasks/7/`);
    for (const p of all.filter((x) => /\/s\d+\/$/u.test(x.url))) {
      expect(p.$('[data-pagefind-body]').length, p.url).toBe(0);
    }
  });
});

describe('JSON-LD', () => {
  it('parses on every page', () => {
    for (const p of all) expect(() => jsonLd(p), p.url).not.toThrow();
  });

  it.each(LANGS)('every %s item page is a Legislation that is part of the plan, with the plan’s facts', (lang) => {
    for (const route of ITEM_ROUTES) {
      const p = page(`/${lang}/${route}`);
      const item = jsonLd(p).find((n) => n['@type'] === 'Legislation')!;
      expect(item, p.url).toBeDefined();
      expect(item.url, p.url).toBe(`${SITE}${p.url}`);
      expect(item.inLanguage, p.url).toBe(lang === 'zh' ? 'zh-CN' : 'en');
      // The plan's facts are on its own node, on the full-text page (next test); an item names it by id.
      expect(item.isPartOf, p.url).toEqual({ '@type': 'Legislation', '@id': `${SITE}/${lang}/plan/#legislation` });
      if (lang === 'en') expect(item.translationOfWork, p.url).toEqual({ '@id': `${SITE}/zh/${route}` });
    }
  });

  it('the full text is the Legislation itself', () => {
    for (const lang of LANGS) {
      const plan = jsonLd(page(`/${lang}/plan/`)).find((n) => n['@type'] === 'Legislation')!;
      expect(plan).toMatchObject({
        '@id': `${SITE}/${lang}/plan/#legislation`,
        legislationIdentifier: '沪府办规〔2020〕1号',
        legislationDate: '2020-01-08',
        legislationDateOfApplicability: '2020-02-01',
        legislationPassedBy: { '@type': 'GovernmentOrganization' },
        url: `${SITE}/${lang}/plan/`,
      });
    }
  });

  it('every page with a breadcrumb has a BreadcrumbList that matches it and ends with the page itself', () => {
    for (const p of all.filter((x) => x.$('nav[aria-label] ol li[aria-current]').length > 0)) {
      const list = jsonLd(p).find((n) => n['@type'] === 'BreadcrumbList');
      expect(list, p.url).toBeDefined();
      const items = list!.itemListElement as { position: number; name: string; item: string }[];
      const visible = p
        .$('nav[aria-label] ol li')
        .map((_, el) => p.$(el).text().trim())
        .get();
      expect(
        items.map((i) => i.name),
        p.url,
      ).toEqual(visible);
      expect(
        items.map((i) => i.position),
        p.url,
      ).toEqual(range(visible.length));
      expect(items.at(-1)!.item, p.url).toBe(`${SITE}${p.url}`);
      for (const { item } of items) expect(pages.has(item.slice(SITE.length)), `${p.url} → ${item}`).toBe(true);
    }
  });
});

describe('sitemap and robots.txt', () => {
  const xml = (file: string) => load(fs.readFileSync(path.join(DIST, file), 'utf8'), { xml: true });

  it('robots.txt names the sitemap index, which names the sitemaps', () => {
    const robots = fs.readFileSync(path.join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/mu);
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    const index = xml('sitemap-index.xml');
    const sitemaps = index('sitemap > loc')
      .map((_, el) => index(el).text())
      .get();
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const s of sitemaps) expect(fs.existsSync(path.join(DIST, s.slice(SITE.length))), s).toBe(true);
  });

  it('lists every page except the error pages and the 188 share pages, each with the hreflang alternates of its <head>', () => {
    const index = xml('sitemap-index.xml');
    const entries = index('sitemap > loc')
      .map((_, el) => index(el).text())
      .get()
      .flatMap((s) => {
        const $ = xml(s.slice(SITE.length));
        return $('url')
          .map((_, el) => ({
            loc: $(el).children('loc').text(),
            links: $(el)
              .children('xhtml\\:link')
              .map((_, l) => `${$(l).attr('hreflang')} ${$(l).attr('href')}`)
              .get(),
          }))
          .get();
      });
    // Pages marked noindex (the sentences' share pages) are not listed either.
    const expected = all
      .filter((p) => !notFound(p.url) && p.$('meta[name="robots"]').attr('content') !== 'noindex')
      .map((p) => `${SITE}${p.url}`);
    expect(all.length - expected.length - all.filter((p) => notFound(p.url)).length).toBe(188);
    expect(entries.map((e) => e.loc).sort()).toEqual(expected.sort());
    for (const { loc, links } of entries) {
      const p = page(loc.slice(SITE.length));
      const head = p
        .$('link[rel="alternate"][hreflang]')
        .map((_, el) => `${p.$(el).attr('hreflang')} ${p.$(el).attr('href')}`)
        .get();
      expect(links, loc).toEqual(head);
    }
  });
});
