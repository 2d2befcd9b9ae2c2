// Report-a-problem links carry the page, the language and any sentence lines, to mail or to a configured form.
import { describe, expect, it } from 'vitest';
import { reportProblemUrl } from '../../src/feedback/report';

describe('reportProblemUrl', () => {
  const report = {
    pageUrl: 'https://x.org/en/tasks/7/#s3',
    lang: 'en' as const,
    subject: 'Task 7 & more',
    lines: ['s3: a+b'],
  };

  it('opens the reader’s mail with subject and body encoded, "+" and "&" kept literal', () => {
    const url = reportProblemUrl(report, { email: 'f@x.org' });
    expect(url.startsWith('mailto:f@x.org?subject=Task%207%20%26%20more&body=')).toBe(true);
    const body = decodeURIComponent(url.split('&body=')[1]!);
    expect(body).toBe('s3: a+b\n\nhttps://x.org/en/tasks/7/#s3\nlang: en');
  });

  it('uses the form URL when one is configured', () => {
    const url = new URL(reportProblemUrl(report, { email: 'f@x.org', formUrl: 'https://forms.x.org/r' }));
    expect(url.origin).toBe('https://forms.x.org');
    expect(url.searchParams.get('page')).toBe('https://x.org/en/tasks/7/#s3');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('body')).toContain('s3: a+b');
  });
});
