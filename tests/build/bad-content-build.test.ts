// The build itself (astro build on a broken copy) stops on bad content, naming the file: three full builds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve('.');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A copy of content/ (and the map data) with one change applied; returns the project root of the copy. */
function brokenCopy(change: (content: string) => void): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-content-'));
  temps.push(root);
  fs.cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
  // The zones are checked against the map data, which lives with the code.
  fs.cpSync(path.join(ROOT, 'src/map/data'), path.join(root, 'src/map/data'), { recursive: true });
  change(path.join(root, 'content'));
  return root;
}

function edit(file: string, from: string | RegExp, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
  fs.writeFileSync(file, next);
}

describe('the build itself stops on bad content', () => {
  /** Builds a broken copy of the project; returns whether the build failed, its output and whether dist/ exists. */
  function buildBroken(change: (content: string) => void) {
    const root = brokenCopy(change);
    for (const item of ['src', 'public', 'deploy', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      fs.cpSync(path.join(ROOT, item), path.join(root, item), { recursive: true });
    }
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'));
    try {
      execFileSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build'], {
        cwd: root,
        stdio: 'pipe',
        encoding: 'utf8',
      });
      return { failed: false, output: '', site: fs.existsSync(path.join(root, 'dist', 'index.html')) };
    } catch (error) {
      const e = error as { stdout: string; stderr: string };
      return {
        failed: true,
        output: `${e.stdout}${e.stderr}`,
        site: fs.existsSync(path.join(root, 'dist', 'index.html')),
      };
    }
  }

  it('astro build fails with the file named, and writes no site', () => {
    const result = buildBroken((c) => edit(`${c}/tasks/zh/14.mdx`, '临港新片区', '临港片区'));
    expect(result.failed).toBe(true);
    expect(result.output).toContain('content/tasks/zh/14.mdx: Chinese text drifts from content/source/');
    expect(result.site).toBe(false);
  });

  it('astro build fails on a zone citing a task that does not exist, naming the zone file', () => {
    const result = buildBroken((c) => edit(`${c}/zones/zh/lujiazui.yaml`, 'tasks/19/#s2', 'tasks/29/#s2'));
    expect(result.failed).toBe(true);
    expect(result.output).toContain(
      'content/zones/zh/lujiazui.yaml: field "mentions.0.cite": tasks/29/#s2 does not exist',
    );
    expect(result.site).toBe(false);
  });

  it('astro build fails on a theme citing a sentence that does not exist, naming the theme file', () => {
    const result = buildBroken((c) => edit(`${c}/themes/payments.yaml`, 'tasks/6/#s3', 'tasks/6/#s4'));
    expect(result.failed).toBe(true);
    expect(result.output).toContain(
      'content/themes/payments.yaml: field "sentences.5": tasks/6/#s4 does not exist: task 6 has a title and 3 sentences (s1–s3)',
    );
    expect(result.site).toBe(false);
  });
});
