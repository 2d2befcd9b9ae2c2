// Import boundaries as a test: runs dependency-cruiser with the rules in .dependency-cruiser.mjs over src/, .astro
// files included. dependency-cruiser cannot parse .astro, so each is mirrored as TypeScript in a temporary copy of
// src/: X.astro → X.astro.ts (the frontmatter, run at build time) and X.astro.client.ts (its <script> blocks, which
// ship to the browser). Imports of './X.astro' resolve to the mirror by extension. Messages name the real files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cruise } from 'dependency-cruiser';
import config from '../.dependency-cruiser.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const CODE = /\.(ts|mts|mjs|js|json)$/u;

/** The frontmatter and the bundled <script> blocks of an .astro file (is:inline and JSON-LD scripts are not code). */
export function splitAstro(text) {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gu)]
    .filter(([, attrs = '']) => !/is:inline|type=/u.test(attrs))
    .map(([, , body]) => body);
  return { front, client: scripts.join('\n') };
}

/** Copies src/ as cruisable files into a temporary folder; `extra` adds or replaces files (path → text). */
function mirror(extra = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boundaries-'));
  const write = (rel, text) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  const add = (rel, text) => {
    if (rel.endsWith('.astro')) {
      const { front, client } = splitAstro(text);
      write(`${rel}.ts`, front);
      if (client.trim()) write(`${rel}.client.ts`, client);
    } else if (CODE.test(rel)) write(rel, text);
  };
  for (const entry of fs.readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = path.relative(ROOT, path.join(entry.parentPath, entry.name));
    if (!(rel in extra)) add(rel, fs.readFileSync(path.join(ROOT, rel), 'utf8'));
  }
  for (const [rel, text] of Object.entries(extra)) add(rel, text);
  return dir;
}

const realName = (file) =>
  file.replace(/\.astro\.(client\.)?ts$/u, (_, client) => (client ? '.astro <script>' : '.astro'));

/** The folder under src/ that holds a module (src/search/client/run.ts → src/search), or undefined. */
const folderOf = (file) => /^src\/[^/]+(?=\/)/u.exec(file)?.[0];

/** Cycles between the folders under src/, apart from the allowed edges: each as "a → b → a". */
function folderCycles(modules) {
  const allowed = new Set(config.folderCycleExceptions.map((e) => `${e.from} ${e.to}`));
  const edges = new Map();
  for (const m of modules) {
    const from = folderOf(m.source);
    for (const d of m.dependencies) {
      const to = folderOf(d.resolved);
      if (from && to && from !== to && !allowed.has(`${from} ${to}`)) {
        edges.set(from, new Set([...(edges.get(from) ?? []), to]));
      }
    }
  }
  const cycles = new Set();
  const walk = (node, trail) => {
    if (trail.includes(node)) {
      const cycle = trail.slice(trail.indexOf(node));
      const start = cycle.indexOf([...cycle].sort()[0]);
      cycles.add([...cycle.slice(start), ...cycle.slice(0, start), cycle[start]].join(' → '));
      return;
    }
    for (const next of edges.get(node) ?? []) walk(next, [...trail, node]);
  };
  for (const node of edges.keys()) walk(node, []);
  return [...cycles].map((c) => `no-folder-cycle: ${c}`);
}

/** Every rule violation in src/ (plus `extra` files), as "rule: from → to" lines. */
export async function boundaryViolations(extra = {}) {
  const dir = mirror(extra);
  const cwd = process.cwd();
  try {
    process.chdir(dir);
    const { folderCycleExceptions, ...ruleSet } = config;
    const result = await cruise(['src'], { validate: true, ruleSet, ...config.options });
    const violations = result.output.summary.violations.map((v) => {
      const via = v.via?.length ? ` (via ${v.via.map((m) => realName(m.name ?? m)).join(' → ')})` : '';
      const cycle = v.cycle?.length ? ` (cycle ${v.cycle.map((m) => realName(m.name ?? m)).join(' → ')})` : '';
      return `${v.rule.name}: ${realName(v.from)} → ${realName(v.to)}${via}${cycle}`;
    });
    return [...violations, ...folderCycles(result.output.modules)];
  } finally {
    process.chdir(cwd);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const violations = await boundaryViolations();
  for (const line of violations) console.error(line);
  console.log(
    `boundaries: ${violations.length} violation(s) of .dependency-cruiser.mjs in src/ (${Math.round(performance.now() - started)} ms)`,
  );
  process.exitCode = violations.length > 0 ? 1 : 0;
}
