import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Integration files share one migrated, seeded PGlite template (cloned per file): one worker, no isolation.
    fileParallelism: false,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
