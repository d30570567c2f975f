// Vitest runs every kind of test (unit, contract, integration, protocol, browser) in one run, so
// `npm test` reports one count. Kept apart from vite.config.ts, whose root is the tab.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['src/**/*.test.ts', 'bot/**/*.test.ts', 'test/**/*.test.ts', 'infra/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A page that is still drawing (a layout worker warming up on a busy CI machine) gets time to
    // settle; a poll that can never pass still fails, only later.
    expect: { poll: { timeout: 10_000 } },
  },
});
