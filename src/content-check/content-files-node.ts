// Reads the content/ folder as plain files, so the build check and the tests need no Astro runtime.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS, type CollectionName } from './schemas';
import { isLang, LANGS, type Lang } from '../locale/locales';

export interface ContentFile {
  collection: CollectionName;
  locale: Lang;
  /** The file name without extension: the item's key, shared by both languages (`07`). */
  key: string;
  /** Path relative to the project root, as shown in error messages. */
  file: string;
  data: unknown;
  body: string;
  /** The file line (1-based) the body starts on, so that messages can name lines as an editor shows them. */
  bodyLine?: number;
  /** Its YAML could not be parsed (reported once): the file exists, but has no data to check. */
  unparsed?: true;
}

/** A YAML syntax error in one line: the parser's first line names the place (line, column). */
function yamlError(error: unknown): string {
  const first = ((error as Error).message.split('\n')[0] ?? '').replace(/:\s*$/u, '');
  return `cannot be parsed: ${first}; correct the YAML (a value starting with : - @ or containing ": " needs quotes)`;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u;

/** Splits an .mdx file into frontmatter data and body; `bodyLine` is the file line the body starts on. */
export function parseMdx(source: string): { data: unknown; body: string; bodyLine: number } {
  const match = FRONTMATTER.exec(source);
  if (!match) return { data: {}, body: source, bodyLine: 1 };
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { data: parseYaml(match[1] ?? '') ?? {}, body: source.slice(match[0].length), bodyLine };
}

/**
 * Every content file of every collection. `metadata/zh.yaml` holds a locale's document metadata;
 * the other collections keep one folder per locale. Problems with the layout itself are returned as errors.
 */
export function readContentDir(
  contentDir: string,
  projectRoot = path.dirname(contentDir),
): { files: ContentFile[]; errors: string[] } {
  const files: ContentFile[] = [];
  const errors: string[] = [];
  const rel = (p: string) => path.relative(projectRoot, p).split(path.sep).join('/');
  const read = (collection: CollectionName, locale: Lang, full: string, key: string) => {
    const source = fs.readFileSync(full, 'utf8');
    if (full.endsWith('.mdx') && /^---\r?\n/u.test(source) && !FRONTMATTER.test(source)) {
      errors.push(
        `${rel(full)}: frontmatter: opened with --- on line 1 but never closed; add a line --- after its last field`,
      );
      files.push({ collection, locale, key, file: rel(full), data: undefined, body: '', unparsed: true });
      return;
    }
    try {
      const parsed = full.endsWith('.mdx') ? parseMdx(source) : { data: parseYaml(source), body: '', bodyLine: 1 };
      files.push({ collection, locale, key, file: rel(full), ...parsed });
    } catch (error) {
      errors.push(`${rel(full)}: ${yamlError(error)}`);
      files.push({ collection, locale, key, file: rel(full), data: undefined, body: '', unparsed: true });
    }
  };

  for (const [collection, spec] of Object.entries(COLLECTIONS) as [
    CollectionName,
    (typeof COLLECTIONS)[CollectionName],
  ][]) {
    const dir = path.join(contentDir, collection);
    if (!fs.existsSync(dir)) {
      errors.push(`${rel(dir)}: collection folder is missing`);
      continue;
    }
    if (collection === 'metadata') {
      for (const locale of LANGS) {
        const full = path.join(dir, `${locale}.yaml`);
        if (fs.existsSync(full)) read(collection, locale, full, 'plan');
        else errors.push(`${rel(full)}: document metadata for "${locale}" is missing`);
      }
      continue;
    }
    const ext = spec.kind === 'mdx' ? '.mdx' : '.yaml';
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (!entry.isDirectory() || !isLang(entry.name)) {
        errors.push(`${rel(full)}: unexpected; ${collection}/ holds only the folders ${LANGS.join(' and ')}`);
        continue;
      }
      for (const name of fs.readdirSync(full).sort()) {
        if (!name.endsWith(ext)) {
          errors.push(`${rel(path.join(full, name))}: unexpected file; ${collection} entries are ${ext} files`);
          continue;
        }
        read(collection, entry.name, path.join(full, name), name.slice(0, -ext.length));
      }
    }
  }
  return { files, errors };
}

/** One record of a bilingual collection (glossary, themes): its key is the file name, e.g. `five-centers`. */
export interface RecordFile {
  key: string;
  /** Path relative to the project root, as shown in error messages. */
  file: string;
  data: unknown;
}

/** Every `<key>.yaml` file directly under content/<folder>/; anything else there is reported as an error. */
export function readRecordDir(
  contentDir: string,
  folder: string,
  projectRoot = path.dirname(contentDir),
): { records: RecordFile[]; errors: string[] } {
  const dir = path.join(contentDir, folder);
  const rel = (p: string) => path.relative(projectRoot, p).split(path.sep).join('/');
  const records: RecordFile[] = [];
  const errors: string[] = [];
  if (!fs.existsSync(dir)) return { records, errors: [`${rel(dir)}: folder is missing`] };
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (!name.endsWith('.yaml') || !fs.statSync(full).isFile()) {
      errors.push(`${rel(full)}: unexpected; ${folder}/ holds only .yaml files`);
      continue;
    }
    const parsed = readYaml(full, rel(full));
    if ('error' in parsed) errors.push(parsed.error);
    else records.push({ key: name.slice(0, -'.yaml'.length), file: rel(full), data: parsed.data });
  }
  return { records, errors };
}

/** Parses one YAML file; a syntax error comes back as a message naming the file. */
export function readYaml(full: string, file: string): { data: unknown } | { error: string } {
  if (!fs.existsSync(full)) return { error: `${file}: missing` };
  try {
    return { data: parseYaml(fs.readFileSync(full, 'utf8')) };
  } catch (error) {
    return { error: `${file}: ${yamlError(error)}` };
  }
}
