import { expect, test } from '@playwright/test';
import {
  // Where each test begins, and the first view's reload.
  openSettled,
  reloadWatchingErrors,
  // Reading the page.
  expectState,
  paintedPixels,
  settled,
  state,
} from './helpers';

/** Engine results under two busy cores can take seconds: generous, never a speed check. */
const ENGINE = { timeout: 20_000 };

test.beforeEach(({ page }) => openSettled(page));

test('draws the surface and one trajectory per run of the first view, without console errors', async ({
  page,
}) => {
  const errors = await reloadWatchingErrors(page);
  await expect.poll(() => paintedPixels(page), ENGINE).toBeGreaterThan(100);
  await expect(page.locator('.landscape__minimum--global')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screenshots/landscape.png' });
  expect(errors).toEqual([]);
});

test('clicking the landscape moves the start, and the trajectories follow', async ({ page }) => {
  const before = await page.getByTestId('trajectory-1').getAttribute('d');
  const box = (await page.locator('.landscape__hit').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.8);
  await expectState(page, 's.scenario.start[0]').toBeGreaterThan(0.5);
  await expectState(page, 's.scenario.start[1]').toBeLessThan(0);
  await expect(page.getByTestId('trajectory-1')).not.toHaveAttribute('d', before!, ENGINE);
  await settled(page);
  const d = await page.getByTestId('trajectory-1').getAttribute('d');
  const [x, y] = d!.slice(1).split(/[L,]/).map(Number);
  expect(Math.abs(x! - box.width * 0.75)).toBeLessThan(2);
  expect(Math.abs(y! - box.height * 0.8)).toBeLessThan(2);
});

test('dragging the start handle moves the start point', async ({ page }) => {
  const handle = (await page.getByTestId('start-handle').boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + 100, handle.y + 60, { steps: 8 });
  await page.mouse.up();
  await expectState(page, 's.scenario.start[0]').toBeGreaterThan(-1.5 + 0.3);
  await expectState(page, 's.scenario.start[1]').toBeLessThan(2 - 0.2);
});

test('the wheel zooms about the pointer, dragging pans, and Reset view restores the window', async ({
  page,
}) => {
  const box = (await page.locator('.landscape__hit').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => state(page, 's.window && s.window.x[1] - s.window.x[0]')).toBeLessThan(4);
  const zoomed = (await state(page, 's.window')) as { x: number[] };
  await page.mouse.move(box.x + 100, box.y + 100);
  await page.mouse.down();
  await page.mouse.move(box.x + 300, box.y + 100, { steps: 5 });
  await page.mouse.up();
  await expectState(page, 's.window.x[0]').toBeLessThan(zoomed.x[0]!);
  // A pan is not a click: the start did not move.
  expect(await state(page, 's.scenario.start')).toEqual([-1.5, 2]);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expectState(page, 's.window').toBeNull();
});

test('the surface covers the plot exactly, before and after a zoom', async ({ page }) => {
  const canvas = page.locator('.landscape__canvas');
  const plot = page.locator('.landscape__hit');
  const expectCovers = async () => {
    await expect(canvas).toHaveAttribute('data-surface', 'full', ENGINE);
    await expect
      .poll(async () => {
        const [a, b] = [(await canvas.boundingBox())!, (await plot.boundingBox())!];
        return Math.max(
          Math.abs(a.x - b.x),
          Math.abs(a.y - b.y),
          Math.abs(a.width - b.width),
          Math.abs(a.height - b.height),
        );
      }, ENGINE)
      .toBeLessThan(1);
    await expect.poll(() => paintedPixels(page), ENGINE).toBeGreaterThan(100);
  };
  await expectCovers();
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => state(page, 's.window && s.window.x[1] - s.window.x[0]')).toBeLessThan(4);
  await expectCovers();
});

test('the keyboard pans and zooms the focused landscape', async ({ page }) => {
  await page.getByTestId('landscape').focus();
  // The window shown depends on the plot's shape (the layout): measured, not assumed. '−' zooms
  // out from it by 1.25; '+' twice leaves it zoomed in by 1.25 on what was shown at first.
  await page.keyboard.press('-');
  await expectState(page, 's.window !== null').toBe(true);
  const out = (await state(page, 's.window.x[1] - s.window.x[0]')) as number;
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowRight');
  await expectState(page, 's.window.x[1] - s.window.x[0]').toBeLessThan(out / 1.25 / 1.1);
  await page.keyboard.press('0');
  await expectState(page, 's.window').toBeNull();
});

test('hovering shows x, y, f and ∇f from the worker', async ({ page }) => {
  const box = (await page.locator('.landscape__hit').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const readout = page.getByTestId('hover-readout');
  await expect(readout).toContainText('f = ');
  await expect(readout).not.toContainText('…', ENGINE);
  await expect(readout).toContainText('∇f = (');
});

test('switching problem repaints the surface and reruns the trajectories', async ({ page }) => {
  await expect.poll(() => paintedPixels(page)).toBeGreaterThan(100);
  const before = await page
    .locator('.landscape__canvas')
    .evaluate((c: HTMLCanvasElement) => c.toDataURL());
  const path = await page.getByTestId('trajectory-1').getAttribute('d');
  await page.evaluate(() =>
    (
      window as unknown as { __descent: { store: { getState(): { setProblem(p: object): void } } } }
    ).__descent.store
      .getState()
      .setProblem({ type: 'function', name: 'himmelblau' }),
  );
  await expect(page.locator('.landscape__minimum--global')).toHaveCount(4);
  await expect(page.getByTestId('trajectory-1')).not.toHaveAttribute('d', path!, ENGINE);
  await expect
    .poll(
      () => page.locator('.landscape__canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL()),
      ENGINE,
    )
    .not.toBe(before);
});

test('when the worker crashes the app says so, restarts it and keeps the user’s settings', async ({
  page,
}) => {
  await state(page, 's.updateOptimizer(1, { lr: 0.02 })');
  await page.evaluate(() =>
    (window as unknown as { __descent: { engine: { crash(): void } } }).__descent.engine.crash(),
  );
  await expect(page.getByRole('status', { name: 'Engine notice' })).toContainText(
    'restarted',
    ENGINE,
  );
  expect(await state(page, 's.scenario.optimizers[1].lr')).toBe(0.02);
  // The fresh worker computes the interrupted change, then the next one.
  await settled(page);
  const path = await page.getByTestId('trajectory-1').getAttribute('d');
  await state(page, 's.updateOptimizer(1, { lr: 0.03 })');
  await expect(page.getByTestId('trajectory-1')).not.toHaveAttribute('d', path!, ENGINE);
});
