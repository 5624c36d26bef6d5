/**
 * The step inspector as a teacher projects it (issue 14, point 11): at 1280×720 the card never
 * covers the current point it explains, its footnote is whole on screen, it links to the rule's
 * section of the docs page the build makes, and it says it is loading while it loads.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, settled, state } from './helpers';

// Requests served by the offline worker bypass page.route: the loading test holds a chunk back.
test.use({ serviceWorkers: 'block' });

const FIRST_PAINT = { timeout: 20_000 };

async function openOn(page: Page, url: string, run: number) {
  await page.goto(url);
  await expect(page.getByTestId('trajectory-1')).toBeVisible(FIRST_PAINT);
  await settled(page);
  await page.evaluate(
    (i) =>
      (
        window as unknown as {
          __descent: { store: { getState(): { selectRun(i: number): void } } };
        }
      ).__descent.store
        .getState()
        .selectRun(i),
    run,
  );
}

/** The card's box contains the centre of the inspected run's current-step marker. */
async function coversMarker(page: Page, run: number): Promise<boolean> {
  const card = await page.getByTestId('inspector').boundingBox();
  const dot = await page.locator(`.landscape__marker[data-run="${run}"]`).boundingBox();
  if (!card || !dot) throw new Error('no card or no marker');
  const x = dot.x + dot.width / 2;
  const y = dot.y + dot.height / 2;
  return x >= card.x && x <= card.x + card.width && y >= card.y && y <= card.y + card.height;
}

test('the card leaves the current point in view, wherever it is, with its footnote whole', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openOn(page, '/', 1);
  await page.getByRole('button', { name: 'Inspect step' }).click();
  const card = page.getByTestId('inspector');
  await expect(card.locator('.inspector__formula .katex')).toBeVisible(FIRST_PAINT);
  await expect(page.getByTestId('inspector-title')).toContainText('Adam');
  // At the last step Adam is on the right of the valley: the card is on the left, clear of it.
  await expect.poll(() => coversMarker(page, 1)).toBe(false);

  // The footnote and the link are whole inside the card and the 1280×720 window.
  const viewport = page.viewportSize()!;
  const inside = async () => {
    const foot = (await page.getByTestId('inspector-footnote').boundingBox())!;
    const link = (await page.getByTestId('inspector-doc').boundingBox())!;
    const box = (await card.boundingBox())!;
    return [foot, link].every(
      (b) =>
        b.height > 0 &&
        b.x >= Math.max(0, box.x) &&
        b.y >= Math.max(0, box.y) &&
        b.x + b.width <= Math.min(viewport.width, box.x + box.width) + 0.5 &&
        b.y + b.height <= Math.min(viewport.height, box.y + box.height) + 0.5,
    );
  };
  await expect.poll(inside).toBe(true);
  // Not cut by its own box either: the footnote's text fits its element.
  expect(
    await page
      .getByTestId('inspector-footnote')
      .evaluate((p) => p.scrollHeight <= p.clientHeight + 1),
  ).toBe(true);

  // Back to the start, on the left: the card goes to the right, still clear of the marker.
  await page.getByRole('slider', { name: 'step' }).fill('0');
  await expect(page.getByTestId('inspector-step')).toHaveText('0', FIRST_PAINT);
  await expect.poll(() => coversMarker(page, 1)).toBe(false);
  // The other run's marker too, when it is the one inspected.
  await page.evaluate(() =>
    (
      window as unknown as { __descent: { store: { getState(): { selectRun(i: number): void } } } }
    ).__descent.store
      .getState()
      .selectRun(0),
  );
  await expect(page.getByTestId('inspector-title')).toContainText('Gradient descent', FIRST_PAINT);
  await expect.poll(() => coversMarker(page, 0)).toBe(false);
  expect(errors).toEqual([]);
});

