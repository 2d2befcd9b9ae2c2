// Result excerpts: at most n characters around the first highlight, as plain and highlighted segments.
import type { Range } from './match';

export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * An excerpt of at most `max` characters around the first highlight, as plain and highlighted segments
 * (rendered as text and <mark>, never as HTML).
 */
export function excerpt(text: string, ranges: Range[], max: number): Segment[] {
  let from = 0;
  let to = text.length;
  if (to > max) {
    const first = ranges[0]?.start ?? 0;
    from = Math.max(0, Math.min(first - Math.floor(max / 3), text.length - max));
    to = from + max;
    // Cut English between words (Chinese has no spaces and may be cut anywhere).
    const start = text.slice(from, first).search(/\s/u);
    if (from > 0 && start !== -1) from += start + 1;
    const end = text.slice(Math.max(first, from), to).search(/\s\S*$/u);
    if (to < text.length && end !== -1) to = Math.max(first, from) + end;
  }
  const segments: Segment[] = [];
  const push = (s: string, hit: boolean) => {
    if (s !== '') segments.push({ text: s, hit });
  };
  if (from > 0) push('…', false);
  let pos = from;
  for (const r of ranges) {
    const start = Math.max(r.start, pos);
    const end = Math.min(r.end, to);
    if (end <= start) continue;
    push(text.slice(pos, start), false);
    push(text.slice(start, end), true);
    pos = end;
  }
  push(text.slice(pos, to), false);
  if (to < text.length) push('…', false);
  return segments;
}
