/**
 * A reveal that teaches (issue 14, points 1 and 8; docs/app.md, "Trails and the reveal"): during
 * a reveal every view shows only the past — the landscape's paths, the loss curves, the
 * divergence cross and the run cards' final loss wait for the cursor — at a pace of the whole
 * run in about 5 s, and a run that leaves the window gets an arrow on the edge with its step.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectState, settled, state } from './helpers';

/** The learning-rate preset (Booth, 100 steps): α = 0.12 diverges at step 49. */
const LEARNING_RATE =
  '/?v=1&p=booth&x0=-5,-5&n=100&o=gd(lr=0.005)&o=gd(lr=0.05)&o=gd(lr=0.12)&predict=1';

async function openPredicting(page: Page, extra = '') {
  await page.goto(LEARNING_RATE + extra);
  await expect(page.getByTestId('predict-overlay')).toBeVisible({ timeout: 20_000 });
  await settled(page);
}

/** Pauses the playing reveal, then puts the cursor on `step` (the test handle's store). */
async function pauseAt(page: Page, step: number) {
  await state(page, 's.pause()');
  await expectState(page, 's.playing').toBe(false);
  await state(page, `s.setCursor(${step})`);
  await expectState(page, 's.cursor').toBe(step);
}

test('a reveal shows only the past, at the whole run in 5 s', async ({ page }) => {
  const errors = collectErrors(page);
  await openPredicting(page);
  await page.keyboard.press('r');
  await expect(page.getByTestId('predict-overlay')).toHaveCount(0);
  // Its own pace (100 steps / 5 s) and the future hidden: the user chose neither.
  await expectState(page, 's.speed').toBe(20);
  await expectState(page, 's.trails').toBe('hidden');
  await expectState(page, 's.playing && s.cursor < s.scenario.steps').toBe(true);
  await expect(page.getByRole('combobox', { name: 'playback speed' })).toHaveValue('20');

  await pauseAt(page, 30);
  for (const i of [0, 1, 2]) {
    await expect(page.getByTestId(`loss-line-${i}`)).toHaveAttribute('data-last-step', '30');
    await expect(page.getByTestId(`marker-${i}`)).toHaveAttribute('data-last-step', '30');
    await expect(page.getByTestId(`run-status-${i}`)).toHaveAttribute('data-final', 'false');
    await expect(page.getByTestId(`run-status-${i}`)).not.toContainText('final loss');
  }
  // The static whole paths are hidden; the divergence is not announced before step 49.
  await expect(page.getByTestId('trajectory-2')).toBeHidden();
  await expect(page.getByTestId('loss-diverged-2')).toHaveCount(0);
  await expect(page.locator('.run-status__diverged')).toHaveCount(0);

  // Past the divergence: the cross, the badge, and the run stopped at its last step.
  await state(page, 's.setCursor(60)');
  await expect(page.getByTestId('loss-diverged-2')).toBeVisible();
  await expect(page.locator('.run-status__diverged')).toHaveText('diverged at step 49');
  await expect(page.getByTestId('loss-line-2')).toHaveAttribute('data-last-step', '48');
  await expect(page.getByTestId('marker-2')).toHaveAttribute('data-last-step', '48');
  await expect(page.getByTestId('loss-line-0')).toHaveAttribute('data-last-step', '60');

  // At the end everything is whole, and the final losses show.
  await state(page, 's.setCursor(100)');
  await expect(page.getByTestId('trajectory-0')).toBeVisible();
  await expect(page.getByTestId('run-status-0')).toHaveAttribute('data-final', 'true');
  await expect(page.getByTestId('run-status-0')).toContainText('final loss');
  expect(errors).toEqual([]);
});

test('a speed and trails the user chose are kept by the reveal; whole shows the future', async ({
  page,
}) => {
  await openPredicting(page);
  await page.getByRole('combobox', { name: 'playback speed' }).selectOption('10');
  // The trails button cycles whole → faded → hidden: from the default (faded), twice.
  const trails = page.getByTestId('trails-toggle');
  await trails.click();
  await trails.click();
  await expect(trails).toHaveAttribute('data-trails', 'whole');
  await expect(trails).toHaveAccessibleName('Path ahead: whole path');
  await page.keyboard.press('r');
  await expectState(page, 's.playing').toBe(true);
  expect(await state(page, 's.speed')).toBe(10);
  expect(await state(page, 's.trails')).toBe('whole');
  await pauseAt(page, 30);
  await expect(page.getByTestId('loss-line-2')).toHaveAttribute('data-last-step', '48');
  await expect(page.getByTestId('loss-diverged-2')).toBeVisible();
  await expect(page.getByTestId('trajectory-2')).toBeVisible();

  // Future faded: the path is there, faint; the cross waits for its step.
  await trails.click();
  await expect(trails).toHaveAttribute('data-trails', 'faded');
  await expect(page.getByTestId('loss-line-2')).toHaveAttribute('data-last-step', '30');
  await expect(page.getByTestId('loss-diverged-2')).toHaveCount(0);
  await expect(page.locator('.landscape__run[data-future="faded"]')).toHaveCount(3);
});

test('a diverging run: each step drawn, an arrow on the edge with its step', async ({ page }) => {
  await openPredicting(page, '&present=1');
  await page.keyboard.press('r');
  await expectState(page, 's.playing').toBe(true);
  await pauseAt(page, 47);
  // The diverging run zig-zags in long jumps: drawn thin with a dot per step.
  await expect(page.locator('.landscape__run--steps')).toHaveCount(1);
  const arrow = page.getByTestId('edge-arrow-2');
  await expect(arrow).toBeVisible();
  await expect(arrow).toContainText('step 47');
  await expect(page.getByTestId('marker-2')).toBeHidden();
  // Runs in the window have no arrow.
  await expect(page.getByTestId('edge-arrow-1')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/reveal-edge-arrow.png' });

  await state(page, 's.setCursor(20)');
  await expect(page.getByTestId('marker-2')).toHaveAttribute('data-last-step', '20');
  await page.screenshot({ path: 'test-results/screenshots/reveal-mid.png' });
});

test('the trails travel in the link, both ways', async ({ page }) => {
  await page.goto('/?v=1&p=booth&x0=-5,-5&n=100&o=gd(lr=0.05)&t=30&trails=hidden');
  const trails = page.getByTestId('trails-toggle');
  await expect(trails).toHaveAttribute('data-trails', 'hidden', { timeout: 20_000 });
  await expect(page.getByTestId('loss-line-0')).toHaveAttribute('data-last-step', '30');
  // hidden → whole: the address bar follows once the change has settled.
  await trails.click();
  await expect(trails).toHaveAttribute('data-trails', 'whole');
  await expect.poll(() => new URL(page.url()).searchParams.get('trails')).toBe('whole');
  // → faded, the default: left out of the link.
  await trails.click();
  await expect.poll(() => new URL(page.url()).searchParams.has('trails')).toBe(false);
});
