import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Generous: the machine may be heavily loaded; tests poll for conditions, never sleep-and-hope.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
