/**
 * Offline and static (issue 7, point 5; docs/offline.md): after one visit the service worker has
 * cached the whole app, so with the network gone a reload, a link, the inspector's lazily loaded
 * KaTeX and the presets all still work; and a build for a sub-path (GitHub Pages) works there.
 * The service worker exists only in production builds: run against the build (the default
 * Playwright server), not a dev server.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectErrors, expectState, paintedPixels, state } from './helpers';

// The suite blocks service workers (playwright.config.ts); these tests are about one.
test.use({ serviceWorkers: 'allow' });

/**
 * The errors that going offline itself causes: Chromium logs the failed update check of the
 * service worker script (the browser looks for a new version on every load) and nothing else.
 * Anything else is a real failure, e.g. a chunk missing from the precache.
 */
const expectedOffline = (text: string) =>
  /Failed to update a ServiceWorker .*sw\.js.*(ERR_INTERNET_DISCONNECTED|An unknown error occurred when fetching the script)/.test(
    text,
  ) || /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/.test(text);

/**
 * The service worker exists only in a production build; against a dev server (E2E_BASE_URL
 * pointing at `vite`), the tests that need it are skipped instead of waiting for it forever.
 */
async function skipUnderDevServer(page: Page) {
  const dev = (await page.locator('script[src="/@vite/client"]').count()) > 0;
  test.skip(dev, 'the dev server registers no service worker (docs/offline.md)');
}

/**
 * Waits until the service worker is active (its install step, which downloads the precache, has
 * finished) and controls this page; returns its scope.
 */
async function waitForServiceWorker(page: Page): Promise<string> {
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  return scope;
}

/** The first view computed and drawn: both trajectories and the painted surface. */
async function expectFirstView(page: Page) {
  await expect(page.getByTestId('trajectory-0')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => paintedPixels(page), { timeout: 20_000 }).toBeGreaterThan(100);
}

/** A link to another problem, with its own start and runs. */
const HIMMELBLAU = '?v=1&p=himmelblau&x0=0.5,-1&n=300&o=gd(lr=0.01)&o=adam(lr=0.05)';

test.describe.configure({ timeout: 60_000 });

test('after one visit the app works offline: reload, a link, the inspector, the presets', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await skipUnderDevServer(page);
  await expectFirstView(page);
  const scope = await waitForServiceWorker(page);
  expect(new URL(scope).pathname).toBe('/');

  await context.setOffline(true);
  const errors = collectErrors(page);
  await page.reload();
  await expectFirstView(page);
  await expectState(page, 's.scenario.problem.name').toBe('rosenbrock');

  // A link with another problem: a navigation the cached page answers, whatever its query.
  await page.goto(`/${HIMMELBLAU}`);
  await expectState(page, 's.resultsScenario?.problem.name').toBe('himmelblau');
  await expectFirstView(page);
  expect(await state(page, 's.scenario.start')).toEqual([0.5, -1]);

  // The inspector loads KaTeX, its stylesheet and its fonts on demand: all from the precache.
  await page.getByRole('button', { name: 'Inspect step' }).click();
  const formula = page.locator('.inspector__formula .katex').first();
  await expect(formula).toBeVisible({ timeout: 20_000 });
  // The lazily loaded stylesheet may land after the formula's markup: wait for its font rule.
  await expect
    .poll(() => formula.evaluate((element) => getComputedStyle(element).fontFamily))
    .toContain('KaTeX_Main');
  await expect
    .poll(() =>
      page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].some(
          (font) => font.family.replace(/"/g, '') === 'KaTeX_Main' && font.status === 'loaded',
        );
      }),
    )
    .toBe(true);
  await page.getByRole('button', { name: 'Inspect step' }).click();

  // The presets gallery opens and a preset applies (its thumbnails come from the engine worker).
  await page.getByRole('button', { name: 'Presets' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presets' });
  await expect(dialog).toBeVisible();
  const card = dialog.locator('.preset-card').first();
  await expect(card).toBeVisible();
  const href = (await card.getAttribute('href'))!;
  await card.click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => new URL(page.url()).search).toBe(href);
  await expect(page.getByTestId('trajectory-0')).toBeVisible();

  expect(errors.filter((text) => !expectedOffline(text))).toEqual([]);
});

test('the web manifest names Descent and its icons, which are cached', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await skipUnderDevServer(page);
  await waitForServiceWorker(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await page.request.get(href!)).json()) as {
    short_name: string;
    theme_color: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest.short_name).toBe('Descent');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);

  // Offline, every icon still loads (from the service worker, in the page's own fetch).
  await context.setOffline(true);
  const manifestUrl = new URL(href!, page.url()).href;
  const statuses = await page.evaluate(
    async ({ manifestUrl, sources }) =>
      Promise.all(
        sources.map(async (src) => {
          const response = await fetch(new URL(src, manifestUrl));
          return `${src} ${response.status} ${response.headers.get('content-type')}`;
        }),
      ),
    { manifestUrl, sources: manifest.icons.map((icon) => icon.src) },
  );
  for (const status of statuses) expect(status).toMatch(/ 200 image\/(png|svg\+xml)/);
});

