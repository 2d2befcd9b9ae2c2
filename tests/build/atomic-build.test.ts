// `npm run build` is atomic: real builds in a temporary copy of the project fail late (a page that throws while
// rendering, a stray page that breaks the search index, an import line in an English task) and must leave the
// previous dist/ byte for byte, with no temporary folder behind; a good build then replaces dist/.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PUBLISHER } from '../support/publisher';

/** Everything the build reads: every top-level entry but dependencies, outputs and caches. */
const SKIP = /^(node_modules|dist|\.git|\.astro|test-results|bench-results|\.dist-build-.*)$/u;
let root: string;

/** A configured publisher, as in a release: the committed placeholders would (by design) print their one warning. */
const PUBLISHER = TEST_PUBLISHER;

function build(): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...PUBLISHER, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every file and folder of dist/ with the SHA-256 of each file's bytes. */
function snapshot(): Record<string, string> {
  const dist = path.join(root, 'dist');
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dist, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dist, full)] = entry.isDirectory()
      ? 'dir'
      : crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return out;
}

const leftovers = () => fs.readdirSync(root).filter((name) => name.startsWith('.dist-build-'));

function write(rel: string, text: string): () => void {
  const file = path.join(root, rel);
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return () => (before === undefined ? fs.rmSync(file) : fs.writeFileSync(file, before));
}

let good: Record<string, string>;
let goodOutput = '';

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'atomic-build-'));
  for (const name of fs.readdirSync('.').filter((n) => !SKIP.test(n)))
    fs.cpSync(name, path.join(root, name), { recursive: true });
  fs.symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
  const first = build();
  goodOutput = first.output;
  expect(first.status, first.output).toBe(0);
  good = snapshot();
}, 300_000);

afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('npm run build is atomic', () => {
  it('a good build of a configured site prints no warnings (81 before they were fixed or silenced at their source)', () => {
    expect(goodOutput).toContain('dist/ replaced');
    expect(goodOutput.split('\n').filter((line) => /warn/iu.test(line))).toEqual([]);
  });

  it('a good build leaves a complete dist/ and nothing else', () => {
    expect(Object.keys(good).length).toBeGreaterThan(600);
    expect(good['index.html']).toBeDefined();
    expect(good['pagefind/zh/pagefind.js']).toBeDefined();
    expect(Object.keys(good).filter((f) => f.includes('.prerender'))).toEqual([]);
    expect(leftovers()).toEqual([]);
  });

  it.each([
    [
      'a page that throws while rendering',
      'src/pages/broken-page.astro',
      "---\nthrow new Error('deliberately broken page');\n---\n",
      /deliberately broken page/u,
    ],
    [
      'a stray page that the search index refuses (after every page is written)',
      'src/pages/en/stray.astro',
      '<html lang="en"><body><main data-pagefind-body>stray</main></body></html>\n',
      /stray.*no item or full-text page/u,
    ],
    ['an import line in place of a sentence of an English task', 'content/tasks/en/07.mdx', null, /07\.mdx/u],
  ])('%s: the build fails and dist/ stays byte for byte', { timeout: 300_000 }, (_name, file, text, message) => {
    const restore = write(
      file,
      text ??
        fs.readFileSync(path.join(root, file), 'utf8').replace(/\n---\n\n?.*\n/u, "\n---\n\nimport x from './x';\n"),
    );
    try {
      const result = build();
      expect(result.status, result.output).toBe(1);
      expect(result.output).toMatch(message);
      expect(result.output).toContain('dist/ left as it was');
      expect(snapshot()).toEqual(good);
      expect(leftovers()).toEqual([]);
    } finally {
      restore();
    }
  });

  it('the next good build replaces dist/ and removes the old one', { timeout: 300_000 }, () => {
    const restore = write('public/atomic-build-marker.txt', 'new build\n');
    try {
      const result = build();
      expect(result.status, result.output).toBe(0);
      const now = snapshot();
      expect(now['atomic-build-marker.txt']).toBeDefined();
      expect({ ...now, 'atomic-build-marker.txt': undefined }).toEqual({
        ...good,
        'atomic-build-marker.txt': undefined,
      });
      expect(leftovers()).toEqual([]);
    } finally {
      restore();
    }
  });
});
