import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collectPageErrors, settled, state } from './helpers';
import { ProblemPickerPage } from './problem-picker';

/**
 * Real data (issue 22): choosing the handwritten digits in the problem picker loads the data
 * set on demand (never with the first view), trains a 64-32-10 network in the worker, and the
 * accuracy and loss charts show each run's training line, its validation line dashed, and its
 * test score at the end; the Data tab credits the set and shows the split and the scores.
 */

/** Training under two busy cores can take seconds: generous, never a speed check. */
const ENGINE = { timeout: 30_000 };
test.describe.configure({ timeout: 120_000 });

test('the digits: chosen in the picker, trained, with training and validation charted', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const dataRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/data/')) dataRequests.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByTestId('trajectory-0')).toBeVisible(ENGINE);
  // The first view loads no data set.
  expect(dataRequests).toEqual([]);

  const picker = new ProblemPickerPage(page);
  await picker.open();
  const card = picker.dialog.locator('[data-problem="softmax-mlp:digits"]');
  await expect(card.getByTestId('card-credit')).toContainText('E. Alpaydin, C. Kaynak (1998)');
  await expect(card.getByTestId('card-credit')).toContainText('CC BY 4.0');
  await card.click();
  await expect(picker.dialog).toBeHidden();
  await expect(picker.button('MLP 64-32-10 (relu) on digits')).toBeVisible();
  await settled(page);
  // Fetched by the workers that build the problem (runs, surfaces: each its own copy), the
  // digits file alone.
  expect(new Set(dataRequests)).toEqual(new Set(['/data/digits.csv.gz']));

  // Every run trained: its training accuracy rises well past chance (10 %).
  const finalAccuracy = await state(page, `s.accuracy.map((a) => a[a.length - 1])`);
  expect((finalAccuracy as number[]).some((a) => a > 0.5)).toBe(true);

  await page.getByRole('tab', { name: 'Accuracy' }).click();
  const chart = page.getByTestId('loss-chart');
  await expect(chart).toHaveAttribute('data-measure', 'accuracy');
  await expect(chart.getByTestId('loss-line-0')).toHaveAttribute('data-points', /^[1-9]/);
  await expect(chart.getByTestId('validation-line-0')).toHaveAttribute('data-points', /^[1-9]/);
  await expect(chart.getByTestId('test-mark-0')).toBeVisible();
  await expect(page.getByTestId('held-out-key')).toContainText('validation');
  // The validation line is drawn dashed, in the run's colour.
  const dash = await chart
    .getByTestId('validation-line-0')
    .evaluate((path) => getComputedStyle(path).strokeDasharray);
  expect(dash).not.toBe('none');

  await page.screenshot({ path: 'test-results/screenshots/tables-accuracy.png' });

  await page.getByRole('tab', { name: 'Loss' }).click();
  await expect(chart).toHaveAttribute('data-measure', 'loss');
  await expect(chart.getByTestId('validation-line-0')).toBeVisible();

  await page.getByRole('tab', { name: 'Data' }).click();
  const panel = page.getByTestId('table-panel');
  await expect(panel.getByTestId('table-credit')).toContainText(
    'Optical Recognition of Handwritten Digits',
  );
  await expect(panel.getByTestId('table-shape')).toHaveText(
    '1,797 rows · 64 features · 10 classes',
  );
  await expect(panel.getByTestId('table-split')).toHaveText(
    'training 1,437 · validation 180 · test 180',
  );
  await expect(panel.getByTestId('score-validation')).toContainText('%');
  await expect(panel.getByTestId('score-test')).toContainText('%');
  await page.screenshot({ path: 'test-results/screenshots/tables-data.png' });
  expect(errors).toEqual([]);
});

test('a table classifier’s link reopens it, its data set fetched by the worker', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto('/?p=softmax-regression(data=(set=wine),split=(test=0.2))&n=60');
  await settled(page);
  await page.getByRole('tab', { name: 'Data' }).click();
  const panel = page.getByTestId('table-panel');
  await expect(panel.getByTestId('table-split')).toHaveText(
    'training 124 · validation 18 · test 36',
  );
  await expect(panel.getByTestId('table-set')).toHaveValue('wine');
  await expect(panel.getByTestId('score-test')).toContainText('%', ENGINE);
  // The Data tab and the charts' key pass axe's WCAG 2.1 AA rules (as e2e/a11y.spec.ts scans).
  const scan = async () => {
    const { violations } = await new AxeBuilder({ page })
      .include('[data-testid="table-panel"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  expect(await scan()).toEqual([]);
  await page.getByRole('tab', { name: 'Accuracy' }).click();
  await expect(page.getByTestId('held-out-key')).toBeVisible(ENGINE);
  const key = await new AxeBuilder({ page })
    .include('[data-testid="loss-chart"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(key.violations.map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the 3D view of a table classifier: its worker loads the data set too', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/?p=softmax-regression(data=(set=iris))&n=40&view=3d');
  const canvas = page.getByTestId('landscape-3d');
  await expect(canvas).toHaveAttribute('data-surface', 'ready', ENGINE);
  await settled(page);
  expect(errors).toEqual([]);
});
