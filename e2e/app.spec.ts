/**
 * The interactive app's checklist (issue 3, point 9), driven the way people drive it: mouse and
 * keyboard on the real controls, in Chromium, on the production build. Screenshots of each state
 * are kept as artifacts in test-results/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  expectState,
  frames,
  openSettled,
  paintedPixels,
  reloadWatchingErrors,
  settled,
  state,
} from './helpers';

const SHOTS = 'test-results/screenshots';

/** Engine results under two busy cores can take seconds: generous, never a speed check. */
const ENGINE = { timeout: 20_000 };

const pathOf = (page: Page, index: number) =>
  page.getByTestId(`trajectory-${index}`).getAttribute('d');

test.beforeEach(({ page }) => openSettled(page));

test('loads the first view, gradient descent and Adam on Rosenbrock, with no console errors', async ({
  page,
}) => {
  const errors = await reloadWatchingErrors(page);
  await expect(page.getByTestId('loss-chart')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Run 1: Gradient descent' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Run 2: Adam' })).toBeVisible();
  // The surface is painted (its legend shows with it) before the picture is taken.
  await expect(page.locator('.landscape__legend')).toBeVisible(ENGINE);
  await expect.poll(() => paintedPixels(page), ENGINE).toBeGreaterThan(100);
  await page.screenshot({ path: `${SHOTS}/first-view.png` });
  expect(errors).toEqual([]);
});

test('dragging a run’s α slider changes its trajectory, and only its own', async ({ page }) => {
  const gdBefore = await pathOf(page, 0);
  const adamBefore = await pathOf(page, 1);
  const slider = page
    .getByRole('region', { name: 'Run 2: Adam' })
    .getByRole('slider', { name: 'learning rate α' });
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByTestId('trajectory-1')).not.toHaveAttribute('d', adamBefore!, ENGINE);
  // Once the engine has answered the last change, gradient descent's path is as it was.
  await settled(page);
  await expect(page.getByTestId('trajectory-0')).toHaveAttribute('d', gdBefore!);
  await page.screenshot({ path: `${SHOTS}/alpha-dragged.png` });
});

test('adding an optimizer adds a trajectory and a loss line', async ({ page }) => {
  await expect(page.getByTestId('trajectory-2')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add optimizer' }).click();
  await page.getByRole('menuitem', { name: 'RMSprop' }).click();
  await expect(page.getByTestId('trajectory-2')).toBeVisible(ENGINE);
  await expect(page.getByTestId('loss-line-2')).toBeVisible(ENGINE);
  await page.screenshot({ path: `${SHOTS}/three-runs.png` });
});

test('clicking the landscape moves the start of every run', async ({ page }) => {
  const before = await Promise.all([pathOf(page, 0), pathOf(page, 1)]);
  const box = (await page.getByTestId('landscape').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.7);
  await expect(page.getByTestId('trajectory-0')).not.toHaveAttribute('d', before[0]!, ENGINE);
  await expect(page.getByTestId('trajectory-1')).not.toHaveAttribute('d', before[1]!, ENGINE);
  const first = (d: string | null) => d!.slice(1).split('L')[0];
  await expect
    .poll(async () => first(await pathOf(page, 0)) === first(await pathOf(page, 1)), ENGINE)
    .toBe(true);
});

test('the timeline scrubs: the cursor, the markers and the chart follow', async ({ page }) => {
  const scrubber = page.getByRole('slider', { name: 'step' });
  const marker = page.locator('.landscape__marker').first();
  await scrubber.fill('40');
  await expect(marker).toHaveAttribute('data-step', '40');
  await expectState(page, 's.cursor').toBe(40);
  await scrubber.focus();
  await page.keyboard.press('ArrowRight');
  await expect(marker).toHaveAttribute('data-step', '41');
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expect(marker).toHaveAttribute('data-step', String(await state(page, 's.scenario.steps')));
  await page.getByRole('button', { name: 'Jump to start' }).click();
  await expect(marker).toHaveAttribute('data-step', '0');
  await page.getByRole('button', { name: 'Play' }).click();
  await expectState(page, 's.cursor').toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expectState(page, 's.playing').toBe(false);
  // Playback moves once a frame: paused, the cursor stays put however many frames pass.
  const paused = await state(page, 's.cursor');
  await frames(page, 12);
  expect(await state(page, 's.cursor')).toBe(paused);
  await page.screenshot({ path: `${SHOTS}/scrubbed.png` });
});

test('switching problem in the picker redraws the surface and the trajectories', async ({
  page,
}) => {
  const canvas = page.locator('.landscape__canvas');
  const picture = () => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
  // Rosenbrock's surface painted (the legend shows with it) before it is taken as "before".
  await expect(page.locator('.landscape__legend')).toBeVisible(ENGINE);
  await expect.poll(() => paintedPixels(page), ENGINE).toBeGreaterThan(100);
  const before = await picture();
  const path = await pathOf(page, 1);
  await page.getByRole('button', { name: /^Problem:/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a problem' });
  await expect(dialog).toBeVisible();
  // (The picker's own picture, thumbnails painted, is problems.spec.ts's.)
  await dialog.getByRole('button', { name: 'Himmelblau' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: /^Problem: Himmelblau/ })).toBeVisible();
  await expect(page.getByTestId('trajectory-1')).not.toHaveAttribute('d', path!, ENGINE);
  await expect.poll(picture, ENGINE).not.toBe(before);
  await expect(page.locator('.landscape__minimum--global')).toHaveCount(4);
  await page.screenshot({ path: `${SHOTS}/himmelblau.png` });
});

test('the linear-regression example shows its data and the selected run’s line', async ({
  page,
}) => {
  await page.getByRole('button', { name: /^Problem:/ }).click();
  await page
    .getByRole('dialog', { name: 'Choose a problem' })
    .getByRole('button', { name: /linear regression/i })
    .click();
  await page.getByRole('tab', { name: 'Data' }).click();
  const panel = page.getByTestId('data-panel');
  await expect(panel).toBeVisible(ENGINE);
  await expect(panel.locator('circle')).toHaveCount(100);
  await page.getByRole('combobox', { name: 'mini-batch size' }).selectOption('10');
  await expectState(page, 's.scenario.problem.batchSize').toBe(10);
  await page.screenshot({ path: `${SHOTS}/linear-regression.png` });
});
