// Scale run: the plan's 25 tasks multiplied ×4 and ×16 with synthetic tasks in a temporary copy; build time and index size.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPhases, timed } from './_util.mjs';

const FACTORS = (process.env.BENCH_SCALE ?? '1,4,16').split(',').map(Number);
/** Everything the build reads: every top-level entry but dependencies, outputs and caches. */
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'bench-results']);
const COPY = fs.readdirSync('.').filter((name) => !SKIP.has(name));

function dirStats(dir) {
  let bytes = 0;
  let files = 0;
  if (!fs.existsSync(dir)) return { bytes, files };
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && !e.name.endsWith('.gz')) {
      bytes += fs.statSync(path.join(e.parentPath, e.name)).size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** Zone names: copies of tasks that name a zone would need zone citations, so those tasks are not copied. */
const ZONE_NAMES = /陆家嘴|张江|杨浦滨江|北外滩|外滩|徐汇滨江|临港/u;

/**
 * Adds tasks 26…25×factor (copies of tasks that name no zone, in the last group) to both languages and to the
 * source text, and cites each one's title in a theme, so the content check passes as it would for real tasks.
 */
function multiply(root, factor) {
  const content = path.join(root, 'content');
  const body = (file) => fs.readFileSync(file, 'utf8').replace(/^---[\s\S]*?---\n/u, '');
  const sourceFile = path.join(content, 'source/hufubangui-2020-1.zh.txt');
  const lines = fs.readFileSync(sourceFile, 'utf8').trimEnd().split('\n');
  const closing = lines.pop();
  const lastGroup = Math.max(...fs.readdirSync(path.join(content, 'groups/zh')).map((f) => parseInt(f, 10)));
  const originals = Array.from({ length: 25 }, (_, i) => String(i + 1).padStart(2, '0')).filter(
    (key) => !ZONE_NAMES.test(body(path.join(content, `tasks/zh/${key}.mdx`))),
  );
  const themeFile = path.join(content, 'themes/banking.yaml');
  const citations = [];
  for (let n = 26; n <= 25 * factor; n += 1) {
    const original = originals[(n - 26) % originals.length];
    citations.push(`  tasks/${n}: [1]`);
    for (const lang of ['zh', 'en']) {
      const text = body(path.join(content, `tasks/${lang}/${original}.mdx`));
      fs.writeFileSync(
        path.join(content, `tasks/${lang}/${n}.mdx`),
        `---\nnumber: ${n}\ngroup: ${lastGroup}\n---\n${text}`,
      );
      if (lang === 'zh') lines.push(`${n}.${text.replace(/\s+/gu, '')}`);
    }
  }
  fs.writeFileSync(sourceFile, [...lines, closing].join('\n') + '\n');
  fs.writeFileSync(themeFile, `${fs.readFileSync(themeFile, 'utf8').trimEnd()}\n${citations.join('\n')}\n`);
}

export async function run() {
  const out = {};
  for (const factor of FACTORS) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), `bench-scale-${factor}-`));
    try {
      for (const item of COPY) fs.cpSync(item, path.join(root, item), { recursive: true });
      fs.symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
      if (factor > 1) multiply(root, factor);
      const phases = {};
      for (const command of buildPhases()) {
        const t = timed(command, { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
        phases[command] = { seconds: Number(t.seconds.toFixed(2)), peakMB: t.peakMB && Math.round(t.peakMB) };
      }
      const html = [...fs.readdirSync(path.join(root, 'dist'), { recursive: true })].filter((f) =>
        String(f).endsWith('.html'),
      );
      const index = dirStats(path.join(root, 'dist/pagefind'));
      out[`x${factor}`] = {
        tasks: 25 * factor,
        pages: html.length,
        phases,
        searchIndexBytes: index.bytes,
        searchIndexFiles: index.files,
      };
      console.log(
        `×${factor}: ${25 * factor} tasks, ${html.length} pages; ` +
          Object.entries(phases)
            .map(([c, p]) => `${c.split(' ').slice(0, 2).join(' ')} ${p.seconds} s (${p.peakMB} MB)`)
            .join(', ') +
          `; search index ${(index.bytes / 1024).toFixed(0)} KB in ${index.files} files (dist/pagefind, both languages, without .gz copies)`,
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }
  return out;
}
