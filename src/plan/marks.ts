// Marks inside a sentence's text: glossary terms and a linked phrase, and how they split the text around each other.

/** A glossary term found in a sentence: [start, end) in UTF-16 units, and the slug of its entry. */
export interface TermMark {
  start: number;
  end: number;
  slug: string;
}

/** A phrase of one sentence that links elsewhere (task 14's layout phrase → the map). */
export interface PhraseLink {
  sentence: number;
  parts: [string, string, string];
  href: string;
}

/** A sentence split around the first occurrence of a phrase (to link it), or undefined when it is not there. */
export function splitAround(text: string, phrase: string): [string, string, string] | undefined {
  const at = phrase === '' ? -1 : text.indexOf(phrase);
  if (at === -1) return undefined;
  return [text.slice(0, at), phrase, text.slice(at + phrase.length)];
}

/**
 * A sentence's glossary marks split around a linked phrase: those before it and those after it (shifted to start
 * at the text after the phrase). A mark inside the phrase would nest one link in another, so it is an error.
 */
export function marksAround(
  marks: TermMark[] | undefined,
  parts: [string, string, string],
  where: string,
): [TermMark[], TermMark[]] {
  const start = parts[0].length;
  const end = start + parts[1].length;
  const before: TermMark[] = [];
  const after: TermMark[] = [];
  for (const mark of marks ?? []) {
    if (mark.end <= start) before.push(mark);
    else if (mark.start >= end) after.push({ ...mark, start: mark.start - end, end: mark.end - end });
    else throw new Error(`${where}: the glossary term "${mark.slug}" overlaps the linked phrase "${parts[1]}"`);
  }
  return [before, after];
}
