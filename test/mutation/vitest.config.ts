import { defineConfig } from 'vitest/config';

/**
 * Vitest as Stryker runs it (see CONTRIBUTING.md, "Mutation testing"): only the test files
 * named in MUTATION_TESTS (separated by spaces), which cover the file being mutated.
 */
const tests = (process.env.MUTATION_TESTS ?? '').split(/\s+/).filter(Boolean);

export default defineConfig({
  test: {
    include: tests.length > 0 ? tests : ['test/store/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
