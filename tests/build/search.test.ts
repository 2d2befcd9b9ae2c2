// Search in the build: the header form on every page, what Pagefind indexes (and with which filters), one bundle per language.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from './dist';
import { LANGS } from '../../src/locale/locales';
import { ITEM_FOLDER_PATTERN } from '../../src/plan/items';
import { parseRoute } from '../../src/plan/routes';

const pages = [...builtPages().values()];
const langOf = (url: string) => parseRoute(url)?.lang;
const ITEM = new RegExp(`^/(${LANGS.join('|')})/(${ITEM_FOLDER_PATTERN})/(\\d+)/$`, 'u');

describe('the header search box', () => {
  it('is on every page of both languages: a GET form to /{lang}/search/ with a labelled q field', () => {
    for (const page of pages.filter((p) => langOf(p.url))) {
      const lang = langOf(page.url)!;
      const form = page.$('header form[role="search"]');
      expect(form.length, page.url).toBe(1);
      expect(form.attr('action'), page.url).toBe(`/${lang}/search/`);
      expect(form.attr('method') ?? 'get', page.url).toBe('get');
      const input = form.find('input[name="q"][type="search"]');
      expect(input.length, page.url).toBe(1);
      expect(
        page
          .$(`label[for="${input.attr('id')}"]`)
          .text()
          .trim(),
        page.url,
      ).not.toBe('');
      expect(form.find('button[type="submit"]').text().trim(), page.url).not.toBe('');
    }
  });
});

describe('what Pagefind indexes', () => {
  const indexed = pages.filter((p) => p.$('[data-pagefind-body]').length > 0);

  it('only the item pages and the full text, each with exactly one indexed region', () => {
    const urls = indexed.map((p) => p.url);
    expect(urls.filter((u) => !ITEM.test(u) && parseRoute(u)?.rest !== '/plan/')).toEqual([]);
    expect(urls.filter((u) => ITEM.test(u))).toHaveLength(70);
    for (const page of indexed) expect(page.$('[data-pagefind-body]').length, page.url).toBe(1);
  });

  it('leaves the label line of item pages (type, number, group) out of the searchable text', () => {
    for (const page of indexed.filter((p) => ITEM.test(p.url))) {
      const [, , , number] = ITEM.exec(page.url)!;
      const body = page.$('[data-pagefind-body]');
      expect(body.find('[data-pagefind-ignore]').first().text(), page.url).toContain(number!);
      expect(body.find('.sents > p').length, page.url).toBeGreaterThan(0);
      expect(page.$('[data-pagefind-meta]').length, page.url).toBe(0);
    }
  });

  it('indexes of the full text only what belongs to no item (each item is found on its own page)', () => {
    for (const lang of ['zh', 'en']) {
      const { $ } = builtPages().get(`/${lang}/plan/`)!;
      const body = $('[data-pagefind-body]');
      const items = body
        .find('[id^="principle-"], [id^="goal-"], [id^="task-"]')
        .filter((_, el) => /^\w+-\d+$/u.test($(el).attr('id')!));
      expect(items.length).toBe(35);
      items.each((_, el) => {
        expect($(el).is('[data-pagefind-ignore]'), $(el).attr('id')).toBe(true);
      });
      expect(body.find('#preamble .sentence').length).toBeGreaterThan(0);
    }
  });
});

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { id: string; element: string; text: string; location: number }[];
}

/** The page fragments of a language's bundle: one gzip file of JSON, keyed by fragment id. */
function fragments(lang: string): Fragment[] {
  const dir = path.join(DIST, 'pagefind', lang, 'fragment');
  const [file] = fs.readdirSync(dir);
  const json = zlib.gunzipSync(fs.readFileSync(path.join(dir, file!))).toString('utf8');
  return Object.values(JSON.parse(json.slice(json.indexOf('{'))));
}

describe('the Pagefind bundles', () => {
  it.each(['zh', 'en'])(
    'give every %s page its type, number and group as filters, and no other metadata than its title',
    (lang) => {
      const pages = fragments(lang);
      expect(pages).toHaveLength(36);
      for (const { url, filters, meta } of pages) {
        const match = ITEM.exec(url);
        const expected = match
          ? {
              type: [match[2]!.slice(0, -1)],
              number: [match[3]!],
              ...(match[2] === 'tasks' ? { group: [expect.stringMatching(/^[1-5]$/u)] } : {}),
            }
          : { type: ['section'] };
        expect(filters, url).toEqual(expected);
        expect(Object.keys(meta), url).toEqual(['title']);
      }
    },
  );

  it.each([
    ['zh', 'zh-cn'],
    ['en', 'en'],
  ])('/pagefind/%s/ holds only the %s index, of the 36 indexed pages, with its fragments in one file', (lang, code) => {
    const dir = path.join(DIST, 'pagefind', lang);
    const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual([code]);
    expect(entry.languages[code].page_count).toBe(36);
    expect(fs.readdirSync(path.join(dir, 'fragment'))).toHaveLength(1);
    expect(fs.existsSync(path.join(dir, 'pagefind.js'))).toBe(true);
  });
});

