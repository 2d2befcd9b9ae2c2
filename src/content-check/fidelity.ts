// Rebuilds the received Chinese text from the zh content, to prove the site reproduces it verbatim.
import { formatDate, partLabel, subLabel } from '../plan/numbering';
import { normalizeForFidelity } from '../plan/text';
import { documentOutline } from '../plan/outline';
import type { ItemType, Plan } from '../plan/types';

interface Segment {
  text: string;
  /** The content file this part of the text comes from. */
  file: string;
}

/** How the source leads each item: （一） for principles, —— for goals, 1. for tasks. */
const LEAD: Record<ItemType, (n: number) => string> = {
  principle: (n) => subLabel('zh', n),
  goal: () => '——',
  task: (n) => `${n}.`,
};

/** The document in source order (the outline), as the Chinese site presents it, one segment per source line. */
export function reconstructChinese(plan: Plan): Segment[] {
  const doc = plan.document;
  const docFile = 'content/metadata/zh.yaml';
  return documentOutline(plan).flatMap((block): Segment[] => {
    switch (block.kind) {
      case 'section': {
        const text = { text: block.sentences.join(''), file: `content/sections/zh/${block.id}.mdx` };
        if (block.id !== 'notice') return [text];
        return [
          { text: `${doc.number}《${doc.noticeTitle}》`, file: docFile },
          { text: `《${doc.noticeTitle}》`, file: docFile },
          { text: doc.number, file: docFile },
          { text: `${doc.addressees}：`, file: docFile },
          text,
          { text: doc.issuer, file: docFile },
          { text: formatDate('zh', doc.issued), file: docFile },
        ];
      }
      case 'title':
        return [{ text: block.title, file: docFile }];
      case 'part':
        return [{ text: `${partLabel('zh', block.n)}${block.heading}`, file: docFile }];
      case 'group':
        return [
          {
            text: `${subLabel('zh', block.group.number)}${block.group.title}`,
            file: `content/groups/zh/${block.group.number}.yaml`,
          },
        ];
      case 'item':
        return [
          {
            text: `${LEAD[block.item.type](block.item.number)}${block.item.sentences.join('')}`,
            file: block.item.file,
          },
        ];
    }
  });
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
