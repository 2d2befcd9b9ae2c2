// Rules for the words themselves: a sentence line or a title is plain text, published as written, in a CSV cell
// too. Each rule returns what is wrong and what to do; the caller adds the file and the line or field.
import { locale, type Lang } from '../locale/locales';

/** Code point in U+XXXX form. */
export function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

const INVISIBLE: Record<string, string> = {
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u2060': 'WORD JOINER',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)',
  '\u00AD': 'SOFT HYPHEN',
};
const NO_BREAK: Record<string, string> = {
  '\u00A0': 'NO-BREAK SPACE',
  '\u202F': 'NARROW NO-BREAK SPACE',
  '\u2007': 'FIGURE SPACE',
};
/** ASCII punctuation that NFKC folds from its full-width form, so the source comparison cannot see it. */
const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
};
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/** What MDX or Markdown would turn into something else than the words: checked in this order, first hit reported. */
const MARKUP: [RegExp, string][] = [
  [/^(?:import|export)\s/u, 'is an import/export line, which MDX runs as JavaScript; a sentence line holds words only'],
  [/^#{1,6}(?:\s|$)/u, 'starts with "#", which Markdown makes a heading; write the sentence without it'],
  [
    /^(?:[-*+]|\d{1,3}[.)])\s/u,
    'starts with a list marker, which Markdown makes a list; write the sentence without it',
  ],
  [/^>/u, 'starts with ">", which Markdown makes a quotation; write the sentence without it'],
  [/[{}]/u, 'contains { or }, which MDX reads as a JavaScript expression; use other brackets'],
  [/[<>]/u, 'contains < or >, which MDX reads as HTML or JSX; use 《》 or words'],
  [/!?\[[^\]]*\][([]/u, 'contains a Markdown link or image [text](…); write plain text (links are added by the site)'],
  [/\*\*|__/u, 'contains Markdown bold (** or __), which would be published literally; write plain text'],
  [/\*|(?:^|\W)_\S[^_]*_(?:\W|$)/u, 'contains Markdown emphasis (* or _), which would be published literally'],
  [/`/u, 'contains a backtick (Markdown code), which would be published literally; use quotation marks'],
  [/~~/u, 'contains Markdown strikethrough (~~), which would be published literally'],
  [/\\/u, 'contains a backslash, a Markdown escape; write the character itself'],
  [/&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/iu, 'contains an HTML entity (&…;); write the character itself'],
  [/^\s*\|.*\|\s*$/u, 'is a Markdown table row; a sentence line holds words only'],
];

/** True when MDX or Markdown would read the line as something else than words (reported by sentenceProblems). */
export function isMarkup(line: string): boolean {
  return MARKUP.some(([pattern]) => pattern.test(line.trim()));
}

/** Characters that start a formula in a spreadsheet cell (OWASP CSV injection), tab and CR included. */
export const FORMULA_START = /^[=+\-@\t\r]/u;

/** Problems of one sentence line (raw, as in the file: leading white space kept). */
export function sentenceProblems(raw: string, lang: Lang): string[] {
  const problems: string[] = [];
  const line = raw.trim();
  if (/^[\t\r]/u.test(raw)) {
    problems.push(`starts with a ${raw[0] === '\t' ? 'tab' : 'carriage return'}; delete it`);
  }
  const markup = MARKUP.find(([pattern]) => pattern.test(line));
  // An import/export line is code, not text: nothing else about it is worth saying.
  if (markup === MARKUP[0]) return [...problems, markup[1]];
  if (markup) problems.push(markup[1]);
  // A list marker is already reported above; a lone = + - @ would become a formula in plan.csv.
  else if (FORMULA_START.test(line)) problems.push(formulaMessage(line));
  problems.push(...characterProblems(line, lang));
  return problems;
}

/** Problems of a title or other single-line field (already trimmed by its schema). */
export function fieldProblems(value: string, lang: Lang | undefined): string[] {
  const problems: string[] = [];
  if (FORMULA_START.test(value)) problems.push(formulaMessage(value));
  problems.push(...characterProblems(value, lang));
  return problems;
}

function formulaMessage(text: string): string {
  const first = text[0] === '\t' ? 'a tab' : text[0] === '\r' ? 'a carriage return' : `"${text[0]}"`;
  return `starts with ${first}, which a spreadsheet runs as a formula (plan.csv); start with a word`;
}

/** Invisible and control characters anywhere; no-break spaces and ASCII punctuation in Chinese. */
export function characterProblems(text: string, lang: Lang | undefined): string[] {
  const problems: string[] = [];
  // A language written without spaces (Chinese) has no no-break spaces; one with a full-width colon sets all its
  // punctuation full-width.
  const spaceless = lang !== undefined && locale(lang).gap === '';
  const fullWidth = lang !== undefined && locale(lang).colon === '：';
  const seen = new Set<string>();
  [...text].forEach((ch, i) => {
    if (seen.has(ch)) return;
    const at = `column ${i + 1}`;
    let problem: string | undefined;
    if (INVISIBLE[ch]) problem = `${at}: invisible ${codePoint(ch)} ${INVISIBLE[ch]}; delete it`;
    else if (CONTROL.test(ch) || ch === '\r') problem = `${at}: control character ${codePoint(ch)}; delete it`;
    else if (spaceless && NO_BREAK[ch])
      problem = `${at}: ${codePoint(ch)} ${NO_BREAK[ch]} in Chinese text, which has no spaces; delete it`;
    else if (fullWidth && FULL_WIDTH[ch])
      problem = `${at}: ASCII "${ch}" in Chinese text; use the full-width "${FULL_WIDTH[ch]}" as the source does`;
    if (problem) {
      seen.add(ch);
      problems.push(problem);
    }
  });
  return problems;
}
