// The vocabularies with one home: the locale table, the item-type registry, parseRoute and the zone kinds.
import { describe, expect, it } from 'vitest';
import { HTML_LANG, LANGS, LOCALES, SOURCE_LANG, langOfHtml, markTitle, otherLangs } from '../../src/locale/locales';
import { ITEM_FOLDERS, ITEM_TYPES, itemLabel, typeOfFolder } from '../../src/plan/items';
import { parseRoute } from '../../src/plan/routes';
import { ZONE_KIND_STYLES, ZONE_KINDS } from '../../src/map/kinds';
import { useTranslations } from '../../src/locale';
import * as policy from '../../deploy/policy.mjs';

describe('the locale table', () => {
  it('has one source language, first in LANGS, and every other language is a translation', () => {
    expect(LANGS[0]).toBe(SOURCE_LANG);
    expect(LANGS.filter((l) => LOCALES[l].role === 'source')).toEqual([SOURCE_LANG]);
  });

  it('gives each language every other language, and reads a page’s <html lang> back', () => {
    for (const lang of LANGS) {
      expect(otherLangs(lang)).toEqual(LANGS.filter((l) => l !== lang));
      expect(langOfHtml(HTML_LANG[lang])).toBe(lang);
    }
    expect(langOfHtml('fr')).toBe(SOURCE_LANG);
  });

  it('marks a title in running text by the language’s rule', () => {
    expect(markTitle('zh', '通知')).toBe('《通知》');
    expect(markTitle('en', 'Notice')).toBe('Notice');
  });

  it('is the language list of the deploy policy too', () => {
    expect(policy.LANGS).toEqual(LANGS);
    expect(policy.DEFAULT_LANG).toBe(SOURCE_LANG);
  });
});

describe('the item-type registry', () => {
  it('lists the types in document order, each with its folder, and reads a folder back', () => {
    expect(ITEM_TYPES).toEqual(['principle', 'goal', 'task']);
    expect(ITEM_FOLDERS).toEqual(['principles', 'goals', 'tasks']);
    expect(ITEM_FOLDERS.map(typeOfFolder)).toEqual(ITEM_TYPES);
    expect(typeOfFolder('groups')).toBeUndefined();
    expect(policy.NUMBERED).toEqual(ITEM_FOLDERS);
  });

  it('names an item the same way everywhere: 发展目标 3, Task 7', () => {
    expect(itemLabel(useTranslations('en'), { type: 'task', number: 7 })).toBe('Task 7');
    expect(itemLabel(useTranslations('en'), { type: 'principle', number: 2 })).toBe('Principle 2');
    expect(itemLabel(useTranslations('zh'), { type: 'goal', number: 3 })).toBe('发展目标 3');
  });
});

describe('parseRoute', () => {
  it('reads a path back into its language, the rest and, on an item page, the item', () => {
    expect(parseRoute('/en/tasks/7/')).toEqual({ lang: 'en', rest: '/tasks/7/', item: { type: 'task', number: 7 } });
    expect(parseRoute('/zh/principles/1/')?.item).toEqual({ type: 'principle', number: 1 });
    expect(parseRoute('/zh/plan/')).toEqual({ lang: 'zh', rest: '/plan/' });
    expect(parseRoute('/zh/tasks/7/parallel/')?.item).toBeUndefined();
    expect(parseRoute('/zh/groups/1/')?.item).toBeUndefined();
    expect(parseRoute('/fr/tasks/7/')).toBeUndefined();
    expect(parseRoute('/404.html')).toBeUndefined();
  });
});

describe('the zone kinds', () => {
  it('are the plan’s two cities, one belt, one port, each drawn with its own shape (not by colour alone)', () => {
    expect(ZONE_KINDS).toEqual(['city', 'belt', 'port']);
    const shapes = ZONE_KINDS.map((k) => ZONE_KIND_STYLES[k].shape);
    expect(new Set(shapes).size).toBe(ZONE_KINDS.length);
  });
});
