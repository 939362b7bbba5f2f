import { defineConfig } from 'vitest/config';

// Two tiers, one command: `vitest run` runs both. The e2e tier drives real Chromium and Firefox
// against dist-test/ (the production build plus test hooks, see build.mjs), one file at a time.
export default defineConfig({
  // Vite 8 transforms TypeScript with oxc: JSX goes to Preact's automatic runtime, as in build.mjs.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { __ZVIRKA_TEST__: 'false', __ZVIRKA_BROWSER__: '"chrome"' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
