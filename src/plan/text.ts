// Text helpers shared by the build checks, the pages and the tests.

/** What fidelity is judged on: Unicode NFKC, then no whitespace at all. */
export function normalizeForFidelity(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

const CHINESE_SENTENCE = /[^。！？]+[。！？][”’」』）》]*/gu;

/** Splits Chinese running text into sentences: each ends in 。！or ？ (plus any closing quote or bracket). */
export function splitChineseSentences(text: string): string[] {
  const compact = text.trim();
  if (compact === '') return [];
  const parts = compact.match(CHINESE_SENTENCE) ?? [];
  const rest = compact.slice(parts.join('').length).trim();
  return rest === '' ? parts : [...parts, rest];
}

/** One sentence per non-empty line: how every content body is written (semantic line breaks). */
export function bodyLines(body: string): string[] {
  return body
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A title sentence shown as a heading: without its final full stop. */
export function headingFromSentence(sentence: string): string {
  return sentence.replace(/[。.]$/u, '');
}

/** Shortens text for a meta description, at a word or character boundary. */
export function summarize(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
