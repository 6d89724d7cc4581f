import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
    // Every change in every test is checked to touch only the items it declares.
    env: { STADSPANEL_VERIFY_STORE: '1' },
  },
});