test('the doc link points at an existing section of the built docs page', async ({ page }) => {
  await openOn(page, '/', 1);
  await page.getByRole('button', { name: 'Inspect step' }).click();
  const link = page.getByTestId('inspector-doc');
  await expect(link).toHaveAttribute('href', './docs/optimizers.html#adam', FIRST_PAINT);
  await expect(link).toHaveText(/How Adam works/);
  await expect(link).toHaveAttribute('target', '_blank');
  const href = new URL((await link.getAttribute('href'))!, page.url());
  const response = await page.request.get(href.toString());
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain(`id="${href.hash.slice(1)}"`);
  expect(html).toContain('Content-Security-Policy');
  expect(html).not.toContain('<script');

  // The page opens at that section, styled by its own stylesheet.
  const doc = await page.context().newPage();
  await doc.goto(href.toString());
  await expect(doc.locator('h3#adam')).toBeInViewport();
  await expect
    .poll(() => doc.locator('.doc').evaluate((e) => getComputedStyle(e).borderRadius))
    .toBe('10px');
  await doc.close();

  // RMSprop: the denominator d of its table is defined by its rule and in the symbols.
  await page.goto('/?v=1&o=rmsprop(lr=0.01)&o=adam(lr=0.1)&sel=1');
  await expect(page.getByTestId('trajectory-1')).toBeVisible(FIRST_PAINT);
  await page.getByRole('button', { name: 'Inspect step' }).click();
  await expect(page.getByTestId('inspector-title')).toContainText('RMSprop', FIRST_PAINT);
  await expect(page.getByTestId('inspector-doc')).toHaveAttribute(
    'href',
    './docs/optimizers.html#rmsprop',
  );
  await page.getByText('What each symbol means').click();
  await expect(page.getByTestId('inspector-define-denom')).toContainText('root mean square');
});

test('a loading sign shows while the card and KaTeX arrive, then gives way', async ({ page }) => {
  await openOn(page, '/', 0);
  // Hold the card's chunk back until the sign has been seen: a state to wait for, not a time.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/InspectorCard-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Inspect step' }).click();
  const sign = page.getByRole('status').filter({ hasText: 'Loading the step inspector…' });
  await expect(sign).toBeVisible();
  await expect(page.getByTestId('inspector-loading').locator('.inspector__spinner')).toBeVisible();
  release();
  await expect(page.locator('.inspector__formula .katex')).toBeVisible(FIRST_PAINT);
  await expect(page.getByTestId('inspector-loading')).toHaveCount(0);
});

test('in Chinese: the link’s words, and the Chinese page at the rule’s section', async ({
  page,
}) => {
  await openOn(page, '/?lang=zh', 1);
  await page.getByRole('button', { name: '检视这一步' }).click();
  const link = page.getByTestId('inspector-doc');
  await expect(link).toHaveText(/Adam 的原理/, FIRST_PAINT);
  await expect(link).toHaveAttribute('href', './docs/optimizers.zh.html#adam');
  const href = new URL((await link.getAttribute('href'))!, page.url()).toString();
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('id="adam"');
  expect(html).toContain('<html lang="zh-CN">');
  expect(await state(page, 's.lang')).toBe('zh');
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the docs page is precached: it opens at its section with the network off', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    test.skip(
      (await page.locator('script[src="/@vite/client"]').count()) > 0,
      'the dev server registers no service worker (docs/offline.md)',
    );
    await expect(page.getByTestId('trajectory-1')).toBeVisible(FIRST_PAINT);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    await context.setOffline(true);
    const doc = await context.newPage();
    await doc.goto('/docs/optimizers.html#lion');
    await expect(doc.locator('h3#lion')).toBeInViewport();
    await expect(doc.locator('h1')).toHaveText('Optimizers, schedules and how exact they are');
    await expect
      .poll(() => doc.locator('.doc').evaluate((e) => getComputedStyle(e).borderRadius))
      .toBe('10px');
    await context.setOffline(false);
  });
});
