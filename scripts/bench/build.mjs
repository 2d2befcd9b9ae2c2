// Build time per phase of `npm run build` (Astro, Pagefind, …), median of several runs, with peak memory.
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
  return out;
}
