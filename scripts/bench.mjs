// npm run bench: runs each benchmark section, prints its figures and writes them all to bench-results/latest.json.
// Usage: npm run bench [-- section ...]   (sections: build, weights, lighthouse, scale, and any added in scripts/bench/)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = path.resolve('scripts/bench');
const available = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.mjs') && !f.startsWith('_'))
  .map((f) => f.slice(0, -4));
const order = ['build', 'weights', 'lighthouse', 'load', 'scale'];
const requested = process.argv.slice(2);
const sections = (requested.length ? requested : available).sort(
  (a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99),
);

const outFile = path.resolve('bench-results/latest.json');
fs.mkdirSync(path.dirname(outFile), { recursive: true });
const results = fs.existsSync(outFile) ? JSON.parse(fs.readFileSync(outFile, 'utf8')) : {};
results.machine = {
  cores: (await import('node:os')).cpus().length,
  node: process.version,
  date: new Date().toISOString(),
};

for (const name of sections) {
  if (!available.includes(name)) throw new Error(`bench: no section "${name}" (have: ${available.join(', ')})`);
  console.log(`\n== ${name} ==`);
  const started = Date.now();
  const { run } = await import(pathToFileURL(path.join(dir, `${name}.mjs`)).href);
  results[name] = await run();
  console.log(`(${name}: ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  fs.writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
}
console.log(`\nwrote ${path.relative(process.cwd(), outFile)}`);
