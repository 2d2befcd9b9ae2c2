// Builds "report a problem" links: the reader's mail (or a configured form) with the page and sentence filled in.
import type { Lang } from '../locale/locales';

export interface ProblemReport {
  /** Absolute URL of the page (with #fragment for a sentence). */
  pageUrl: string;
  lang: Lang;
  /** Subject line, already translated by the caller. */
  subject: string;
  /** Body lines, already translated; the page address and language are added. */
  lines?: string[];
}

export interface ReportTarget {
  email: string;
  /** When non-empty, a form URL that takes `page`, `lang` and `body` query parameters. */
  formUrl?: string;
}

/** A mailto: (or form) URL: nothing leaves the page until the reader sends it. */
export function reportProblemUrl(report: ProblemReport, target: ReportTarget): string {
  const body = [...(report.lines ?? []), '', report.pageUrl, `lang: ${report.lang}`].join('\n');
  if (target.formUrl) {
    const url = new URL(target.formUrl);
    url.searchParams.set('page', report.pageUrl);
    url.searchParams.set('lang', report.lang);
    url.searchParams.set('body', body);
    return url.href;
  }
  // encodeURIComponent, not URLSearchParams: mail clients read '+' literally in mailto bodies.
  return `mailto:${target.email}?subject=${encodeURIComponent(report.subject)}&body=${encodeURIComponent(body)}`;
}
