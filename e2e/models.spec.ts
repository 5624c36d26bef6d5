import { expect, test, type Page } from '@playwright/test';
import { state } from './helpers';

/**
 * The model views (issue 6): a classifier's Data tab (points, probability, decision boundary at
 * the cursor), the Accuracy chart, the model settings and the user's own CSV data.
 */

const SHOTS = 'test-results/screenshots';

/** True once the results belong to the problem shown (the worker has trained every run). */
const trained = (page: Page) =>
  state(page, 's.results !== null && s.resultsScenario?.problem === s.scenario.problem');

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
  await expect.poll(() => trained(page), { timeout: 20_000 }).toBe(true);
  await page.getByRole('tab', { name: 'Data' }).click();
}

const boundary = (page: Page) => page.getByTestId('decision-boundary');

test('the Data tab of the MLP shows the points and a decision boundary that follows the timeline', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openMlp(page);
  await expect(page.getByTestId('classifier-points')).toHaveAttribute('data-count', '200');
  await expect(boundary(page)).toBeVisible();

  const scrubber = page.getByRole('slider', { name: 'step' });
  await scrubber.fill('5');
  await expect(page.getByTestId('classifier-step')).toHaveText('5');
  await expect(page.getByTestId('classifier-plot')).toHaveAttribute('data-checksum', /.+/);
  const early = await boundary(page).getAttribute('d');
  const earlySum = await page.getByTestId('classifier-plot').getAttribute('data-checksum');

  await scrubber.fill('400');
  await expect(page.getByTestId('classifier-step')).toHaveText('400');
  await expect(boundary(page)).not.toHaveAttribute('d', early!);
  await expect(page.getByTestId('classifier-plot')).not.toHaveAttribute('data-checksum', earlySum!);
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
  expect(await state(page, 's.scenario.problem.hidden')).toEqual([8, 16]);
  await expect(page.getByTestId('mlp-architecture')).toHaveText('2-8-16-1 · 185 parameters');
  // The worker trains every run again: results of the new network, 185 parameters each.
  await expect.poll(() => trained(page), { timeout: 20_000 }).toBe(true);
  expect(await state(page, 's.results.every((r) => r.dim === 185)')).toBe(true);

  await page.getByRole('button', { name: 'add a hidden layer' }).click();
  expect(await state(page, 's.scenario.problem.hidden')).toEqual([8, 16, 16]);
  await page.getByRole('combobox', { name: 'activation' }).selectOption('relu');
  expect(await state(page, 's.scenario.problem.activation')).toBe('relu');
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
  expect(await state(page, 's.scenario.problem.data.points.length')).toBe(6);
  await expect(page.getByTestId('classifier-points')).toHaveAttribute('data-count', '6');
  await expect.poll(() => trained(page), { timeout: 20_000 }).toBe(true);
  await expect(boundary(page)).toBeVisible();

  // And back to the generated moons.
  await page.getByRole('button', { name: 'Use generated data' }).click();
  expect(await state(page, 's.scenario.problem.data')).toBeUndefined();
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
  expect(await state(page, 's.scenario.problem.data')).toBeUndefined();
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
  expect(await state(page, 's.scenario.problem.data.points')).toEqual([
    [0.1, 1.3],
    [0.5, 1.9],
    [0.9, 2.8],
    [1.4, 3.9],
    [1.8, 4.4],
  ]);
  await expect(page.locator('.data-plot__points circle')).toHaveCount(5);
  await page.getByRole('button', { name: 'Use generated data' }).click();
  await expect(page.locator('.data-plot__points circle')).toHaveCount(100);
});
