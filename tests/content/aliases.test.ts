// Glossary aliases: every alias of the content leads to words the plan's text contains, and the table search uses.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { containsForm, planTexts } from '../../src/reference/aliases';
import { aliasQueryKey } from '../../src/search/readings';
import { aliasTable } from '../../src/search/words-node';
import { loadCheckedContent, loadReferenceContent } from '../../src/content-check/check-node';
import { LANGS, otherLangs } from '../../src/locale/locales';

const contentDir = path.resolve('content');
const plans = loadCheckedContent(contentDir);
const { glossary, themes } = loadReferenceContent(contentDir, plans);
const tables = { zh: aliasTable(glossary, themes, plans, 'zh'), en: aliasTable(glossary, themes, plans, 'en') };
const texts = { zh: planTexts(plans.zh), en: planTexts(plans.en) };
const inText = (lang: 'zh' | 'en', form: string) => texts[lang].some((t) => containsForm(t, form));

describe('containsForm', () => {
  it('matches case-insensitively, whole words in Latin script, anywhere in Chinese', () => {
    expect(containsForm('Use CIPS well.', 'cips')).toBe(true);
    expect(containsForm('XCIPS and CIPSX', 'CIPS')).toBe(false);
    expect(containsForm('支持CIPS发展', 'CIPS')).toBe(true);
    expect(containsForm('加速器', '速器')).toBe(true);
  });
});

describe('the alias table of each language', () => {
  for (const lang of LANGS) {
    const table = tables[lang];
    it(`${lang}: every alias of every term is in the table, leading to a form the ${lang} text contains`, () => {
      const aliases = glossary.flatMap((term) => term.aliases[lang].map((alias) => ({ term, alias })));
      expect(aliases.length).toBeGreaterThan(40);
      for (const { term, alias } of aliases) {
        const row = table[aliasQueryKey(alias.text, lang)];
        expect(row, alias.text).toMatchObject({ kind: alias.kind, ref: `glossary/#${term.slug}` });
        for (const form of row!.search) expect(inText(lang, form), `${alias.text} → ${form}`).toBe(true);
      }
    });

    it(`${lang}: every target of the table is in the ${lang} text`, () => {
      for (const [key, row] of Object.entries(table)) {
        expect(row.search.length, key).toBeGreaterThan(0);
        for (const form of row.search) expect(inText(lang, form), `${key} → ${form}`).toBe(true);
      }
    });

    const other = otherLangs(lang)[0]!;
    it(`${lang}: every term with a form in both texts is found by its ${other} name`, () => {
      for (const term of glossary) {
        const form = term.match[other].find((f) => inText(other, f));
        if (!form || !term.match[lang].some((f) => inText(lang, f)) || inText(lang, form)) continue;
        expect(table[aliasQueryKey(form, lang)], `${form}`).toMatchObject({ kind: 'other-language' });
      }
    });
  }

  it('leads what readers type to the plan’s words (the examples of issue 13)', () => {
    expect(tables.zh['监管沙盒']).toEqual({
      search: ['创新监管试点'],
      kind: 'everyday',
      ref: 'glossary/#regulatory-sandbox',
    });
    expect(tables.en['sandbox']).toEqual({
      search: ['fintech innovation regulatory pilots'],
      kind: 'everyday',
      ref: 'glossary/#regulatory-sandbox',
    });
    expect(tables.en['ftz']?.search).toEqual(['China (Shanghai) Pilot Free Trade Zone']);
    expect(tables.zh['数字人民币']).toMatchObject({ search: ['数字货币'], kind: 'later' });
    expect(tables.en['e-cny']).toMatchObject({ search: ['Digital Currency'], kind: 'later' });
    expect(tables.en['digital rmb']).toMatchObject({ search: ['Digital Currency'], kind: 'later' });
    // The other language: the term's form here, and an alias's part here (e-CNY → 数字货币 on the Chinese site).
    expect(tables.zh['e-cny']).toMatchObject({ search: ['数字货币'], kind: 'other-language' });
    expect(tables.zh['sandbox']).toMatchObject({ search: ['创新监管试点'], kind: 'other-language' });
    expect(tables.zh['pboc']).toMatchObject({ search: ['人民银行'], kind: 'other-language' });
    expect(tables.en['人民银行']).toMatchObject({ search: ["People's Bank of China", 'PBOC'], kind: 'other-language' });
    expect(tables.zh['blockchain']).toEqual({ search: ['区块链'], kind: 'other-language', ref: 'themes/blockchain/' });
    expect(tables.en['区块链']).toEqual({ search: ['Blockchain'], kind: 'other-language', ref: 'themes/blockchain/' });
  });

  it('has no key for the plan’s own words', () => {
    expect(tables.zh['区块链']).toBeUndefined();
    expect(tables.en['blockchain']).toBeUndefined();
    expect(tables.zh['cips']).toBeUndefined();
  });

  it('leads to every form of the term the text contains, none containing another', () => {
    expect(tables.en['科创中心']?.search).toEqual(['Science and Technology Innovation Center']);
    expect(tables.zh['science and technology innovation center']?.search).toEqual(['科技创新中心', '科创中心']);
  });
});
