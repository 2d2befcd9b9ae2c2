// Citation formatting: GB/T 7714-2015 for Chinese pages, Chicago style for English pages, the reader's access date.
import { describe, expect, it } from 'vitest';
import {
  ACCESS_PLACEHOLDER,
  citationSegments,
  citationText,
  accessDateIn,
  formatAccessDate,
  type CitationInput,
} from '../../src/press/citation';

const issued = new Date('2020-01-08T00:00:00Z');
const zh: CitationInput = {
  lang: 'zh',
  issuer: '上海市人民政府办公厅',
  title: '加快推进上海金融科技中心建设实施方案',
  number: '沪府办规〔2020〕1号',
  part: '重点任务7',
  issued,
  url: 'https://example.org/zh/tasks/7/',
};
const en: CitationInput = {
  lang: 'en',
  issuer: "General Office of the Shanghai Municipal People's Government",
  title: 'Implementation Plan for Accelerating the Building of the Shanghai Fintech Center',
  number: '沪府办规〔2020〕1号',
  officialReference: 'SMPG GO D〔2020〕No. 1',
  part: 'Task 7',
  issued,
  url: 'https://example.org/en/tasks/7/',
  translationNote: 'Unofficial English translation, Shanghai Fintech Center Plan',
};

describe('GB/T 7714-2015 (Chinese pages)', () => {
  it('cites an item as an electronic bulletin [EB/OL]: author. title: number: part. (date)[accessed]. URL.', () => {
    expect(citationText(citationSegments(zh, '2025-05-01'))).toBe(
      '上海市人民政府办公厅. 加快推进上海金融科技中心建设实施方案: 沪府办规〔2020〕1号: 重点任务7[EB/OL]. ' +
        '(2020-01-08)[2025-05-01]. https://example.org/zh/tasks/7/.',
    );
  });

  it('cites the whole document without a part', () => {
    expect(citationText(citationSegments({ ...zh, part: undefined }, '2025-05-01'))).toBe(
      '上海市人民政府办公厅. 加快推进上海金融科技中心建设实施方案: 沪府办规〔2020〕1号[EB/OL]. ' +
        '(2020-01-08)[2025-05-01]. https://example.org/zh/tasks/7/.',
    );
  });

  it('leaves a placeholder for the access date rather than inventing one at build time', () => {
    const segments = citationSegments(zh);
    expect(segments.find((s) => s.kind === 'accessed')?.text).toBe(ACCESS_PLACEHOLDER.zh);
    expect(citationText(segments)).toContain('(2020-01-08)[引用日期]');
  });

  it('marks the title and the URL as segments the page can mark up', () => {
    const segments = citationSegments(zh, 'x');
    expect(segments.filter((s) => s.kind === 'title').map((s) => s.text)).toEqual([zh.title]);
    expect(segments.filter((s) => s.kind === 'url').map((s) => s.text)).toEqual([zh.url]);
  });
});

describe('Chicago style (English pages)', () => {
  it('gives author, title, both document numbers, part, date, translation, access date and URL', () => {
    expect(citationText(citationSegments(en, 'May 1, 2025'))).toBe(
      "General Office of the Shanghai Municipal People's Government. Implementation Plan for Accelerating the " +
        'Building of the Shanghai Fintech Center (SMPG GO D〔2020〕No. 1; 沪府办规〔2020〕1号), Task 7. January 8, 2020. ' +
        'Unofficial English translation, Shanghai Fintech Center Plan. Accessed May 1, 2025. https://example.org/en/tasks/7/.',
    );
  });

  it('marks the Chinese document number so the page can give it lang="zh-CN"', () => {
    expect(citationSegments(en).filter((s) => s.kind === 'source')).toEqual([
      { kind: 'source', text: '沪府办规〔2020〕1号' },
    ]);
  });

  it('works without an official reference or part', () => {
    const text = citationText(citationSegments({ ...en, officialReference: undefined, part: undefined }, 'today'));
    expect(text).toContain('Fintech Center (沪府办规〔2020〕1号). January 8, 2020.');
  });
});

describe('access date', () => {
  it("is the reader's local calendar day, in each style's form", () => {
    const lateEvening = new Date(2025, 4, 1, 23, 59); // local time: still May 1 for the reader
    expect(formatAccessDate('zh', lateEvening)).toBe('2025-05-01');
    expect(formatAccessDate('en', lateEvening)).toBe('May 1, 2025');
    expect(formatAccessDate('zh', new Date(2025, 0, 9, 0, 1))).toBe('2025-01-09');
    // The page script asks by style (the page names it), with the same results.
    expect(accessDateIn('gbt7714', lateEvening)).toBe('2025-05-01');
    expect(accessDateIn('chicago', lateEvening)).toBe('May 1, 2025');
  });
});
