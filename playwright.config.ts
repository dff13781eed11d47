import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './e2e/support/chromium';
import { E2E } from './e2e/support/e2e-env.mjs';

export default defineConfig({
  testDir: './e2e',
  outputDir: '.tmp/playwright-results',
  fullyParallel: false,
  workers: 1, // one server: tests that add a tenant change SIP PnP and tenant paths for everyone
  // CI retries a failed test once; test-all.mjs reports it as flaky so it is seen, not hidden.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E.httpPort}`,
    extraHTTPHeaders: {},
    ignoreHTTPSErrors: true,
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    { name: 'api', testMatch: /e2e\/(api|provisioning)\/.*\.spec\.ts/ },
    { name: 'console', testMatch: /e2e\/console\/.*\.spec\.ts/, use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `http://127.0.0.1:${E2E.httpPort}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
