// The list of built pages (URL paths) for browser sweeps, read from dist/.
import fs from 'node:fs';
import path from 'node:path';

export function builtUrls(dist = path.resolve('dist')): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.html')) {
        const rel = '/' + path.relative(dist, full).split(path.sep).join('/');
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** Runs `visit` for every URL with a few pages open at once (sweeps of every page stay within minutes). */
export async function sweep<T>(
  open: () => Promise<T>,
  urls: string[],
  visit: (tab: T, url: string) => Promise<void>,
  concurrency = 3,
): Promise<void> {
  const queue = [...urls];
  await Promise.all(
    Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      const tab = await open();
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) await visit(tab, url);
    }),
  );
}
