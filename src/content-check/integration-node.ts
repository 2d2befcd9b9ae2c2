// Astro integration: runs the content check before every build, dev server and `astro check`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadCheckedContent } from './check-node';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const contentDir = path.join(fileURLToPath(config.root), 'content');
        const plans = loadCheckedContent(contentDir);
        logger.info(`content OK: ${plans.zh.tasks.length} tasks, ${plans.zh.goals.length} goals, zh = source text`);
      },
    },
  };
}
