// Build-output tests of the layout map in both languages, its links from other pages, and its byte budgets.
import { describe, expect, it } from 'vitest';
import budgets from '../../budgets.config.json';
import { gzipSize as gz, pageWeight } from '../support/page-weight';
import { ZONE_IDS } from '../../src/map/zones';
import { builtPages, DIST } from './dist';
import { LANGS } from '../../src/locale/locales';

const pages = builtPages();
const mapPage = (lang: string) => pages.get(`/${lang}/map/`)!;
describe.each(LANGS)('/%s/map/', (lang) => {
  const page = mapPage(lang);
  const { $ } = page;

  it('draws the map as inline SVG, two views, each with a title and a description', () => {
    const svgs = $('main svg[data-map-view]');
    expect(svgs.map((_, el) => $(el).attr('data-map-view')).get()).toEqual(['overview', 'detail']);
    svgs.each((_, el) => {
      const svg = $(el);
      expect(svg.children('title').text().trim()).not.toBe('');
      expect(svg.children('desc').text().trim().length).toBeGreaterThan(20);
      expect($(`#${svg.attr('aria-labelledby')}`).is('title')).toBe(true);
      expect($(`#${svg.attr('aria-describedby')}`).is('desc')).toBe(true);
    });
    // Inline only: no image, object, iframe or external reference inside the drawing.
    expect($('main svg image, main svg use[href^="http"], main img, main object, main iframe').length).toBe(0);
  });

  it('makes each of the seven zones one link, to an existing section of the page', () => {
    const links = $('main svg a[data-zone]');
    expect(
      links
        .map((_, el) => $(el).attr('data-zone'))
        .get()
        .sort(),
    ).toEqual([...ZONE_IDS].sort());
    links.each((_, el) => {
      const id = $(el).attr('data-zone')!;
      expect($(el).attr('href')).toBe(`#zone-${id}`);
      const section = $(`section#zone-${id}`);
      expect(section.length, id).toBe(1);
      expect(section.attr('data-zone-section')).toBe(id);
      // The accessible name says which zone it is, in the page's language.
      expect($(el).attr('aria-label'), id).toContain(section.find('h3').text().trim());
    });
  });

  it('labels the zones in the page language', () => {
    const labels = $('main svg a[data-zone] text')
      .map((_, el) => $(el).text())
      .get()
      .join(' ');
    if (lang === 'zh') {
      for (const name of ['陆家嘴金融城', '张江科学城', '杨浦滨江', '北外滩', '外滩金融', '徐汇滨江', '临港新片区']) {
        expect(labels).toContain(name);
      }
      expect(labels).not.toMatch(/[A-Za-z]/u);
    } else {
      for (const name of ['Lujiazui', 'Zhangjiang', 'Yangpu', 'North Bund', 'Bund Financial', 'Xuhui', 'Lin-gang']) {
        expect(labels).toContain(name);
      }
      expect(labels).not.toMatch(/[\u4e00-\u9fff]/u);
    }
  });

  it('shows the attribution with OpenStreetMap linked, the licence, and that the map is a schematic', () => {
    const caption = $('main figure figcaption');
    const osm = caption.find('a[href="https://www.openstreetmap.org/copyright"]');
    expect(osm.text()).toContain('OpenStreetMap');
    expect(caption.text()).toContain('ODbL');
    expect(caption.text()).toContain('geoBoundaries');
    expect(caption.text()).toContain('Natural Earth');
    expect(caption.text()).toContain(lang === 'zh' ? '示意图' : 'Schematic map');
  });

  it('has a key that names each kind of zone by its shape, not only its colour', () => {
    const key = $('main figure ul').text();
    for (const words of lang === 'zh'
      ? ['两城', '一带', '一港', '阴影', '粗线', '斜线']
      : ['Two Cities', 'One Belt', 'One Port', 'shaded', 'line', 'hatched']) {
      expect(key).toContain(words);
    }
  });

  it('links every zone section to sentences of the plan that exist and say what is quoted', () => {
    for (const id of ZONE_IDS) {
      const section = $(`#zone-${id}`);
      const cites = section.find('a[href*="#s"]');
      expect(cites.length, id).toBeGreaterThanOrEqual(1);
      cites.each((_, el) => {
        const href = $(el).attr('href')!;
        const [target, sentence] = href.split('#');
        expect(target, href).toMatch(new RegExp(`^/${lang}/(tasks|goals|principles)/\\d+/$`, 'u'));
        const sentenceEl = pages.get(target!)?.$(`.sents > #${sentence}`).clone();
        expect(sentenceEl?.length, `${id} → ${href}`).toBe(1);
        sentenceEl!.find('a.sn').remove();
        // The quote next to the link is the sentence itself (mentions) or a phrase of it (the role).
        const quoted = $(el).parent().find('q').first().text();
        expect(sentenceEl!.text(), `${id} → ${href}`).toContain(quoted);
      });
      expect(section.text(), id).toMatch(lang === 'zh' ? /示意|近似/u : /approximate/u);
    }
  });

  it('fits the budget: at most 60 KB gzip for the first visit; its own script adds at most 1 KB', () => {
    const weight = pageWeight(DIST, page.html);
    expect(weight.total).toBeLessThanOrEqual(budgets.mapPageFirstVisitGzip);
    // Every page has the site's few scripts (language switch, reading settings); the map adds only its highlighter.
    const home = pageWeight(DIST, pages.get(`/${lang}/`)!.html);
    expect(weight.js - home.js).toBeGreaterThan(0);
    expect(weight.js - home.js).toBeLessThanOrEqual(1024);
    expect(weight.assets.every((url) => url.startsWith('/'))).toBe(true);
  });
});

describe('links to the map', () => {
  it('every page in a language has the map in its main navigation, current on the map page', () => {
    for (const page of [...pages.values()].filter((p) => /^\/(zh|en)\//u.test(p.url))) {
      const lang = page.url.slice(1, 3);
      const link = page.$(`header nav a[href="/${lang}/map/"]`);
      expect(link.length, page.url).toBe(1);
      expect(link.attr('aria-current'), page.url).toBe(page.url === `/${lang}/map/` ? 'page' : undefined);
    }
  });

  it.each(LANGS)(
    'the %s home page and task 14 have a map card; task 14 links its layout sentence to the map',
    (lang) => {
      for (const url of [`/${lang}/`, `/${lang}/tasks/14/`]) {
        const card = pages.get(url)!.$('aside[aria-labelledby="map-card-title"]');
        expect(card.find(`a[href="/${lang}/map/"]`).length, url).toBe(1);
        // A picture on the home page; item pages keep to their 6 KB budget with the text alone.
        expect(card.find('svg[aria-hidden="true"]').length, url).toBe(url.includes('/tasks/') ? 0 : 1);
      }
      const sentence = pages.get(`/${lang}/tasks/14/`)!.$('#s1');
      expect(sentence.find(`a[href="/${lang}/map/"]`).text()).toMatch(/^(空间布局|spatial layout)$/u);
    },
  );

  it('keeps task 14 an item page: HTML at most 6 KB gzip, and the map card is not the full map', () => {
    for (const lang of LANGS) {
      const page = pages.get(`/${lang}/tasks/14/`)!;
      expect(gz(page.html), page.url).toBeLessThanOrEqual(budgets.itemPageHtmlGzip);
      expect(page.$('svg a, svg[data-map-view]').length, page.url).toBe(0);
    }
  });
});