describe("the plan's text file (the search page's source)", () => {
  it.each(['zh', 'en'])(
    "/pagefind/%s/pages.json holds Pagefind's 36 pages, with their text less the zero-width spaces, in at most 12 KB gzip",
    (lang) => {
      const file = path.join(DIST, 'pagefind', lang, 'pages.json');
      const { pages } = JSON.parse(fs.readFileSync(file, 'utf8')) as { pages: Fragment[] };
      const bare = (text: string) => text.replace(/\u200b/gu, '');
      const want = fragments(lang).sort((a, b) => (a.url < b.url ? -1 : 1));
      expect(pages.map((p) => p.url)).toEqual(want.map((f) => f.url));
      pages.forEach((page, i) => {
        const fragment = want[i]!;
        expect(page.content, page.url).toBe(bare(fragment.content));
        expect(page.meta, page.url).toEqual({ title: bare(fragment.meta.title!) });
        expect(page.filters, page.url).toEqual(fragment.filters);
        expect(page.anchors, page.url).toEqual(
          fragment.anchors.map(({ id, element, text, location }) => ({ id, element, text: bare(text), location })),
        );
      });
      expect(fs.readFileSync(file, 'utf8')).not.toContain('\u200b');
      const gzip = fs.readFileSync(`${file}.gz`);
      expect(zlib.gunzipSync(gzip).equals(fs.readFileSync(file))).toBe(true);
      expect(gzip.length).toBeLessThanOrEqual(12 * 1024);
    },
  );
});

describe('the search page', () => {
  it.each(['zh', 'en'])(
    '/%s/search/ has the form, filters for 4 types and 5 groups, a live status and a no-JS note',
    (lang) => {
      const { $ } = builtPages().get(`/${lang}/search/`)!;
      const form = $('form[data-search-page]');
      expect(form.attr('action')).toBe(`/${lang}/search/`);
      expect(form.find('input[name="q"]').length).toBe(1);
      expect(
        form
          .find('input[name="type"]')
          .map((_, el) => $(el).attr('value'))
          .get(),
      ).toEqual(['principle', 'goal', 'task', 'section']);
      expect(form.find('input[name="group"]').length).toBe(5);
      expect($('#search-status').attr('role')).toBe('status');
      expect($('noscript').text()).toContain('JavaScript');
      expect($('noscript').html()).toContain(`href="/${lang}/plan/"`);
    },
  );

  it.each(['zh', 'en'])(
    '/%s/search/ carries its words files as JSON equal to the served ones, and preloads nothing',
    (lang) => {
      const { $ } = builtPages().get(`/${lang}/search/`)!;
      for (const file of ['words.json', 'words-strings.json']) {
        const url = `/pagefind/${lang}/${file}`;
        const data = $(`head script[type="application/json"][data-search-file="${url}"]`);
        expect(data.length, url).toBe(1);
        // Parsed as the browser parses it (text of the element): the same data as the file the header box fetches.
        expect(JSON.parse(data.text()), url).toEqual(JSON.parse(fs.readFileSync(path.join(DIST, url), 'utf8')));
        expect(data.text(), url).not.toContain('<');
      }
      // Nothing is preloaded: the page's script fetches the plan's text file as soon as it runs.
      expect($('head link[rel="preload"], head link[rel="modulepreload"]').length).toBe(0);
    },
  );

  it.each(['zh', 'en'])(
    "/%s/search/ loads nothing else before its first result: no header-box loader, the page's script named for later",
    (lang) => {
      const pages = builtPages();
      const { $ } = pages.get(`/${lang}/search/`)!;
      const scripts = $('script[src]')
        .map((_, el) => $(el).attr('src')!)
        .get();
      expect(scripts).toHaveLength(1);
      expect(scripts[0]).toMatch(/^\/_astro\/search-page\.[\w-]+\.js$/u);
      // The page's one script is the file every other page loads, named on the search form.
      const later = $('form[data-search-page]').attr('data-page-script');
      expect(pages.get(`/${lang}/`)!.$(`script[src="${later}"]`).length).toBe(1);
      expect(fs.existsSync(path.join(DIST, later!))).toBe(true);
    },
  );
});
