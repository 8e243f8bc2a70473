import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // GitHub's workflow parser imports its JSON schema without `with { type: 'json' }`,
          // which Node refuses; pre-bundled by Vite (esbuild), it loads.
          deps: { optimizer: { ssr: { enabled: true, include: ['@actions/workflow-parser'] } } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/dev-server.test.ts'],
          // Builds the bundled site twice (at / and under a base path) and serves both on loopback.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'dev',
          // Runs astro dev on a copy of the project: it needs no build, so not the e2e setup's two.
          include: ['tests/e2e/dev-server.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
