// Import boundaries (.dependency-cruiser.mjs, run by scripts/check-boundaries.mjs): none broken in src/, and each
// rule fails on a bad import added to a throwaway copy of src/.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundaryViolations, splitAstro } from '../../scripts/check-boundaries.mjs';

describe('import boundaries', () => {
  it('holds in src/: no cycle, no feature reaching into another, no Node code in the browser', async () => {
    expect(await boundaryViolations()).toEqual([]);
  });

  it('fails each rule on a bad import, naming the rule and the file', async () => {
    const loader = fs.readFileSync('src/plan/load-node.ts', 'utf8');
    const violations = await boundaryViolations({
      'src/plan/zz-a.ts': "import { b } from './zz-b';\nexport const a = () => b;\n",
      'src/plan/zz-b.ts': "import { a } from './zz-a';\nexport const b = () => a;\n",
      'src/plan/zz-feature.ts': "export { markKeywords } from '../map/zones';\n",
      'src/plan/load-node.ts': `${loader}\nexport { searchPlan } from '../search/engine';\n`,
      'src/map/zz-search.ts': "export { searchPlan } from '../search/engine';\n",
      'src/search/zz-mid.ts': "export { default } from './integration-node';\n",
      'src/search/client/zz-node.ts': "export { default } from '../zz-mid';\n",
      'src/components/ZzFs.astro': "---\n---\n<script>\n  import fs from 'node:fs';\n  console.log(fs);\n</script>\n",
      'src/components/zz-layout.ts': "export { default } from '../layouts/Base.astro';\n",
    });
    const has = (rule: string, text: string) => violations.some((v) => v.startsWith(`${rule}:`) && v.includes(text));
    expect(has('no-module-cycle', 'src/plan/zz-a.ts'), violations.join('\n')).toBe(true);
    expect(has('plan-and-locale-import-no-feature', 'src/plan/zz-feature.ts → src/map/zones.ts')).toBe(true);
    expect(has('plan-loader-imports-only-the-check', 'src/plan/load-node.ts → src/search/engine.ts')).toBe(true);
    expect(has('features-import-no-other-feature', 'src/map/zz-search.ts → src/search/engine.ts')).toBe(true);
    expect(has('browser-code-imports-no-node-module', 'src/search/client/zz-node.ts')).toBe(true);
    expect(has('browser-code-imports-no-node-builtin', 'src/components/ZzFs.astro <script> → fs')).toBe(true);
    expect(has('no-folder-cycle', 'src/components → src/layouts → src/components')).toBe(true);
  });
});

describe('splitAstro', () => {
  it('separates the frontmatter (build time) from bundled scripts (browser), skipping inline and JSON-LD ones', () => {
    const parts = splitAstro(
      "---\nimport A from './A.astro';\n---\n<A />\n<script>import './b';</script>\n" +
        '<script is:inline src="/x.js"></script><script type="application/ld+json">{}</script>',
    );
    expect(parts).toEqual({ front: "import A from './A.astro';", client: "import './b';" });
  });
});
