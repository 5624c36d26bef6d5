import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors, expectState, settled, state } from './helpers';

/**
 * The model views (issue 6): a classifier's Data tab (points, probability, decision boundary at
 * the cursor), the Accuracy chart, the model settings and the user's own CSV data.
 */

const SHOTS = 'test-results/screenshots';

/** Training under two busy cores can take seconds: generous, never a speed check. */
const ENGINE = { timeout: 20_000 };

// Each test trains 337-parameter networks (some twice): seconds, more on a shared machine.
test.describe.configure({ timeout: 90_000 });

/**
 * Waits until the results are those of the scenario shown (the worker has trained every run):
 * results of the same problem but older steps or α (a setter in between) do not count.
 */
const trained = settled;

/** The MLP on moons, Adam at lr 0.01 over 500 steps (it trains), the Data tab open. */
async function openMlp(page: Page) {
  await page.goto('/');
  await page.waitForFunction(() => (window as { __descent?: unknown }).__descent !== undefined);
  await state(
    page,
    `(s.setProblem({ type: 'mlp' }), s.setSteps(500),
      s.scenario.optimizers.forEach((o, i) => o.type === 'adam' && s.updateOptimizer(i, { lr: 0.01 })),
      s.pause(), true)`,
  );
  // setProblem waits for the models' code on a first visit: settled before it, the test would
  // read the first view's results, then a model's partial ones (src/state/kinds-gate.ts).
  await expectState(page, 's.scenario.problem.type').toBe('mlp');
  await trained(page);
  await page.getByRole('tab', { name: 'Data' }).click();
}

const boundary = (page: Page) => page.getByTestId('decision-boundary');

test('the Data tab of the MLP shows the points and a decision boundary that follows the timeline', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await openMlp(page);
  await expect(page.getByTestId('classifier-points')).toHaveAttribute('data-count', '200');
  await expect(boundary(page)).toBeVisible(ENGINE);

  const scrubber = page.getByRole('slider', { name: 'step' });
  const plot = page.getByTestId('classifier-plot');
  await scrubber.fill('5');
  await expect(page.getByTestId('classifier-step')).toHaveText('5');
  // The grid comes from the worker after the step shows: read it once it is step 5's.
  await expect(plot).toHaveAttribute('data-step', '5', ENGINE);
  await expect(plot).toHaveAttribute('data-checksum', /.+/);
  const early = await boundary(page).getAttribute('d');
  const earlySum = await plot.getAttribute('data-checksum');

  await scrubber.fill('400');
  await expect(page.getByTestId('classifier-step')).toHaveText('400');
  await expect(plot).toHaveAttribute('data-step', '400', ENGINE);
  await expect(boundary(page)).not.toHaveAttribute('d', early!);
  await expect(plot).not.toHaveAttribute('data-checksum', earlySum!);
  await expect(page.getByTestId('classifier-accuracy')).toHaveText(/%$/);
  await page.screenshot({ path: `${SHOTS}/models-data.png` });
  expect(errors).toEqual([]);
});

test('the Accuracy tab draws one line per run, and Adam ends above 90%', async ({ page }) => {
  await openMlp(page);
  await page.getByRole('tab', { name: 'Accuracy' }).click();
  const runs = (await state(page, 's.scenario.optimizers.length')) as number;
  await expect(page.locator('[data-testid^="loss-line-"]')).toHaveCount(runs);
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-measure', 'accuracy');
  await expect(page.getByTestId('loss-chart-axis')).toContainText('accuracy');
  const adam = (await state(
    page,
    `s.scenario.optimizers.findIndex((o) => o.type === 'adam')`,
  )) as number;
  expect(adam).toBeGreaterThanOrEqual(0);
  const final = (await state(
    page,
    `(() => { const a = s.accuracy[${adam}]; return a[a.length - 1]; })()`,
  )) as number;
  expect(final).toBeGreaterThan(0.9);
});

