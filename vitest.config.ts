// Four test tiers as Vitest projects: unit (pure, no build, no real content), content (loads and checks the real
// content/, including bad-content edits), build (reads dist/, plus real `astro build` runs on broken copies) and e2e
// (Chromium and nginx against dist/; only this tier starts the preview server). `vitest run` runs them all.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/e2e/global-setup.ts'] },
      },
    ],
  },
});
