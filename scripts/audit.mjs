// Dependency hygiene: fails when `npm audit --omit=dev` reports a high or critical advisory; says so when it cannot ask.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason =
    report?.message ?? report?.error?.summary ?? result.stderr.split('\n').find((l) => l.trim()) ?? 'no answer';
  console.log(
    `npm audit: the registry's advisory service did not answer (${reason.trim()}); production dependencies NOT audited this run.`,
  );
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`);
if (serious > 0) {
  console.error(
    `npm audit: ${serious} high or critical advisories in production dependencies; see \`npm audit --omit=dev\`.`,
  );
  process.exit(1);
}