test('changing the architecture in the model settings sets hidden and trains again', async ({
  page,
}) => {
  await openMlp(page);
  await page.getByRole('button', { name: 'Model settings' }).click();
  await expect(page.getByTestId('mlp-architecture')).toHaveText('2-16-16-1 · 337 parameters');
  const units = page.getByRole('spinbutton', { name: 'hidden layer 1 units' });
  await units.fill('8');
  await units.press('Enter');
  await expectState(page, 's.scenario.problem.hidden').toEqual([8, 16]);
  await expect(page.getByTestId('mlp-architecture')).toHaveText('2-8-16-1 · 185 parameters');
  // The worker trains every run again: results of the new network, 185 parameters each.
  await trained(page);
  await expectState(page, 's.results.every((r) => r.dim === 185)').toBe(true);

  await page.getByRole('button', { name: 'add a hidden layer' }).click();
  await expectState(page, 's.scenario.problem.hidden').toEqual([8, 16, 16]);
  await page.getByRole('combobox', { name: 'activation' }).selectOption('relu');
  await expectState(page, 's.scenario.problem.activation').toBe('relu');
});

test('pasting a CSV applies its points, and the data view shows them', async ({ page }) => {
  await openMlp(page);
  await page.getByRole('button', { name: 'Your data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your data' });
  await expect(dialog).toBeVisible();
  const csv = [
    'x1,x2,label',
    '-1,-1,0',
    '-1.2,-0.6,0',
    '-0.5,-1,0',
    '1,1,1',
    '0.8,1.3,1',
    '1.2,0.7,1',
  ];
  await dialog.getByRole('textbox', { name: 'CSV data' }).fill(csv.join('\n'));
  await expect(dialog.getByTestId('csv-preview')).toContainText('6 points, 2 classes');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();
  await expectState(page, 's.scenario.problem.data?.points.length').toBe(6);
  await expect(page.getByTestId('classifier-points')).toHaveAttribute('data-count', '6');
  await trained(page);
  await expect(boundary(page)).toBeVisible(ENGINE);

  // And back to the generated moons.
  await page.getByRole('button', { name: 'Use generated data' }).click();
  await expectState(page, 's.scenario.problem.data === undefined').toBe(true);
  await expect(page.getByTestId('classifier-points')).toHaveAttribute('data-count', '200');
});

test('a broken CSV shows its line-numbered message in place, and Apply is disabled', async ({
  page,
}) => {
  await openMlp(page);
  await page.getByRole('button', { name: 'Your data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your data' });
  await dialog
    .getByRole('textbox', { name: 'CSV data' })
    .fill('x1,x2,label\n0,0,0\n1,abc,1\n2,2,7');
  await expect(dialog.getByTestId('csv-errors')).toContainText('Line 3: column 2 is "abc"');
  await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/models-csv-error.png` });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expectState(page, 's.scenario.problem.data === undefined').toBe(true);
});

test('linear regression takes the user’s [x, y] points too, and goes back to the generated data', async ({
  page,
}) => {
  await page.goto('/');
  await page.waitForFunction(() => (window as { __descent?: unknown }).__descent !== undefined);
  await state(page, `(s.setProblem({ type: 'linear-regression' }), true)`);
  await page.getByRole('tab', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Your data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your data' });
  await dialog.getByRole('button', { name: 'Use the example' }).click();
  await expect(dialog.getByTestId('csv-preview')).toContainText('5 points, x from 0.1 to 1.8');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expectState(page, 's.scenario.problem.data?.points').toEqual([
    [0.1, 1.3],
    [0.5, 1.9],
    [0.9, 2.8],
    [1.4, 3.9],
    [1.8, 4.4],
  ]);
  await expect(page.locator('.data-plot__points circle')).toHaveCount(5, ENGINE);
  await page.getByRole('button', { name: 'Use generated data' }).click();
  await expect(page.locator('.data-plot__points circle')).toHaveCount(100);
});
