// Build side of what search knows beyond the index (Node only: OpenCC's tables stay out of the browser): the words
// files of each language (aliases, spellings, traditional characters), written next to its Pagefind bundle.
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import { aliasTargets, containsForm, planTexts } from '../reference/aliases';
import type { GlossaryTerm } from '../reference/glossary';
import type { Theme } from '../reference/themes';
import type { Plan } from '../plan/types';
import { LOCALES, otherLangs, type Lang } from '../locale/locales';
import { aliasQueryKey, packAliases, type AliasRow, type ReadingStrings, type WordsFile } from './readings';
import { spellingTable } from './spelling';
import zhStrings from '../locale/strings/zh.json';
import enStrings from '../locale/strings/en.json';
import type { TraditionalTable } from './traditional';

/** OpenCC's dictionaries: "A B C|D E" maps A to B and C, D to E. */
function parseDict(dict: string): Map<string, string[]> {
  return new Map(
    dict.split('|').map((entry) => {
      const [from, ...to] = entry.split(' ');
      return [from!, to];
    }),
  );
}

/**
 * For each traditional character, and each Taiwan and Hong Kong variant, whose simplified form occurs in the index:
 * the index characters it can stand for (OpenCC's character tables, through opencc-js). Only characters whose
 * readings the index has are listed, so the table stays small; a character the index has itself is not listed.
 */
export function traditionalTable(indexChars: Set<string>): TraditionalTable {
  const toSimplified = parseDict(TSCharacters);
  const variants = [parseDict(TWVariantsRev), parseDict(HKVariantsRev)];
  // Each traditional form of an index character stands for it (着 → 著, so 著 stands for 着 as well as for 著).
  const readings = new Map<string, Set<string>>();
  const add = (t: string, s: string) => {
    if (indexChars.has(s)) readings.set(t, (readings.get(t) ?? new Set()).add(s));
  };
  for (const [s, ts] of parseDict(STCharacters)) for (const t of ts) add(t, s);
  for (const [t, ss] of toSimplified) for (const s of ss) add(t, s);
  for (const ch of indexChars) add(ch, ch);
  // Taiwan and Hong Kong variants (裡, 綫) stand for what their standard form stands for.
  for (const dict of variants) {
    for (const [variant, standards] of dict) {
      for (const standard of standards) for (const s of readings.get(standard) ?? []) add(variant, s);
    }
  }
  const table: TraditionalTable = {};
  for (const [t, ss] of [...readings].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // A character the simplified text itself uses (著 in 显著) is searched as itself, so that every simplified query
    // stays exact; its other readings (著 for 着) are not tried.
    if (!indexChars.has(t)) table[t] = [...ss].sort().join('');
  }
  return table;
}

/**
 * The words files of a language, from the checked content and the text the language's index holds: what every
 * query needs, and the other language's names (see WORDS_FILE and OTHER_WORDS_FILE).
 */
export function searchWords(
  lang: Lang,
  content: { glossary: GlossaryTerm[]; themes: Theme[]; plans: Record<Lang, Plan> },
  indexText: string,
): { words: WordsFile; other: WordsFile; strings: ReadingStrings } {
  const table = aliasTable(content.glossary, content.themes, content.plans, lang);
  const part = (other: boolean) =>
    packAliases(
      Object.fromEntries(Object.entries(table).filter(([, row]) => (row.kind === 'other-language') === other)),
    );
  const otherAliases = part(true);
  // On a site in another script, the Chinese names carry their traditional characters (區塊鏈 → 区块链 → Blockchain).
  const hanOfNames = new Set(otherAliases.flatMap(([, , keys]) => keys.join('').match(/\p{Script=Han}/gu) ?? []));
  const other: WordsFile = {
    aliases: otherAliases,
    ...(LOCALES[lang].tokenizer !== 'han' && hanOfNames.size ? { traditional: traditionalTable(hanOfNames) } : {}),
  };
  const strings = { zh: zhStrings, en: enStrings }[lang].searchReading;
  if (LOCALES[lang].tokenizer === 'words') {
    const words = indexText.match(/[\p{L}\p{N}]+(?:['’&-][\p{L}\p{N}]+)*/gu) ?? [];
    return {
      words: {
        aliases: part(false),
        spellings: spellingTable(words.map((w) => w.normalize('NFKC').toLowerCase())),
      },
      other,
      strings,
    };
  }
  const chars = new Set(indexText.match(/\p{Script=Han}/gu) ?? []);
  return { words: { aliases: part(false), traditional: traditionalTable(chars) }, other, strings };
}

/**
 * The table search uses on a site language: folded query → row. It holds this language's aliases and the other
 * language's forms and aliases of each term, and the other language's names of themes, whose form here the text
 * contains (区块链 for blockchain on the Chinese site). A query the text contains itself is never in the table: it
 * finds the plan's own words.
 */
export function aliasTable(
  terms: GlossaryTerm[],
  themes: Theme[],
  plans: Record<Lang, Plan>,
  lang: Lang,
): Record<string, AliasRow> {
  const here = planTexts(plans[lang]);
  const inText = (form: string) => here.some((t) => containsForm(t, form));
  const table: Record<string, AliasRow> = {};
  const add = (text: string, row: AliasRow) => {
    const key = aliasQueryKey(text, lang);
    if (key === '' || key in table || inText(text)) return;
    table[key] = row;
  };
  for (const term of terms) {
    const ref = `glossary/#${term.slug}`;
    for (const alias of term.aliases[lang]) {
      add(alias.text, { search: aliasTargets(term, alias, lang, inText), kind: alias.kind, ref });
    }
  }
  for (const other of otherLangs(lang)) addOtherLanguage(other);
  return table;

  function addOtherLanguage(other: Lang) {
    const there = planTexts(plans[other]);
    const inOther = (form: string) => there.some((t) => containsForm(t, form));
    for (const term of terms) {
      const search = aliasTargets(term, undefined, lang, inText);
      if (!search.every(inText)) continue;
      const row: AliasRow = { search, kind: 'other-language', ref: `glossary/#${term.slug}` };
      for (const form of [term.term[other], ...term.match[other]]) add(form, row);
      // An alias that leads to a part of the term (e-CNY → digital currency) leads to that part here too (数字货币).
      const part = term.aliases[lang].find((a) => a.search)?.search;
      for (const alias of term.aliases[other]) {
        add(alias.text, alias.search && part ? { ...row, search: [part] } : row);
      }
    }
    for (const theme of themes) {
      if (inText(theme.title[lang]) && inOther(theme.title[other])) {
        add(theme.title[other], {
          search: [theme.title[lang]],
          kind: 'other-language',
          ref: `themes/${theme.slug}/`,
        });
      }
    }
  }
}
