// Open data as CSV: /data/plan.csv, one row per item (RFC 4180, UTF-8 with a byte-order mark).
import { allItems, type DataContext } from './records';

/** What a spreadsheet reads as the start of a formula (OWASP, CSV injection): = + - @, tab and CR. */
const FORMULA = /^[=+\-@\t\r]/u;

/**
 * RFC 4180 field: quoted when it holds a comma, a quote, CR or LF; quotes doubled. Text that a spreadsheet would
 * run as a formula gets a leading ' (OWASP's advice), so it shows as text; numbers are written as they are. The
 * content check refuses such text already: this guards the file whatever reaches it.
 */
export function csvField(value: string | number | null): string {
  const raw = value === null ? '' : String(value);
  const text = typeof value === 'string' && FORMULA.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const CSV_COLUMNS = [
  'id',
  'type',
  'number',
  'group',
  'title_zh',
  'title_en',
  'text_zh',
  'text_en',
  'sentences',
  'themes',
  'url_zh',
  'url_en',
  'json_url',
] as const;

/**
 * /data/plan.csv: one row per item. UTF-8 with a byte-order mark, so that Excel (which otherwise assumes the
 * system code page, GBK on Chinese Windows) shows the Chinese correctly; CRLF line ends as RFC 4180 says.
 */
export function planCsv(ctx: DataContext): string {
  const rows = allItems(ctx).map((item) => {
    const row: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
      id: item.id,
      type: item.type,
      number: item.number,
      group: item.group,
      title_zh: item.title.zh,
      title_en: item.title.en,
      text_zh: item.sentences.map((s) => s.zh).join(''),
      text_en: item.sentences.map((s) => s.en).join(' '),
      sentences: item.sentences.length - 1,
      themes: [...new Set(item.sentences.flatMap((s) => s.themes))].sort().join(' '),
      url_zh: item.urls.zh,
      url_en: item.urls.en,
      json_url: item.urls.json,
    };
    return CSV_COLUMNS.map((c) => csvField(row[c])).join(',');
  });
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
