// Applies the text rules to every sentence line and every text field of the content, naming file and line or field.
import type { ContentFile, RecordFile } from './content-files-node';
import { COLLECTIONS } from './schemas';
import { fieldProblems, sentenceProblems } from './text-rules';
import { LANGS, type Lang } from '../locale/locales';

/** The non-empty lines of a body with their line numbers in the file, as an editor shows them. */
export function numberedBodyLines(file: Pick<ContentFile, 'body' | 'bodyLine'>): { line: number; raw: string }[] {
  const start = file.bodyLine ?? 1;
  return file.body
    .split('\n')
    .map((raw, i) => ({ line: start + i, raw: raw.replace(/\r$/u, '') }))
    .filter(({ raw }) => raw.trim() !== '');
}

/** Every string in a parsed YAML value with its field path (`role.text`, `label.0`). */
function strings(value: unknown, at: string[] = []): { field: string[]; text: string }[] {
  if (typeof value === 'string') return [{ field: at, text: value }];
  // A list of records with ids (the context facts) is addressed by id, as their other checks do.
  if (Array.isArray(value))
    return value.flatMap((v, i) => strings(v, [...at, typeof v?.id === 'string' ? v.id : String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...at, k]));
  return [];
}

const isLang = (key: string | undefined): key is Lang => (LANGS as readonly string[]).includes(key ?? '');

/** A field's language: its file's, or in a bilingual record the `zh`/`en` key it sits under. */
function fieldLang(field: string[], fileLang: Lang | undefined): Lang | undefined {
  return [...field].reverse().find(isLang) ?? fileLang;
}

/** URLs and ids are not words: the rules for text do not apply to them. */
const NOT_TEXT = /^(?:https:\/\/|\/|[a-z0-9-]+$|S\d+[a-z]?$|(?:principles|goals|tasks)\/\d+)/u;

function yamlProblems(file: string, data: unknown, lang: Lang | undefined): string[] {
  return strings(data)
    .filter(({ text }) => !NOT_TEXT.test(text))
    .flatMap(({ field, text }) =>
      fieldProblems(text.trim(), fieldLang(field, lang)).map((p) => `${file}: field "${field.join('.')}": ${p}`),
    );
}

/** Problems of the plan's files (sentence lines of .mdx bodies, text fields of .yaml files). */
export function contentTextProblems(files: ContentFile[]): string[] {
  return files.flatMap((f) =>
    COLLECTIONS[f.collection].kind === 'data'
      ? yamlProblems(f.file, f.data, f.locale)
      : numberedBodyLines(f).flatMap(({ line, raw }) =>
          sentenceProblems(raw, f.locale).map((p) => `${f.file}: line ${line}: ${p}`),
        ),
  );
}

/** Problems of the text fields of bilingual records (glossary, themes) and the context files. */
export function recordTextProblems(records: Pick<RecordFile, 'file' | 'data'>[]): string[] {
  return records.flatMap((r) => yamlProblems(r.file, r.data, undefined));
}
