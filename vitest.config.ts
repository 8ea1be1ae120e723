import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const solid = (file: string) => fileURLToPath(new URL(`./node_modules/solid-js/${file}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Node would pick Solid's server build, where effects never run; the runner's primitives are tested with
    // the browser build (inlined below so Solid and its store share one copy).
    alias: [
      { find: /^solid-js$/, replacement: solid('dist/solid.js') },
      { find: /^solid-js\/store$/, replacement: solid('store/dist/store.js') },
    ],
  },
  test: {
    // Playwright specs live in tests/e2e and run with `npm run test:e2e`, never here.
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/api/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    server: { deps: { inline: [/solid-js/] } },
  },
});
