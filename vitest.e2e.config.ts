import { defineConfig } from 'vitest/config';

/** Real browsers with the built extension: run `npm run build` first (npm test does). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
