// Citations of a page of this site: GB/T 7714-2015 on Chinese pages, a Chicago-style entry on English pages.
import { formatDate, isoDate, westernDate } from '../plan/numbering';
import { LOCALES, type Lang } from '../locale/locales';

export interface CitationInput {
  lang: Lang;
  /** Issuing body, in the page's language. */
  issuer: string;
  /** Document title, in the page's language. */
  title: string;
  /** The authoritative document number: 沪府办规〔2020〕1号. */
  number: string;
  /** The official English reference (SMPG GO D〔2020〕No. 1), used on English pages when known. */
  officialReference?: string;
  /** The cited part ("重点任务7", "Task 7"); absent when the whole document is cited. */
  part?: string;
  /** Date of the document. */
  issued: Date;
  /** Permanent absolute URL of the cited page. */
  url: string;
  /** Said on English pages: whose translation is cited. */
  translationNote?: string;
}

/**
 * A citation as typed segments, so a page can mark up the title, the Chinese number, the URL and the access date
 * (filled in by the reader's browser), while citationText() gives the plain string that is copied.
 */
export type CitationSegment =
  | { kind: 'text'; text: string }
  | { kind: 'title'; text: string }
  /** The cited part (Task 7): a page script narrows it to a sentence (Task 7, sentence 3). */
  | { kind: 'part'; text: string }
  | { kind: 'source'; text: string }
  | { kind: 'url'; text: string }
  | { kind: 'accessed'; text: string };

/** What stands for the access date until the reader's browser fills it in (or the reader does). */
export const ACCESS_PLACEHOLDER: Record<Lang, string> = { zh: '引用日期', en: '[date]' };

const text = (t: string): CitationSegment => ({ kind: 'text', text: t });

/**
 * GB/T 7714-2015 §4.1 / §8 for an electronic resource:
 * 主要责任者. 题名: 其他题名信息[文献类型标识/文献载体标识]. (更新或修改日期)[引用日期]. 获取和访问路径.
 * The document number and the cited part are 其他题名信息 (like 报告号, 标准号); the type is EB/OL.
 */
function gbt7714(input: CitationInput, accessed: string): CitationSegment[] {
  return [
    text(`${input.issuer}. `),
    { kind: 'title', text: input.title },
    text(`: ${input.number}`),
    ...(input.part ? [text(': '), { kind: 'part' as const, text: input.part }] : []),
    text(`[EB/OL]. (${isoDate(input.issued)})[`),
    { kind: 'accessed', text: accessed },
    text(']. '),
    { kind: 'url', text: input.url },
    text('.'),
  ];
}

/** Chicago-style bibliography entry: author. Title (number), part. Date. Note. Accessed date. URL. */
function chicago(input: CitationInput, accessed: string): CitationSegment[] {
  const segments: CitationSegment[] = [text(`${input.issuer}. `), { kind: 'title', text: input.title }, text(' (')];
  if (input.officialReference) segments.push(text(`${input.officialReference}; `));
  segments.push({ kind: 'source', text: input.number }, text(')'));
  if (input.part) segments.push(text(', '), { kind: 'part', text: input.part });
  segments.push(text(`. ${formatDate('en', input.issued)}. `));
  if (input.translationNote) segments.push(text(`${input.translationNote}. `));
  segments.push(text('Accessed '), { kind: 'accessed', text: accessed }, text('. '), { kind: 'url', text: input.url });
  segments.push(text('.'));
  return segments;
}

/** The citation of a page; `accessed` defaults to the placeholder that the reader's browser replaces. */
export function citationSegments(input: CitationInput, accessed = ACCESS_PLACEHOLDER[input.lang]): CitationSegment[] {
  return LOCALES[input.lang].citation === 'gbt7714' ? gbt7714(input, accessed) : chicago(input, accessed);
}

/** The plain text of a citation, as copied. */
export function citationText(segments: CitationSegment[]): string {
  return segments.map((s) => s.text).join('');
}

/** The access date in each style, from the reader's local calendar day: 2025-05-01 / May 1, 2025. */
export function formatAccessDate(lang: Lang, now: Date): string {
  return accessDateIn(LOCALES[lang].citation, now);
}

/**
 * The same by citation style, for the page script: the page names its style (data-access-date), so the browser
 * needs neither the locale table nor this module's other code.
 */
export function accessDateIn(style: 'gbt7714' | 'chicago', now: Date): string {
  const day = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  return style === 'gbt7714' ? isoDate(day) : westernDate(day);
}
