// Numbering (plan/numbering.ts): numerals, part and sub-item labels, dates in each language.
import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  formatDate,
  formatPartialDate,
  partLabel,
  romanNumeral,
  subLabel,
} from '../../src/plan/numbering';

describe('numbering', () => {
  it('numbers parts and sub-items as the plan does', () => {
    expect(chineseNumeral(4)).toBe('四');
    expect(romanNumeral(4)).toBe('IV');
    expect(partLabel('zh', 2)).toBe('二、');
    expect(partLabel('en', 2)).toBe('II. ');
    expect(subLabel('zh', 5)).toBe('（五）');
    expect(() => chineseNumeral(11)).toThrow(RangeError);
  });
  it('formats the issue date in each language', () => {
    const issued = new Date('2020-01-08');
    expect(formatDate('zh', issued)).toBe('2020年1月8日');
    expect(formatDate('en', issued)).toBe('January 8, 2020');
  });
});

describe('formatPartialDate', () => {
  it('keeps the precision of the source', () => {
    expect(formatPartialDate('en', '2024-09-04')).toBe('September 4, 2024');
    expect(formatPartialDate('zh', '2024-09-04')).toBe('2024年9月4日');
    expect(formatPartialDate('en', '2020-09')).toBe('September 2020');
    expect(formatPartialDate('zh', '2020-09')).toBe('2020年9月');
    expect(formatPartialDate('en', '2020')).toBe('2020');
  });
});
