// Build-output tests for the glossary, term notes on item pages, themes and the About page, on every page concerned.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from './dist';
import { LANGS } from '../../src/locale/locales';
import { parseRoute } from '../../src/plan/routes';

const pages = builtPages();
const all = [...pages.values()];
const slugsIn = (folder: string) =>
  fs
    .readdirSync(path.join('content', folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length));
const GLOSSARY = slugsIn('glossary');
const THEMES = slugsIn('themes');
const itemPages = (lang: string) => all.filter((p) => parseRoute(p.url)?.item && p.url.startsWith(`/${lang}/`));

describe('glossary pages', () => {
  it.each(LANGS)('/%s/glossary/ lists every term with its anchor, both names and a note', (lang) => {
    const { $ } = pages.get(`/${lang}/glossary/`)!;
    const ids = $('dl > div[id]')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(ids.sort()).toEqual([...GLOSSARY].sort());
    for (const id of ids) {
      const entry = $(`[id="${id}"]`);
      expect(entry.find('dt [lang]').text().trim(), id).not.toBe('');
      expect(entry.find('dd').text().trim().length, id).toBeGreaterThan(10);
    }
    expect($('#five-centers dt').text()).toContain('五个中心');
    expect($('#five-centers dt').text()).toContain('Five Centers');
  });

  it('says where a term appears, linking to the sentence', () => {
    const { $ } = pages.get('/en/glossary/')!;
    const links = $('#star-market a')
      .map((_, el) => $(el).attr('href'))
      .get();
    expect(links).toEqual(['/en/tasks/5/#s6']);
    expect(
      $('#five-centers a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(['/en/plan/#ideology-s1']);
  });
});

describe('glossary terms on item pages', () => {
  it('English item pages mark each term once and link it to a note on the page that links back', () => {
    let marked = 0;
    for (const page of itemPages('en')) {
      const { $ } = page;
      const terms = $('main a.term')
        .map((_, el) => ({ href: $(el).attr('href')!, id: $(el).attr('id')! }))
        .get();
      const notes = $('[id^="note-"]')
        .map((_, el) => $(el).attr('id')!)
        .get();
      expect(
        terms.map((t) => t.href),
        page.url,
      ).toEqual(notes.map((n) => `#${n}`));
      for (const { id } of terms) {
        const slug = id.replace(/^term-/u, '');
        expect(GLOSSARY, page.url).toContain(slug);
        expect($(`#note-${slug} a[href="#${id}"]`).length, `${page.url}: note ${slug} links back`).toBe(1);
        expect($(`#note-${slug} dd`).text().trim().length, page.url).toBeGreaterThan(10);
      }
      // Marks are inside the sentences, so the sentence ids and text stay as they were.
      expect($('a.term').filter((_, el) => $(el).closest('.sents > p, h1#title').length === 0).length, page.url).toBe(
        0,
      );
      marked += terms.length;
    }
    expect(marked).toBeGreaterThan(60);
  });

  it('marks the spatial layout and its places on task 14, the full Lin-gang name as one term', () => {
    const { $ } = pages.get('/en/tasks/14/')!;
    expect(
      $('a.term')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual([
      'Two Cities, One Belt, One Port',
      'Lujiazui Financial City',
      'Zhangjiang Science City',
      'Yangpu Riverside',
      'North Bund',
      'Bund Financial Cluster',
      'Xuhui Riverside',
      'Lin-gang Special Area of China (Shanghai) Pilot Free Trade Zone',
    ]);
  });

  it('Chinese item pages carry no term marks and no notes (the Chinese is shown as issued)', () => {
    for (const page of itemPages('zh')) {
      expect(page.$('a.term').length, page.url).toBe(0);
      expect(page.$('[id^="note-"]').length, page.url).toBe(0);
    }
  });

  it('the English full text links the policy shorthand to the glossary', () => {
    const { $ } = pages.get('/en/plan/')!;
    for (const slug of ['five-centers', 'four-brands', 'four-functions'])
      expect($(`#ideology-s1 a.term[href="/en/glossary/#${slug}"]`).length, slug).toBe(1);
  });
});

describe('themes', () => {
  it.each(LANGS)('/%s/themes/ lists every theme under its category', (lang) => {
    const { $ } = pages.get(`/${lang}/themes/`)!;
    const linked = $('main section a')
      .map((_, el) => $(el).attr('href'))
      .get();
    expect(linked.sort()).toEqual(THEMES.map((slug) => `/${lang}/themes/${slug}/`).sort());
    expect($('main section h2').length).toBe(3);
  });

  it('theme pages quote each cited sentence exactly as the item page has it, linked to it', () => {
    for (const lang of LANGS) {
      for (const slug of THEMES) {
        const { $ } = pages.get(`/${lang}/themes/${slug}/`)!;
        const quotes = $('main section li');
        expect(quotes.length, `${lang} ${slug}`).toBeGreaterThan(0);
        quotes.each((_, li) => {
          const href = $(li).find('a').attr('href')!;
          const [pagePath, id] = href.split('#');
          const item = pages.get(pagePath!)!;
          expect(item, href).toBeDefined();
          // The item page shows the title as its heading, without the full stop that the quote keeps, and each
          // sentence after it with its number in the gutter (a.sn), which is not part of the sentence.
          const heading = (text: string) => (id === 'title' ? text.replace(/[。.]$/u, '') : text);
          const onPage = item.$(`#${id}`).clone();
          onPage.find('a.sn').remove();
          expect(heading($(li).find('p').text()), href).toBe(onPage.text());
        });
      }
    }
  });

  it('every task and goal page links to the themes that cite it', () => {
    for (const page of all.filter((p) => /^\/(zh|en)\/(goals|tasks)\/\d+\/$/u.test(p.url))) {
      const lang = page.url.slice(1, 3);
      const links = page.$(`main a[href^="/${lang}/themes/"]`);
      expect(links.length, page.url).toBeGreaterThan(0);
    }
  });
});

describe('About this plan', () => {
  it.each(LANGS)('/%s/about/ says it is context, not part of the plan, and names the 2024 successor', (lang) => {
    const { $ } = pages.get(`/${lang}/about/`)!;
    const notice = $('[role="note"]').text();
    expect(notice).toContain(lang === 'en' ? 'not part of the plan' : '不属于方案内容');
    expect($('main').text()).toContain('沪府办发〔2024〕14号');
  });

  it.each(LANGS)('/%s/about/ gives every fact its sources', (lang) => {
    const { $ } = pages.get(`/${lang}/about/`)!;
    const facts = $('main li[id]');
    expect(facts.length).toBeGreaterThan(15);
    facts.each((_, li) => {
      const hrefs = $(li)
        .find('a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(hrefs.length, $(li).attr('id')).toBeGreaterThan(0);
      for (const href of hrefs) expect(href, $(li).attr('id')).toMatch(/^(https:\/\/|\/(zh|en)\/)/u);
    });
  });
});

describe('links to the new pages', () => {
  it('every page in both languages links to the status page, Themes, Glossary, Open data, About this site and Changes from its footer', () => {
    for (const page of all.filter((p) => /^\/(zh|en)\//u.test(p.url))) {
      const lang = page.url.slice(1, 3);
      const hrefs = page
        .$('footer nav a')
        .map((_, el) => page.$(el).attr('href'))
        .get();
      expect(hrefs, page.url).toEqual([
        `/${lang}/about/`,
        `/${lang}/themes/`,
        `/${lang}/glossary/`,
        `/${lang}/data/`,
        `/${lang}/about-site/`,
        `/${lang}/changes/`,
      ]);
    }
  });
});
