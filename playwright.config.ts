import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './e2e/chromium';

/**
 * End-to-end tests in real Chromium. Browsers are not downloaded here: Debian's chromium is
 * launched from CHROMIUM_PATH (default /usr/bin/chromium), with the flags this network needs.
 */
/**
 * E2E_PORT runs a second suite beside another (their own build directory and preview port), so
 * that parallel runs from one checkout never serve each other's builds.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = process.env.E2E_PORT ? `node_modules/.cache/descent-e2e-${PORT}` : 'dist';
/** E2E_BASE_URL points the tests at an already running server (e.g. a dev server) instead. */
const external = process.env.E2E_BASE_URL;
const baseURL = external ?? `http://localhost:${PORT}`;
/**
 * Every page starts as a returning visitor's: the first-visit hint (src/ui/help/first-visit.ts)
 * was seen. The hint's own tests start from an empty storage (`FIRST_VISIT` in e2e/helpers.ts).
 */
const RETURNING_VISITOR = {
  cookies: [],
  origins: [
    { origin: new URL(baseURL).origin, localStorage: [{ name: 'descent.hint.seen', value: '1' }] },
  ],
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
  retries: 0,
  // CI runs this suite on 2 cores with 2 workers, each page running 3 engine workers, and the
  // machine may be busier still: the results of a heavy scenario or a lazy chunk can take
  // seconds. Auto-retrying assertions wait up to 15 s (they return as soon as the state holds,
  // so a fast machine pays nothing) and a test up to 60 s; heavy tests set their own. Retries
  // stay 0: a test that needs one is a bug to fix (docs/testing.md).
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    // No service worker unless a test is about one (offline.spec.ts and the offline tests of
    // i18n-loading and inspector-panel allow it): registering it makes every page precache the
    // whole build, 13 % of the suite's time on 2 cores.
    serviceWorkers: 'block',
    baseURL,
    storageState: RETURNING_VISITOR,
    viewport: { width: 1280, height: 720 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_FLAGS],
    },
  },
  ...(external
    ? {}
    : {
        webServer: {
          // The production build, as users get it.
          command: `npx vite build --logLevel warn --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --port ${PORT} --strictPort --outDir ${OUT_DIR}`,
          url: `http://localhost:${PORT}`,
          reuseExistingServer: !process.env.CI,
          timeout: 120_000,
        },
      }),
});
