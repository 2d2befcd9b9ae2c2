// Validates bilingual records (glossary terms, themes, context) against their schema, naming file and field.
import type { z } from 'zod';
import type { RecordFile } from './content-files-node';

/** "content/x.yaml: field "a.b": message" for each issue Zod found. */
export function issueProblems(file: string, issues: z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(frontmatter)';
    return `${file}: field "${field}": ${issue.message}`;
  });
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Parses each record; its file name becomes its slug (a URL part), so it must be lower-case words and hyphens. */
export function parseRecords<S extends z.ZodType>(
  schema: S,
  records: RecordFile[],
  problems: string[],
): { key: string; file: string; data: z.output<S> }[] {
  const parsed: { key: string; file: string; data: z.output<S> }[] = [];
  for (const record of records) {
    if (!SLUG.test(record.key)) {
      problems.push(`${record.file}: file name: "${record.key}" must be lower-case words joined by hyphens`);
      continue;
    }
    const result = schema.safeParse(record.data);
    if (result.success) parsed.push({ key: record.key, file: record.file, data: result.data });
    else problems.push(...issueProblems(record.file, result.error.issues));
  }
  return parsed;
}
