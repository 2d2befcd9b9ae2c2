// Rebuilds the received Chinese text from the zh content, to prove the site reproduces it verbatim.
import { formatDate, partLabel, subLabel } from '../plan/numbering';
import { normalizeForFidelity } from '../plan/text';
import type { Plan } from '../plan/types';

interface Segment {
  text: string;
  /** The content file this part of the text comes from. */
  file: string;
}

/** The document in source order, as the Chinese site presents it, one segment per source line. */
export function reconstructChinese(plan: Plan): Segment[] {
  const doc = plan.document;
  const docFile = 'content/metadata/zh.yaml';
  const sec = (id: keyof Plan['sections']) => ({
    text: plan.sections[id].join(''),
    file: `content/sections/zh/${id}.mdx`,
  });
  const segments: Segment[] = [
    { text: `${doc.number}《${doc.noticeTitle}》`, file: docFile },
    { text: `《${doc.noticeTitle}》`, file: docFile },
    { text: doc.number, file: docFile },
    { text: `${doc.addressees}：`, file: docFile },
    sec('notice'),
    { text: doc.issuer, file: docFile },
    { text: formatDate('zh', doc.issued), file: docFile },
    { text: doc.title, file: docFile },
    sec('preamble'),
    { text: `${partLabel('zh', 1)}${doc.headings.ideology}`, file: docFile },
    sec('ideology'),
    { text: `${partLabel('zh', 2)}${doc.headings.principles}`, file: docFile },
    ...plan.principles.map((p) => ({ text: `${subLabel('zh', p.number)}${p.sentences.join('')}`, file: p.file })),
    { text: `${partLabel('zh', 3)}${doc.headings.goals}`, file: docFile },
    sec('target'),
    ...plan.goals.map((g) => ({ text: `——${g.sentences.join('')}`, file: g.file })),
    { text: `${partLabel('zh', 4)}${doc.headings.tasks}`, file: docFile },
  ];
  for (const group of plan.groups) {
    segments.push({
      text: `${subLabel('zh', group.number)}${group.title}`,
      file: `content/groups/zh/${group.number}.yaml`,
    });
    for (const task of group.tasks)
      segments.push({ text: `${task.number}.${task.sentences.join('')}`, file: task.file });
  }
  segments.push(sec('closing'));
  return segments;
}

/** Empty when the content matches the source; otherwise one message naming the file where they part. */
export function checkFidelity(plan: Plan, source: string, sourceFile: string): string[] {
  const expected = normalizeForFidelity(source);
  let offset = 0;
  let previous: Segment | undefined;
  for (const segment of reconstructChinese(plan)) {
    const actual = normalizeForFidelity(segment.text);
    const wanted = expected.slice(offset, offset + actual.length);
    if (actual !== wanted) {
      let i = 0;
      while (i < actual.length && actual[i] === wanted[i]) i += 1;
      const found = actual.slice(Math.max(0, i - 8), i + 12);
      const should = expected.slice(offset + Math.max(0, i - 8), offset + i + 12);
      // A part that differs from its very first character may instead mean text missing at the end of the one before.
      const where =
        i === 0 && previous && previous.file !== segment.file ? `${previous.file} or ${segment.file}` : segment.file;
      return [`${where}: Chinese text drifts from ${sourceFile}: has "${found}" where the source has "${should}"`];
    }
    offset += actual.length;
    previous = segment;
  }
  if (offset !== expected.length) {
    return [
      `${sourceFile}: the content ends before the source does; missing "${expected.slice(offset, offset + 30)}…"`,
    ];
  }
  return [];
}
