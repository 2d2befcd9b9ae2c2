// Astro integration: before a build, one warning for publisher placeholders, or (RELEASE=1) a refusal naming each.
import type { AstroIntegration } from 'astro';
import { PUBLISHER } from '../site';
import { placeholderVerdict } from './publisher';

export default function publisherCheck(): AstroIntegration {
  return {
    name: 'publisher-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const verdict = placeholderVerdict(PUBLISHER, process.env.RELEASE === '1');
        if (verdict.level === 'error') throw new Error(verdict.message);
        if (verdict.level === 'warn') logger.warn(verdict.message);
      },
    },
  };
}
