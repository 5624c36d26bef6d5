/**
 * Work that never ends, and Cancel that does not stop it (issue 23, class 7): the heaviest model a
 * link can ask for is reduced to the work budget with a notice, its runs appear while the engine
 * still computes, the engine is never declared unresponsive, and Cancel on its α sweep stops the
 * lab worker for real (the worker is terminated, not left computing what nobody waits for).
 * Assertions on what happens, never on how fast.
 */
import { expect, test } from '@playwright/test';
import { collectErrors, expectState, state, watchWorkers } from './helpers';

const RUNS = ['adam(lr=0.01)', 'gd(lr=0.1)', 'momentum(lr=0.05)', 'nesterov(lr=0.05)'];
const HEAVY =
  '/?v=1&p=mlp(layers=32-32-32,activation=tanh,batchSize=2000,data=(generator=spiral,n=2000))&n=891&' +
  [...RUNS, ...RUNS].map((o) => `o=${o}`).join('&');

test('the heaviest link is reduced with a notice, and its runs appear while the engine computes', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto(HEAVY);
  await expectState(page, 's.scenario.optimizers.length').toBe(8);

  // Reduced to the budget, and the notice says what and why (a work notice: nothing else of
  // the link was ignored).
  const steps = await expectState(page, 's.scenario.steps < 891')
    .toBe(true)
    .then(() => state(page, 's.scenario.steps'));
  const notice = page.getByRole('status', { name: 'Work notice' });
  await expect(notice).toContainText('This view was made lighter');
  await expect(notice).toContainText(
    `Steps reduced from 891 to ${String(steps)}: this model is heavy`,
  );

  // Partial results: runs with some of their points, drawn on the landscape, while the engine
  // still computes the rest.
  await expectState(
    page,
    `s.progress !== null && s.progress.done < s.progress.total && s.resultsScenario === s.scenario &&
     s.results.some((r) => r.loss.length > 0) &&
     document.querySelector('[data-testid="trajectory-1"]') !== null`,
    60_000,
  ).toBe(true);

  // Then complete: every run has all its points, and the engine was never restarted.
  await expectState(
    page,
    `s.progress === null && s.resultsScenario === s.scenario &&
     s.results.every((r) => r.loss.length === s.scenario.steps + 1 || r.divergedAt !== null)`,
    120_000,
  ).toBe(true);
  await expect(page.getByTestId('trajectory-1')).toBeVisible();
  expect(await state(page, 's.notice')).toBeNull();
  await expect(page.getByText(/stopped responding/)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('Cancel on the α sweep of the heavy model stops the lab worker for real', async ({ page }) => {
  const workers = watchWorkers(page);
  await page.goto(`${HEAVY}&chart=sweep`);
  // The runs done first, so that no other worker is being replaced when Cancel is pressed.
  await expectState(page, 's.progress === null && s.resultsScenario === s.scenario', 120_000).toBe(
    true,
  );
  const cancel = page.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeVisible({ timeout: 60_000 });
  const closedBefore = workers.closed;
  await cancel.click();
  await expect(page.getByText(/Cancelled at \d+ of 480 runs/)).toBeVisible();
  // The lab worker that was computing is terminated (a fresh one takes its place, idle).
  await expect.poll(() => workers.closed, { timeout: 20_000 }).toBeGreaterThan(closedBefore);
  // Nothing was restarted as a failure, and Resume goes on.
  expect(await state(page, 's.notice')).toBeNull();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
});
