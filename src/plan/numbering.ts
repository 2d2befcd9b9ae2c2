// How the plan numbers its parts in each language: 一、 (一) I. and dates.
import { LOCALES, type Lang } from '../locale/locales';

const han = (lang: Lang) => LOCALES[lang].numbering === 'han';

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** 1 → 一 … 10 → 十 (the plan never counts higher at these levels). */
export function chineseNumeral(n: number): string {
  const digit = CHINESE_DIGITS[n];
  if (!Number.isInteger(n) || n < 1 || n > 10 || digit === undefined) {
    throw new RangeError(`chineseNumeral: ${n} is outside 1–10`);
  }
  return digit;
}

export function romanNumeral(n: number): string {
  const roman = ROMAN[n];
  if (!Number.isInteger(n) || n < 1 || n > 10 || roman === undefined) {
    throw new RangeError(`romanNumeral: ${n} is outside 1–10`);
  }
  return roman;
}

/** Part headings: 一、指导思想 / I. Guiding Ideology. */
export function partLabel(lang: Lang, n: number): string {
  return han(lang) ? `${chineseNumeral(n)}、` : `${romanNumeral(n)}. `;
}

/** Sub-item labels: （一） / (1). */
export function subLabel(lang: Lang, n: number): string {
  return han(lang) ? `（${chineseNumeral(n)}）` : `(${n}) `;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 2020-01-08 → 2020年1月8日 / January 8, 2020 (dates are calendar dates: read in UTC). */
export function formatDate(lang: Lang, date: Date): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  return han(lang) ? `${y}年${m + 1}月${d}日` : westernDate(date);
}

/** January 8, 2020: the western form on its own, for browser code that knows which form it needs. */
export function westernDate(date: Date): string {
  return `${EN_MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/** A full date (YYYY-MM-DD) in the short form lines that must fit a phone use: "Jan 8, 2020", 2020年1月8日. */
export function formatShortDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return han(lang) ? `${y}年${m}月${d}日` : `${EN_MONTHS[m - 1]!.slice(0, 3)} ${d}, ${y}`;
}

/** ISO form for <time datetime> and data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date as precise as its source: 2024-09-04 → September 4, 2024; 2020-09 → September 2020; 2020 → 2020. */
export function formatPartialDate(lang: Lang, value: string): string {
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined && m !== undefined) return formatDate(lang, new Date(Date.UTC(y, m - 1, d)));
  if (m !== undefined) return han(lang) ? `${y}年${m}月` : `${EN_MONTHS[m - 1]} ${y}`;
  return han(lang) ? `${y}年` : String(y);
}
