// Validates bilingual records (glossary terms, themes, context) against their schema, naming file and field.
import type { z } from 'zod';
import type { RecordFile } from './content-files-node';

const fieldName = (path: PropertyKey[]) => (path.length ? path.map(String).join('.') : '(frontmatter)');

/** What Zod found, said as what is wrong and what to do. */
function explain(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined$/u.test(issue.message)
        ? `is missing; add it (a ${issue.expected})`
        : `must be a ${issue.expected} (${issue.message.replace(/^Invalid input: /u, '')}); correct the value`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; correct the value`;
    case 'too_small':
      return issue.origin === 'string'
        ? 'is empty; write the text'
        : `is too small (${issue.message.replace(/^Too small: /u, '')}); correct the value`;
    default:
      return issue.message;
  }
}

/** "content/x.yaml: field "a.b": what is wrong; what to do" for each issue Zod found. */
export function issueProblems(file: string, issues: z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map(
          (key) =>
            `${file}: field "${fieldName([...issue.path, key])}": unknown field; remove it or correct its spelling`,
        )
      : [`${file}: field "${fieldName(issue.path)}": ${explain(issue)}`],
  );
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
