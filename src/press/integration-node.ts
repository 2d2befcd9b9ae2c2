// Build glue for press/: the sentence menu's chunk by URL, and where its "report a translation problem" goes.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { FEEDBACK_EMAIL, FEEDBACK_FORM_URL } from '../site';

const MENU = fileURLToPath(new URL('./client/sentence-menu.ts', import.meta.url));

/**
 * `virtual:sentence-menu` is the URL of the sentence menu's chunk, imported by URL on the first click of a sentence
 * number: a plain import() would make Vite add its preload helper, one more script every item page fetches before
 * anyone opens a menu (as for search, src/search/integration-node.ts). `virtual:feedback-target` is the form URL
 * or mail address of problem reports (src/site.ts), so that no page carries it for the menu.
 */
function pressModules(): Plugin {
  return {
    name: 'press-modules',
    resolveId: (id) => (id === 'virtual:sentence-menu' || id === 'virtual:feedback-target' ? `\0${id}` : undefined),
    load(id) {
      if (id === '\0virtual:feedback-target')
        return `export default ${JSON.stringify(FEEDBACK_FORM_URL || FEEDBACK_EMAIL)};`;
      if (id !== '\0virtual:sentence-menu') return undefined;
      if (this.environment.mode !== 'build') return `export default ${JSON.stringify(`/@fs${MENU}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: MENU, name: 'sentence-menu' });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

export default function press(): AstroIntegration {
  return {
    name: 'press',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [pressModules()] } });
      },
    },
  };
}
