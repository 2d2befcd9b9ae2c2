// A reader's query → what is searched: traditional characters to simplified, an alias or the other language's name
// to the plan's own words, British to American spelling; then the exact search, results joined.
import { LOCALES, type Lang } from '../locale/locales';
import { compareHits, searchPlan, type Hit, type PageSource } from './engine';
import type { Stem } from './fold';
import { foldSpelling } from './spelling';
import { simplifiedReadings, type TraditionalTable } from './traditional';

/**
 * The kinds of alias a glossary term lists (ALIAS_KINDS of the glossary schema, repeated here so that browser code
 * imports nothing of the content check; a unit test keeps the two lists and the UI strings equal).
 */
export type AliasKind = 'abbreviation' | 'full' | 'later' | 'everyday' | 'spelling' | 'example';

/** What search does with a query that is an alias or another language's name (one row of the table). */
export interface AliasRow {
  /** What to search instead, in this language's text: the pages that contain any of these. */
  search: string[];
  /** What the query was: an alias of some kind, or the other language's name of a term or theme. */
  kind: AliasKind | 'other-language';
  /** Where the term or theme is explained, under the language's root: glossary/#cips, themes/blockchain/. */
  ref: string;
}

/** What search knows beyond the index, per language: /pagefind/zh/words.json (built by words-node.ts). */
export interface SearchWords {
  /** Folded query (aliasQueryKey) → what to search instead. */
  aliases: Record<string, AliasRow>;
  /** English: spelling fold → the index's words with that fold (spellingTable). */
  spellings?: Record<string, string[]>;
  /** Chinese: traditional character → the index's simplified characters it can stand for. */
  traditional?: TraditionalTable;
}

/**
 * The strings of the reading line (locale strings `searchReading`): only needed when a query was read as something
 * else, so they are a file of their own (READING_FILE), fetched then.
 */
export interface ReadingStrings {
  alias: string;
  other: string;
  traditional: string;
  ref: string;
  kind: Record<AliasKind, string>;
}

/**
 * The words files in each language's Pagefind folder: what every query needs (this language's aliases, spellings,
 * traditional characters), and the other language's names of terms and themes, fetched only for a query in the
 * other language's script (blockchain on the Chinese site), so that a first query in the page's language does not
 * pay for it.
 */
export const WORDS_FILE = 'words.json';
export const OTHER_WORDS_FILE = 'words-other.json';
export const READING_FILE = 'words-strings.json';

/** Alias rows as stored: rows with the same target share one entry, [search forms, ref, [key, kind, key, kind …]]. */
export type PackedAliases = [string[], string, string[]][];

/** A words file as stored (see SearchWords). */
export interface WordsFile {
  aliases: PackedAliases;
  spellings?: Record<string, string[]>;
  traditional?: TraditionalTable;
}

export function packAliases(table: Record<string, AliasRow>): PackedAliases {
  const groups = new Map<string, [string[], string, string[]]>();
  for (const [key, row] of Object.entries(table)) {
    const id = JSON.stringify([row.search, row.ref]);
    if (!groups.has(id)) groups.set(id, [row.search, row.ref, []]);
    groups.get(id)![2].push(key, row.kind);
  }
  return [...groups.values()];
}

export function unpackAliases(packed: PackedAliases): Record<string, AliasRow> {
  const table: Record<string, AliasRow> = {};
  for (const [search, ref, entries] of packed) {
    for (let i = 0; i < entries.length; i += 2) {
      table[entries[i]!] = { search, ref, kind: entries[i + 1] as AliasRow['kind'] };
    }
  }
  return table;
}

/** A words file as search uses it. */
export function readWords(file: WordsFile): SearchWords {
  return { ...file, aliases: unpackAliases(file.aliases) };
}

/**
 * The words of a query in the other language's script: this language's file with the other language's names added,
 * and their traditional characters (區塊鏈 on the English site is read as 区块链, whose English is Blockchain).
 */
export function withOtherWords(own: WordsFile, other: WordsFile | undefined): SearchWords {
  let byOther = joinedWords.get(own);
  if (!byOther) joinedWords.set(own, (byOther = new Map()));
  let words = byOther.get(other);
  if (!words) {
    const traditional =
      own.traditional || other?.traditional ? { ...other?.traditional, ...own.traditional } : undefined;
    words = readWords({
      ...own,
      aliases: [...own.aliases, ...(other?.aliases ?? [])],
      ...(traditional ? { traditional } : {}),
    });
    byOther.set(other, words);
  }
  return words;
}

