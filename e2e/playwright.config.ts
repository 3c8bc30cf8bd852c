import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH): no browser is downloaded. The global
 * setup builds the web app and seeds the demo once; each test file starts the product as `npm start` does on its own
 * copy of that data directory (tests/harness.ts `useProduct`, tests/product.ts). One worker: a product instance with
 * Chromium beside it is heavy for a 2-core machine.
 * `npm test` adds a JSON report (PLAYWRIGHT_JSON_OUTPUT_FILE) to count the tests.
 */
export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.test.ts',
  globalSetup: './global-setup.ts',
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 120_000,
  expect: { timeout: 30_000 },
  outputDir: 'artifacts/test-results',
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'artifacts/report' }],
    ...(process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [['json'] as ['json']] : []),
  ],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    viewport: { width: 1440, height: 1000 },
    // A page as a user with reduced motion sees it: no animations to wait out.
    reducedMotion: 'reduce',
    actionTimeout: 30_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
