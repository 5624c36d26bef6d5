import { expect, test, type Page } from '@playwright/test';
import {
  collectPageErrors,
  expectState,
  openSettled,
  stableBox,
  state,
  watchLabRequests,
} from './helpers';

/** The α sweep tab: computed in the lab worker, cancellable, drag to set α, tune every run. */

// 120 runs in the lab worker: seconds of work, more when the machine is shared.
test.describe.configure({ timeout: 90_000 });

async function openSweep(page: Page) {
  await page.getByRole('tab', { name: 'α sweep' }).click();
  await expect(page.getByTestId('sweep-chart')).toBeVisible();
}

/** Waits until every sweep is complete: the progress bar is gone and Tune is enabled. */
async function sweepComplete(page: Page) {
  await expect(page.getByRole('progressbar', { name: 'Sweep progress' })).toHaveCount(0, {
    timeout: 45_000,
  });
  await expect(page.getByRole('button', { name: 'Tune α for every run' })).toBeEnabled();
}

test.beforeEach(({ page }) => openSettled(page));

test('the sweep completes with 60 α per run, diverged α marked, each run’s α drawn', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await openSweep(page);
  await sweepComplete(page);
  await expect(page.getByTestId('sweep-line-0')).toHaveAttribute('data-points', '60');
  await expect(page.getByTestId('sweep-line-1')).toHaveAttribute('data-points', '60');
  // GD on Rosenbrock from (−1.5, 2) diverges from α ≈ 3e-3 up.
  await expect(page.getByTestId('sweep-diverged-0').locator('path')).not.toHaveCount(0);
  await expect(page.getByTestId('sweep-lr-0')).toHaveAttribute('data-lr', '0.001');
  await expect(page.getByRole('group', { name: /^Sweep of final f − f\*/ })).toBeVisible();
  await page.getByLabel('sweep metric').selectOption('steps');
  await expect(page.getByTestId('sweep-chart-axis')).toHaveAttribute('title', 'steps to tolerance');
  expect(errors).toEqual([]);
});

test('dragging on the chart sets the selected run’s α, and its trajectory follows', async ({
  page,
}) => {
  await state(page, 's.selectRun(1)');
  await openSweep(page);
  await sweepComplete(page);
  const before = await page.getByTestId('trajectory-1').getAttribute('d');
  const plot = await stableBox(page.getByTestId('sweep-chart-plot'));
  const y = plot.y + plot.height / 2;
  await page.mouse.move(plot.x + plot.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(plot.x + plot.width * 0.45, y, { steps: 5 });
  await page.mouse.move(plot.x + plot.width * 0.55, y, { steps: 5 });
  await page.mouse.up();
  // 55 % across six decades from 1e-5: α ≈ 10^(−5 + 3.3) ≈ 0.02; GD (run 0) keeps its α.
  await expectState(page, 's.scenario.optimizers[1].lr').toBeGreaterThan(0.012);
  const lr = (await state(page, 's.scenario.optimizers[1].lr')) as number;
  expect(lr).toBeLessThan(0.035);
  expect(await state(page, 's.scenario.optimizers[0].lr')).toBe(0.001);
  await expect(page.getByTestId('trajectory-1')).not.toHaveAttribute('d', before!, {
    timeout: 20_000,
  });
  await expect(page.getByTestId('sweep-lr-1')).toHaveAttribute('data-lr', String(lr));
  // Keys step along the grid.
  await page.getByRole('slider', { name: 'learning rate α of Adam' }).press('ArrowRight');
  await expectState(page, 's.scenario.optimizers[1].lr').toBeGreaterThan(lr);
});

test('Cancel stops the sweep and Resume carries on', async ({ page }) => {
  // Long runs, so the sweep is still computing when Cancel is pressed (about 3 s of work).
  await state(page, 's.setSteps(100000)');
  const lab = await watchLabRequests(page, 'sweep');
  await openSweep(page);
  const bar = page.getByRole('progressbar', { name: 'Sweep progress' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuenow', /^\d+$/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  const askedAtCancel = (await lab()).asked;
  await expect(page.getByText(/^Cancelled at \d+ of 120 runs$/)).toBeVisible();
  await expect(bar).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Tune α for every run' })).toBeDisabled();
  // A chunk in flight may still land; once it has, nothing more was asked of the lab worker.
  await expect.poll(async () => (await lab()).pending, { timeout: 30_000 }).toBe(0);
  expect((await lab()).asked).toBe(askedAtCancel);
  await expect(page.getByText(/^Cancelled at \d+ of 120 runs$/)).toBeVisible();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByText(/^Sweeping α: \d+ of 120 runs$/)).toBeVisible();
  await expect.poll(async () => (await lab()).asked).toBeGreaterThan(askedAtCancel);
});

test('Tune α for every run sets each run to its best α and says so on the run', async ({
  page,
}) => {
  await openSweep(page);
  await sweepComplete(page);
  await page.getByRole('button', { name: 'Tune α for every run' }).click();
  await expectState(page, 's.scenario.optimizers.map((o) => o.label)').toEqual([
    'Gradient descent · tuned α',
    'Adam · tuned α',
  ]);
  const specs = (await state(page, 's.scenario.optimizers')) as { lr: number; label?: string }[];
  // GD's best α is the largest that does not diverge, above the default 0.001 and below 3e-3.
  expect(specs[0]!.lr).toBeGreaterThan(0.001);
  expect(specs[0]!.lr).toBeLessThan(0.003);
  expect(specs[1]!.lr).not.toBe(0.1);
  await expect(page.getByTestId('sweep-status')).toContainText('each at its best on this start');
  await expect(page.getByRole('textbox', { name: 'Name of run 1' })).toHaveValue(
    'Gradient descent · tuned α',
  );
});
