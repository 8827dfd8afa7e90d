import { defineConfig } from 'vitest/config';

// The differential suite runs the real sandbox-runtime (`srt`, bubblewrap) next to the simulator.
// It is slow (about 0.4 s per srt start) and needs Linux namespaces, so it has its own config.
export default defineConfig({
  test: {
    name: 'fidelity',
    environment: 'node',
    include: ['test/fidelity/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxConcurrency: 3,
    reporters: ['default', './test/reporters/summary.ts'],
  },
});
