// The glossary: terms with their official English names and our notes, and where the plan's text uses them.
import type { TermMark } from '../plan/marks';
import { sentenceId } from '../plan/refs';
import type { RecordFile } from '../content-check/content-files-node';
import { parseRecords } from '../content-check/parse-records';
import { glossarySchema, GLOSSARY_SECTIONS, type ALIAS_KINDS } from '../content-check/schemas';
import { textBlocks } from '../plan/outline';
import type { Plan, PlanItem } from '../plan/types';
import { LANGS, type Lang } from '../locale/locales';

export type GlossarySection = (typeof GLOSSARY_SECTIONS)[number];

export interface GlossaryTerm {
  /** File name and anchor: content/glossary/five-centers.yaml → /en/glossary/#five-centers. */
  slug: string;
  section: GlossarySection;
  term: Record<Lang, string>;
  english: 'official' | 'proposed';
  note: Record<Lang, string>;
  /** The forms marked in each language's text (the term itself unless the file lists others). */
  match: Record<Lang, string[]>;
  /** What readers type for the term, per language (checked against the plan's text by checkAliases). */
  aliases: Record<Lang, Alias[]>;
  file: string;
}

export type AliasKind = (typeof ALIAS_KINDS)[number];

export interface Alias {
  text: string;
  kind: AliasKind;
  /** The form of the term to search for: a part of the term the plan's text contains (default: its first form). */
  search?: string;
}

/** Text cut at the marks: plain strings and marked terms, in order. */
export type Segment = string | { text: string; slug: string };

/** Checks the glossary files and builds the terms (sorted by section, then file name); problems name the file. */
export function buildGlossary(records: RecordFile[], problems: string[]): GlossaryTerm[] {
  const terms = parseRecords(glossarySchema, records, problems).map(({ key, file, data }): GlossaryTerm => ({
    slug: key,
    section: data.section,
    term: data.term,
    english: data.english,
    note: data.note,
    match: { zh: data.match?.zh ?? [data.term.zh], en: data.match?.en ?? [data.term.en] },
    aliases: { zh: data.aliases?.zh ?? [], en: data.aliases?.en ?? [] },
    file,
  }));
  for (const lang of LANGS) {
    const owner = new Map<string, GlossaryTerm>();
    for (const term of terms) {
      for (const form of term.match[lang]) {
        const other = owner.get(form);
        if (other)
          problems.push(
            `${term.file}: field "match.${lang}": "${form}" is also a form of ${other.file}; one term per form`,
          );
        owner.set(form, term);
      }
    }
  }
  const order = (t: GlossaryTerm) => GLOSSARY_SECTIONS.indexOf(t.section);
  return terms.sort((a, b) => order(a) - order(b) || a.slug.localeCompare(b.slug));
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;

/** True when the form at [start, end) is a whole word: Latin letters and digits may not run on either side. */
function isWhole(text: string, start: number, end: number): boolean {
  const edge = (inner: string | undefined, outer: string | undefined) =>
    !(inner && outer && LATIN_OR_DIGIT.test(inner) && LATIN_OR_DIGIT.test(outer));
  return edge(text[start], text[start - 1]) && edge(text[end - 1], text[end]);
}

/**
 * Finds glossary terms in an item's sentences and marks each term at its first occurrence only.
 * Where forms overlap, the longest one starting first wins (so "Lin-gang Special Area of China (Shanghai) Pilot
 * Free Trade Zone" is one term, not the free trade zone inside it), whether or not it is marked again.
 */
export function markFirstOccurrences(sentences: string[], terms: GlossaryTerm[], lang: Lang): TermMark[][] {
  const forms = terms.flatMap((term) => term.match[lang].map((form) => ({ form, slug: term.slug })));
  const seen = new Set<string>();
  return sentences.map((sentence) => {
    const candidates: TermMark[] = [];
    for (const { form, slug } of forms) {
      for (let at = sentence.indexOf(form); at !== -1; at = sentence.indexOf(form, at + 1)) {
        if (isWhole(sentence, at, at + form.length)) candidates.push({ start: at, end: at + form.length, slug });
      }
    }
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const marks: TermMark[] = [];
    let free = 0;
    for (const candidate of candidates) {
      if (candidate.start < free) continue;
      free = candidate.end;
      if (seen.has(candidate.slug)) continue;
      seen.add(candidate.slug);
      marks.push(candidate);
    }
    return marks;
  });
}

/** Cuts a sentence at its marks, for rendering the marked terms as links. */
export function segments(sentence: string, marks: TermMark[] = []): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const { start, end, slug } of marks) {
    if (start > at) out.push(sentence.slice(at, start));
    out.push({ text: sentence.slice(start, end), slug });
    at = end;
  }
  if (at < sentence.length || out.length === 0) out.push(sentence.slice(at));
  return out;
}

/** The terms marked in an item, in the order a reader meets them. */
export function termsInOrder(marks: TermMark[][], terms: GlossaryTerm[]): GlossaryTerm[] {
  const bySlug = new Map(terms.map((t) => [t.slug, t]));
  return marks.flat().flatMap((m) => bySlug.get(m.slug) ?? []);
}

export interface Occurrence {
  /** The section (preamble) or item (task-7) where the term occurs. */
  part: string;
  item?: PlanItem;
  /** Anchor of the sentence of the term's first occurrence in that part: title, s3 (items); s1 … (sections). */
  anchor: string;
}

/** The document's parts in reading order (the outline's sections and items, titles included), keyed by id. */
function documentParts(plan: Plan): { part: string; item?: PlanItem; sentences: string[] }[] {
  return textBlocks(plan).map((b) =>
    b.kind === 'item'
      ? { part: b.id, item: b.item, sentences: b.item.sentences }
      : { part: b.id, sentences: b.sentences },
  );
}

/** Where each term first occurs in each section and item, in reading order: for "appears in" lists. */
export function occurrences(plan: Plan, terms: GlossaryTerm[]): Map<string, Occurrence[]> {
  const found = new Map<string, Occurrence[]>(terms.map((t) => [t.slug, []]));
  for (const { part, item, sentences } of documentParts(plan)) {
    markFirstOccurrences(sentences, terms, plan.lang).forEach((marks, i) => {
      // An item's sentences are numbered after its title (sentenceId); a section's from 1.
      const anchor = item ? sentenceId(i) : `s${i + 1}`;
      for (const { slug } of marks) found.get(slug)?.push({ part, ...(item ? { item } : {}), anchor });
    });
  }
  return found;
}

/**
 * Marks terms across the whole document, in reading order (notice, preamble, ideology, principles, target, goals,
 * tasks, closing), each at its first occurrence in the document; keyed by section id or item id (task-7).
 * Item titles are left out: on the full text they are links to the item's page already.
 */
export function markDocument(plan: Plan, terms: GlossaryTerm[]): Map<string, TermMark[][]> {
  const parts = documentParts(plan).map(({ part, item, sentences }) => ({
    part,
    sentences: item ? ['', ...sentences.slice(1)] : sentences,
  }));
  const marks = markFirstOccurrences(
    parts.flatMap(({ sentences }) => sentences),
    terms,
    plan.lang,
  );
  const out = new Map<string, TermMark[][]>();
  let at = 0;
  for (const { part, sentences } of parts) {
    out.set(part, marks.slice(at, at + sentences.length));
    at += sentences.length;
  }
  return out;
}
