// Build side of what search knows beyond the index: the words file of each language (aliases, spellings, traditional
// characters), written next to the language's Pagefind bundle.
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import { aliasTable } from './aliases';
import type { GlossaryTerm } from './glossary';
import { spellingTable } from './search-spelling';
import { packAliases, type WordsFile } from './search-query';
import type { TraditionalTable } from './search-traditional';
import type { Theme } from './themes';
import type { Lang, Plan } from './types';

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
 * the index characters it can stand for (OpenCC's character tables, through opencc-js). Only characters of the
 * index are listed, so the table stays small; a character that is the same in both scripts is not listed.
 */
export function traditionalTable(indexChars: Set<string>): TraditionalTable {
  const toSimplified = parseDict(TSCharacters);
  const variants = [parseDict(TWVariantsRev), parseDict(HKVariantsRev)];
  const toTraditional = parseDict(STCharacters);
  const candidates = new Set<string>();
  for (const ch of indexChars) for (const t of toTraditional.get(ch) ?? []) candidates.add(t);
  for (const dict of variants)
    for (const [variant, standard] of dict) if (standard.some((s) => candidates.has(s))) candidates.add(variant);
  const table: TraditionalTable = {};
  for (const t of [...candidates].sort()) {
    const standard = variants.flatMap((dict) => dict.get(t) ?? []);
    const forms = [t, ...standard].flatMap((s) => [...(toSimplified.get(s) ?? []), s]);
    const simplified = [...new Set(forms)].filter((s) => indexChars.has(s));
    if (simplified.length > 0 && simplified.join('') !== t) table[t] = simplified.join('');
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
): { words: WordsFile; other: WordsFile } {
  const table = aliasTable(content.glossary, content.themes, content.plans, lang);
  const part = (other: boolean) =>
    packAliases(
      Object.fromEntries(Object.entries(table).filter(([, row]) => (row.kind === 'other-language') === other)),
    );
  const other = { aliases: part(true) };
  if (lang === 'en') {
    const words = indexText.match(/[\p{L}\p{N}]+(?:['’&-][\p{L}\p{N}]+)*/gu) ?? [];
    return {
      words: { aliases: part(false), spellings: spellingTable(words.map((w) => w.normalize('NFKC').toLowerCase())) },
      other,
    };
  }
  const chars = new Set(indexText.match(/\p{Script=Han}/gu) ?? []);
  return { words: { aliases: part(false), traditional: traditionalTable(chars) }, other };
}