/** A free TCP port on this machine, for the sub-path preview. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Runs Vite (the repository's own) with BASE_PATH set; resolves when a build exits cleanly. */
const viteBin = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
function vite(args: string[], basePath: string): ChildProcess {
  return spawn(process.execPath, [viteBin, ...args], {
    cwd: root,
    env: { ...process.env, BASE_PATH: basePath },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
function exited(child: ChildProcess): Promise<void> {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite exited with ${code}:\n${output}`)),
    ),
  );
}

test.describe('served from a sub-path (GitHub Pages: https://user.github.io/descent/)', () => {
  // One build and one preview server for the tests below, in this worker.
  test.describe.configure({ mode: 'serial' });
  let outDir = '';
  let preview: ChildProcess | null = null;
  let origin = '';

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    outDir = mkdtempSync(join(tmpdir(), 'descent-subpath-'));
    // Its own output directory: dist/ belongs to the default server, which may be serving it.
    await exited(
      vite(['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], '/descent/'),
    );
    const port = await freePort();
    preview = vite(
      ['preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
      '/descent/',
    );
    origin = `http://localhost:${port}`;
    await expect
      .poll(
        async () => {
          try {
            return (await fetch(`${origin}/descent/`)).status;
          } catch {
            return 0;
          }
        },
        { timeout: 30_000 },
      )
      .toBe(200);
  });

  test.afterAll(() => {
    preview?.kill();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test('the app, its links and its service worker live under /descent/, and work offline', async ({
    page,
    context,
  }) => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    const errors = collectErrors(page);
    await page.goto(`${origin}/descent/`);
    await expectFirstView(page);
    const scope = await waitForServiceWorker(page);
    expect(scope).toBe(`${origin}/descent/`);
    // The favicon and the manifest were rewritten to the sub-path, not left at the host's root.
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/descent/favicon.svg');
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
      'href',
      '/descent/manifest.webmanifest',
    );

    // The share dialog's link points at the sub-path, and opening it gives the view.
    await page.getByRole('slider', { name: 'step' }).fill('42');
    await expectState(page, 's.cursor').toBe(42);
    await page.getByRole('button', { name: 'Share' }).click();
    const field = page
      .getByRole('dialog', { name: 'Share this view' })
      .getByRole('textbox', { name: 'Link to exactly this view' });
    await expect(field).toHaveValue(new RegExp(`^${origin}/descent/\\?v=1&.*t=42$`));
    const link = await field.inputValue();
    await page.keyboard.press('Escape');
    await page.goto(link);
    await expectFirstView(page);
    await expectState(page, 's.cursor').toBe(42);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);

    // Offline under the sub-path: another problem's link still opens.
    await context.setOffline(true);
    await page.goto(`${origin}/descent/${HIMMELBLAU}`);
    await expectState(page, 's.resultsScenario?.problem.name').toBe('himmelblau');
    await expectFirstView(page);
    expect(errors.filter((text) => !expectedOffline(text))).toEqual([]);
  });

  test('a new version: an untouched page reloads into it, a page in use says so', async ({
    context,
  }) => {
    test.setTimeout(120_000);
    const used = await context.newPage();
    await used.goto(`${origin}/descent/`);
    await expectFirstView(used);
    await waitForServiceWorker(used);
    const untouched = await context.newPage();
    await untouched.goto(`${origin}/descent/`);
    await expectFirstView(untouched);
    await waitForServiceWorker(untouched);
    // Marks the untouched page's document: a reload forgets it.
    await untouched.evaluate(() => Object.assign(window, { beforeUpdate: true }));
    const slider = used.getByRole('slider', { name: 'step' });
    await slider.focus();
    await used.keyboard.press('ArrowLeft');
    await expectState(used, 'Math.min(s.cursor, s.scenario.steps)').toBe(499);
    const cursor = (await state(used, 's.cursor')) as number;

    // Publish a new version (unminified: other file contents, so other hashes and a new worker)
    // and let the browser find it, as it does on the next load.
    await exited(
      vite(
        ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', '--minify', 'false'],
        '/descent/',
      ),
    );
    await used.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())!.update();
    });

    await expect(
      used.getByRole('status').filter({ hasText: 'Descent has been updated' }),
    ).toBeVisible({ timeout: 30_000 });
    expect(await state(used, 's.cursor')).toBe(cursor);
    await expect
      // Mid-reload the page has no context to evaluate in: not reloaded yet, ask again.
      .poll(() => untouched.evaluate(() => 'beforeUpdate' in window).catch(() => 'reloading'), {
        timeout: 30_000,
      })
      .toBe(false);
    await expectFirstView(untouched);
    await expect(
      untouched.getByRole('status').filter({ hasText: 'Descent has been updated' }),
    ).toHaveCount(0);
  });
});
