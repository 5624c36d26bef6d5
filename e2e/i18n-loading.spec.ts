/**
 * Chinese loads on demand (docs/i18n.md, "How languages load"): its chunk is fetched only when
 * Chinese is shown, the first paint of a Chinese visit is already Chinese (a Chinese loading line,
 * then the app, never English), a switch applies once the chunk is in, a failed load keeps
 * English with a notice, and after one visit Chinese works offline.
 */
import { expect, test, type Page } from '@playwright/test';
import { openFirstView, state } from './helpers';

const ZH_CHUNK = /\/assets\/zh-chunk-[^/]+\.js$/;

/** The Chinese chunk's requests from now on; the array fills as they come. */
function zhChunkRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (ZH_CHUNK.test(new URL(request.url()).pathname)) urls.push(request.url());
  });
  return urls;
}

/**
 * Records, before the page's own scripts run, what the page showed first: the header's text and
 * `<html lang>` the moment the header is in the DOM, and the loading line if there was one.
 * Mutation records are delivered before the browser paints, so this is the first painted text.
 */
async function recordFirstPaint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: { header: string | null; lang: string | null; loading: string | null } = {
      header: null,
      lang: null,
      loading: null,
    };
    Object.assign(window, { __firstPaint: seen });
    new MutationObserver(() => {
      const header = document.querySelector('.app-header');
      if (header && seen.header === null) {
        seen.header = header.textContent;
        seen.lang = document.documentElement.lang;
      }
      const line = document.querySelector('.language-loading');
      if (line && seen.loading === null) seen.loading = line.textContent;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

const firstPaint = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __firstPaint: { header: string; lang: string; loading: string } })
        .__firstPaint,
  );

const picker = (page: Page) => page.getByRole('combobox', { name: 'Language / 语言' });

test('lang=zh: the first header painted is Chinese, after a Chinese loading line', async ({
  page,
}) => {
  await recordFirstPaint(page);
  const requests = zhChunkRequests(page);
  await openFirstView(page, '/?lang=zh');
  const seen = await firstPaint(page);
  expect(seen.header).toContain('一步一步看梯度下降');
  expect(seen.header).not.toContain('step by step');
  expect(seen.lang).toBe('zh-Hans');
  expect(seen.loading).toBe('正在加载中文界面…');
  expect(requests).toHaveLength(1);
  await expect(page.locator('.language-loading')).toHaveCount(0);
  expect(page.url()).toContain('lang=zh');
});

test('an English visit never fetches Chinese; a switch does, once, and applies when in', async ({
  page,
}) => {
  const requests = zhChunkRequests(page);
  await openFirstView(page, '/');
  await expect(page.getByRole('heading', { name: 'Optimizers' })).toBeVisible();
  expect(requests).toEqual([]);

  await picker(page).selectOption('zh');
  await expect(page.getByRole('heading', { name: '优化器' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(picker(page)).toHaveValue('zh');
  await expect.poll(() => page.url()).toContain('lang=zh');
  expect(await state(page, 's.lang')).toBe('zh');

  await picker(page).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Optimizers' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect.poll(() => page.url()).not.toContain('lang=');
  await picker(page).selectOption('zh');
  await expect(page.getByRole('heading', { name: '优化器' })).toBeVisible();
  expect(requests).toHaveLength(1);
});

test.describe('while the Chinese chunk is on its way', () => {
  test.use({ serviceWorkers: 'block' });

  test('the picker shows the choice at once, busy, until the app switches', async ({ page }) => {
    let release: () => void = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route(ZH_CHUNK, async (route) => {
      await arrived;
      await route.continue();
    });
    await openFirstView(page, '/');
    await expect(picker(page)).toHaveAttribute('aria-busy', 'false');
    await picker(page).selectOption('zh');
    await expect(picker(page)).toHaveAttribute('aria-busy', 'true');
    await expect(picker(page)).toHaveValue('zh');
    // Still English everywhere else until the strings are in.
    await expect(page.getByRole('heading', { name: 'Optimizers' })).toBeVisible();
    expect(await state(page, 's.lang')).toBe('en');

    release();
    await expect(page.getByRole('heading', { name: '优化器' })).toBeVisible();
    await expect(picker(page)).toHaveAttribute('aria-busy', 'false');
    await expect(picker(page)).toHaveValue('zh');
  });
});

test.describe('when the Chinese chunk cannot be fetched', () => {
  // Requests a service worker answers would not be seen by page.route.
  test.use({ serviceWorkers: 'block' });

  test('a lang=zh link opens in English with a notice that says why', async ({ page }) => {
    await page.route(ZH_CHUNK, (route) => route.abort('internetdisconnected'));
    await openFirstView(page, '/?lang=zh');
    await expect(page.getByRole('heading', { name: 'Optimizers' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page.getByRole('status').filter({ hasText: 'Chinese could not be loaded' }),
    ).toContainText('中文界面未能加载');
    expect(await state(page, 's.lang')).toBe('en');
    await expect(picker(page)).toHaveValue('en');
  });

  test('the picker stays on English with the notice', async ({ page }) => {
    await page.route(ZH_CHUNK, (route) => route.abort('internetdisconnected'));
    await openFirstView(page, '/');
    await picker(page).selectOption('zh');
    await expect(
      page.getByRole('status').filter({ hasText: 'Chinese could not be loaded' }),
    ).toBeVisible();
    await expect(picker(page)).toHaveValue('en');
    await expect(page.getByRole('heading', { name: 'Optimizers' })).toBeVisible();
    expect(await state(page, 's.lang')).toBe('en');
  });
});

test.describe('with the service worker', () => {
  // The suite blocks service workers (playwright.config.ts); this test is about one.
  test.use({ serviceWorkers: 'allow' });

  test('after one visit in English, Chinese opens offline (the chunk is precached)', async ({
    page,
    context,
  }) => {
    await openFirstView(page, '/');
    // The service worker exists in production builds only (docs/offline.md; e2e/offline.spec.ts).
    const dev = (await page.locator('script[src="/@vite/client"]').count()) > 0;
    test.skip(dev, 'the dev server registers no service worker (docs/offline.md)');
    await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);

    await context.setOffline(true);
    await page.goto('/?lang=zh');
    await expect(page.getByRole('heading', { name: '优化器' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('.app-header')).toContainText('一步一步看梯度下降');
    await expect(
      page.getByRole('status').filter({ hasText: 'Chinese could not be loaded' }),
    ).toHaveCount(0);
  });
});
