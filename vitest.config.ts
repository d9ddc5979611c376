import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Vitest leaves one core free by default, which on a 2-core CI machine runs every file in one worker; the
    // unit tests are CPU-bound and independent, so they use every core (the phase took 66 s with one worker).
    maxWorkers: availableParallelism(),
  },
});
