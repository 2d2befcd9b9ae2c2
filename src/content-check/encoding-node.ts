// Every file under content/ must be UTF-8 without a byte-order mark and without U+FFFD (text lost in a conversion).
import fs from 'node:fs';
import path from 'node:path';

const BOM = [0xef, 0xbb, 0xbf];
const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The first line (1-based) that is not valid UTF-8 on its own. */
function firstInvalidLine(bytes: Uint8Array): number {
  let start = 0;
  for (let line = 1; ; line += 1) {
    const end = bytes.indexOf(0x0a, start);
    const slice = bytes.subarray(start, end < 0 ? bytes.length : end);
    try {
      STRICT.decode(slice);
    } catch {
      return line;
    }
    if (end < 0) return line;
    start = end + 1;
  }
}

/** Problems with how one file is encoded, each naming the file (as `file`), the line and what to do. */
export function encodingProblems(bytes: Uint8Array, file: string): string[] {
  const problems: string[] = [];
  if (BOM.every((b, i) => bytes[i] === b)) {
    problems.push(`${file}: starts with a byte-order mark (U+FEFF); save it as UTF-8 without BOM`);
  }
  let text: string;
  try {
    text = STRICT.decode(bytes);
  } catch {
    problems.push(
      `${file}: line ${firstInvalidLine(bytes)}: is not valid UTF-8 (saved as GBK or another legacy encoding?); ` +
        `save the file as UTF-8`,
    );
    return problems;
  }
  text.split('\n').forEach((line, i) => {
    const column = line.indexOf('\uFFFD');
    if (column >= 0) {
      problems.push(
        `${file}: line ${i + 1}: column ${column + 1}: U+FFFD REPLACEMENT CHARACTER, where a character was lost in a ` +
          `conversion; put the original character back`,
      );
    }
  });
  return problems;
}

const TEXT_FILE = /\.(mdx|md|yaml|yml|txt|json)$/u;

/** Checks the encoding of every text file under content/; paths in messages are relative to the project root. */
export function contentEncodingProblems(contentDir: string, projectRoot = path.dirname(contentDir)): string[] {
  const problems: string[] = [];
  if (!fs.existsSync(contentDir)) return problems;
  const entries = fs.readdirSync(contentDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && TEXT_FILE.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const full of files) {
    const rel = path.relative(projectRoot, full).split(path.sep).join('/');
    problems.push(...encodingProblems(fs.readFileSync(full), rel));
  }
  return problems;
}
