// Valid HTML: html-validate (recommended rules, .htmlvalidate.json) on every built page, zero errors.
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from './dist';

// Reads .htmlvalidate.json from the project root.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate', () => {
  it('finds no error on any page', async () => {
    const problems: string[] = [];
    for (const page of builtPages().values()) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const m of result.messages) {
          if (m.severity === 2) problems.push(`${page.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
        }
      }
    }
    expect(problems.slice(0, 40), `${problems.length} errors`).toEqual([]);
  });
});