/** The tables of each pair of files, unpacked once: every query (every keystroke) asks for them. */
const joinedWords = new WeakMap<WordsFile, Map<WordsFile | undefined, SearchWords>>();

const QUOTES = /["“”„「」『』]/gu;

/**
 * A query or an alias as the alias table keys it: NFKC, lower case, quotes dropped, one space between words, ’ as
 * '; English words with their spelling fold (Shanghai fintech centre is Shanghai fintech center).
 */
export function aliasQueryKey(text: string, lang: Lang): string {
  const key = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(QUOTES, ' ')
    .replace(/’/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
  return LOCALES[lang].tokenizer === 'words' ? key.split(' ').map(foldSpelling).join(' ') : key;
}

/** How the query was read, when it was not searched as typed (for the line above the results). */
export interface Reading {
  /** What the reader typed. */
  typed: string;
  /** What was searched instead (results: pages with any of them). */
  search: string[];
  /** An alias of a glossary term, the other language's name of a term or theme, or traditional characters. */
  kind: AliasRow['kind'] | 'traditional';
  /** The term or theme explained (glossary/#cips, themes/blockchain/), for an alias or the other language. */
  ref?: string;
}

export interface Results {
  hits: Hit[];
  reading?: Reading;
  /** The strings to say so (READING_FILE, added by the caller once there is a reading). */
  strings?: ReadingStrings;
}

/** An English form of several words is searched as a phrase, so that its words are found together and in order. */
function asQuery(form: string, lang: Lang): string {
  return LOCALES[lang].tokenizer === 'words' && /\s/u.test(form.trim()) ? `"${form}"` : form;
}

/**
 * Runs a query through the reader's words: a query in traditional characters is searched in its simplified
 * readings; a query that is an alias (监管沙盒, FTZ) or the other language's name of a glossary term or theme
 * (blockchain on the Chinese site) searches the plan's own forms instead and says so. Every result still contains
 * what was searched: a page is in the results exactly when it contains one of the searched forms.
 */
export async function searchWithWords(
  pagefind: PageSource,
  query: string,
  lang: Lang,
  words: SearchWords | undefined,
  stem?: Stem,
): Promise<Results> {
  const readings = words?.traditional ? simplifiedReadings(query, words.traditional) : [query];
  for (const reading of readings) {
    const row = words?.aliases[aliasQueryKey(reading, lang)];
    if (!row) continue;
    const hits = await joined(
      row.search.map((form) => searchPlan(pagefind, asQuery(form, lang), lang, stem, words?.spellings)),
    );
    return {
      hits,
      reading: { typed: query, search: row.search, kind: row.kind, ref: row.ref },
    };
  }
  // A text without Chinese characters (English) is searched as typed: its traditional readings only serve the names.
  if (LOCALES[lang].tokenizer !== 'han')
    return { hits: await searchPlan(pagefind, query, lang, stem, words?.spellings) };
  const hits = await joined(readings.map((r) => searchPlan(pagefind, r, lang, stem, words?.spellings)));
  const changed = readings.length > 1 || readings[0] !== query;
  return changed ? { hits, reading: { typed: query, search: readings, kind: 'traditional' } } : { hits };
}

/** The results of several searches as one list: each page once, at its best rank, best first. */
async function joined(searches: Promise<Hit[]>[]): Promise<Hit[]> {
  const lists = await Promise.all(searches);
  if (lists.length === 1) return lists[0]!;
  const byUrl = new Map<string, Hit>();
  for (const hit of lists.flat()) {
    const known = byUrl.get(hit.url);
    if (!known || compareHits(hit, known) < 0) byUrl.set(hit.url, hit);
  }
  return [...byUrl.values()].sort(compareHits);
}

/** Controls that would reorder or hide echoed text: C0 and C1 controls, bidirectional marks, embeddings, isolates. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A query as the page repeats it: without control and bidirectional formatting characters, at most `max`
 * characters (then an ellipsis). Shown inside <bdi>, so that it cannot reorder the sentence around it.
 */
export function echoText(query: string, max = 60): string {
  const chars = [...query.replace(CONTROLS, '').trim()];
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : chars.join('');
}
