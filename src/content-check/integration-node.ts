// Astro integration: runs the content check before every build, dev server and `astro check`. Bad content is a
// message for whoever edited it, not a crash: one line per problem, then exit 1 (no Astro banner, no stack trace).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadCheckedContent } from './check-node';
import { ContentError } from './plan-model';

export type CheckResult = { ok: true; summary: string } | { ok: false; lines: string[] };

/** The content check exactly as the build runs it: the lines it prints, one per problem. */
export function runContentCheck(projectRoot: string): CheckResult {
  try {
    const plans = loadCheckedContent(path.join(projectRoot, 'content'));
    return {
      ok: true,
      summary: `content OK: ${plans.zh.tasks.length} tasks, ${plans.zh.goals.length} goals, zh = source text`,
    };
  } catch (error) {
    // Anything else is a bug in the check itself: let it crash with its stack trace.
    if (!(error instanceof ContentError)) throw error;
    const n = error.problems.length;
    return {
      ok: false,
      lines: [
        `Content check failed: ${n} problem${n === 1 ? '' : 's'}. Nothing was built; fix ${n === 1 ? 'it' : 'them'} and build again.`,
        ...error.problems.map((p) => `  ${p.replace(/\s*[\r\n]+\s*/gu, ' ')}`),
      ],
    };
  }
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const result = runContentCheck(fileURLToPath(config.root));
        if (result.ok) {
          logger.info(result.summary);
          return;
        }
        process.stderr.write(`${result.lines.join('\n')}\n`);
        process.exit(1);
      },
    },
  };
}
