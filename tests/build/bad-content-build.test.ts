// The build itself (`npm run build` on a broken copy of the project) stops on bad content: exit 1, one line per
// problem naming the file, no Astro banner or stack trace, and the previous dist/ kept byte for byte. The mistakes
// here used to fail late (share-card glyph, MDX compilation); the whole list is checked fast in
// tests/content/bad-content.test.ts.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { brokenCopy, edit, setLine } from '../support/content-fixtures';

const ROOT = path.resolve('.');

describe('the build itself stops on bad content, printing only the problems and keeping dist/', () => {
  /** Everything `npm run build` reads: every top-level entry but dependencies, outputs and caches. */
  const SKIP = /^(node_modules|dist|\.git|\.astro|test-results|bench-results|\.dist-build-.*)$/u;

  /** Every file of dist/ with the SHA-256 of its bytes. */
  function snapshot(dist: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const entry of fs.readdirSync(dist, { withFileTypes: true, recursive: true })) {
      const full = path.join(entry.parentPath, entry.name);
      if (entry.isFile())
        out[path.relative(dist, full)] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
    }
    return out;
  }

  /** Runs `npm run build` in a broken copy of the project that has a previous dist/; returns what it printed. */
  function buildBroken(change: (content: string) => void) {
    const root = brokenCopy(change);
    for (const name of fs.readdirSync(ROOT).filter((n) => !SKIP.test(n) && n !== 'content')) {
      fs.cpSync(path.join(ROOT, name), path.join(root, name), { recursive: true });
    }
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'));
    // The previous site: any failure must leave it byte for byte.
    const dist = path.join(root, 'dist');
    fs.mkdirSync(path.join(dist, 'en'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>previous build</title>\n');
    fs.writeFileSync(path.join(dist, 'en', 'index.html'), '<!doctype html><title>previous English</title>\n');
    const before = snapshot(dist);
    const result = spawnSync('npm', ['run', '--silent', 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
      },
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}`, kept: snapshot(dist), before };
  }

  it.each([
    [
      'Chinese text that drifts from the source',
      (c: string) => edit(`${c}/tasks/zh/14.mdx`, '临港新片区', '临港片区'),
      /^ {2}content\/tasks\/zh\/14\.mdx: Chinese text drifts from content\/source\/hufubangui-2020-1\.zh\.txt: /mu,
    ],
    [
      // Used to fail late, in the share-card renderer, after Astro had emptied dist/.
      'an emoji in an English task title (share-card glyph)',
      (c: string) => setLine(`${c}/tasks/en/07.mdx`, 6, (l) => `🚀 ${l}`),
      /^ {2}content\/tasks\/en\/07\.mdx: line 6: "🚀" \(U\+1F680\) has no glyph in the share-card font/mu,
    ],
    [
      // Used to fail late, in MDX compilation, leaving dist/ empty.
      'an export line in an English task (MDX compilation)',
      (c: string) => setLine(`${c}/tasks/en/07.mdx`, 6, () => "export const title = 'Banking';"),
      /^ {2}content\/tasks\/en\/07\.mdx: line 6: is an import\/export line, which MDX runs as JavaScript/mu,
    ],
  ])(
    '%s: exit 1, one line naming the file, no banner or stack trace, dist/ kept',
    { timeout: 180_000 },
    (_name, change, line) => {
      const result = buildBroken(change);
      expect(result.status, result.output).toBe(1);
      expect(result.output).toMatch(
        /^Content check failed: 1 problem\. Nothing was built; fix it and build again\.$/mu,
      );
      expect(result.output).toMatch(line);
      // No Astro error banner, no stack trace, no warning to wade through.
      expect(result.output).not.toMatch(/^\s+at /mu);
      expect(result.output).not.toMatch(/\[ERROR\]|ContentError|AstroError|\[WARN\]|Stack ?trace/iu);
      expect(result.kept).toEqual(result.before);
    },
  );
});
