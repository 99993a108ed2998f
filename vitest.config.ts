import { defineConfig } from 'vitest/config';

// Tests live beside the code (src/**/*.test.ts), in test/ (cross-cutting) and in fuzz/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'fuzz/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
