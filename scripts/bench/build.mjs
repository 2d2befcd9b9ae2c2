// Build time per phase of `npm run build` (Astro, Pagefind, …), median of several runs, with peak memory; and one
// clean build, with an empty share-card cache (every card and quote card drawn again).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPhases, median, timed } from './_util.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

export async function run() {
  const phases = buildPhases();
  const out = {};
  for (const command of phases) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1)
      runs.push(timed(command, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }));
    out[command] = {
      medianSeconds: Number(median(runs.map((r) => r.seconds)).toFixed(2)),
      peakMB: Math.round(Math.max(...runs.map((r) => r.peakMB ?? 0))) || null,
      runs: runs.length,
    };
    console.log(`${command}: ${out[command].medianSeconds} s median of ${RUNS}, peak ${out[command].peakMB ?? '?'} MB`);
  }
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cards-'));
  try {
    const clean = timed('npm run build --silent', {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SHARE_CARD_CACHE: empty },
    });
    const cards = fs.readdirSync(empty).length;
    out.clean = { seconds: Number(clean.seconds.toFixed(2)), peakMB: Math.round(clean.peakMB ?? 0) || null, cards };
    console.log(
      `clean build (empty card cache, ${cards} cards drawn): ${out.clean.seconds} s, peak ${out.clean.peakMB ?? '?'} MB`,
    );
  } finally {
    fs.rmSync(empty, { recursive: true, force: true });
  }
  return out;
}
