// Bad-content fixtures: a throwaway copy of content/ (and the map data it is checked against) with one realistic
// edit applied, shared by the content-check tests and the real-build tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const ROOT = path.resolve('.');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A copy of content/ (and the map data) with one change applied; returns the project root of the copy. */
export function brokenCopy(change: (content: string) => void): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-content-'));
  temps.push(root);
  fs.cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
  // The zones are checked against the map data, which lives with the code.
  fs.cpSync(path.join(ROOT, 'src/map/data'), path.join(root, 'src/map/data'), { recursive: true });
  change(path.join(root, 'content'));
  return root;
}

/** Replaces the first match in a file; throws if nothing changed, so a stale fixture cannot pass silently. */
export function edit(file: string, from: string | RegExp, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
  fs.writeFileSync(file, next);
}

/** Replaces line `n` (1-based) of a file. */
export function setLine(file: string, n: number, to: (line: string) => string): void {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const next = to(lines[n - 1]!);
  if (next === lines[n - 1]) throw new Error(`fixture edit did not apply to line ${n} of ${file}`);
  lines[n - 1] = next;
  fs.writeFileSync(file, lines.join('\n'));
}
