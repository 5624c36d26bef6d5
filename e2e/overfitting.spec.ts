/**
 * Overfitting and early stopping (issue 22, point 3; docs/models.md, "Overfitting and early
 * stopping"): the preset trains a 30-64-2 network on 227 rows of the breast cancer set; the loss
 * chart shows gradient descent's validation line turning up at step 54 while its training line
 * keeps falling, each run's early-stopping step marked and labelled, in the hover too; Adam's
 * mini-batches put epoch ticks on the timeline and "epoch e, batch b of B" in its readout and the
 * chart's hover; the runs table has the validation columns. In English and in Chinese, with
 * screenshots at 1280 × 720.
 */
import { expect, test, type Page } from '@playwright/test';
import { getPreset } from '../src/presets/presets';
import { encodeLink } from '../src/url/codec';
import { DEFAULT_VIEW } from '../src/url/fields';
import { collectPageErrors, settled, state } from './helpers';

/** Training under two busy cores can take seconds: generous, never a speed check. */
const ENGINE = { timeout: 45_000 };
test.describe.configure({ timeout: 150_000 });
test.use({ viewport: { width: 1280, height: 720 } });

async function openOverfitting(page: Page, lang?: 'zh'): Promise<void> {
  const preset = getPreset('overfitting')!;
  const view = { ...DEFAULT_VIEW, ...preset.view, ...(lang ? { lang } : {}) };
  await page.goto(`/?${encodeLink({ scenario: preset.scenario, view })}`);
  await expect(page.getByTestId('loss-chart')).toBeVisible(ENGINE);
  await expect(page.getByTestId('early-stop-0')).toBeVisible(ENGINE);
  await settled(page);
}

/** The y pixel of a validation line's path at the first point at or right of x (its `d`'s points). */
async function pathPoints(page: Page, testId: string): Promise<[number, number][]> {
  const d = await page.getByTestId(testId).getAttribute('d');
  return [...(d ?? '').matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

test('the preset: validation turns up while training falls, early stopping marked', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await openOverfitting(page);
  const chart = page.getByTestId('loss-chart');
  await expect(chart).toHaveAttribute('data-measure', 'loss');

  // The store's runs say what the preset's text says (checked in the core by the unit test).
  const best = await state(
    page,
    `s.results.map((r) => { const v = r.scores.validationLoss; let b = 0;
       for (let k = 0; k < v.length; k++) if (v[k] < v[b]) b = k; return b; })`,
  );
  expect(best).toEqual([54, 17]);

  // Each run's mark sits at its lowest validation loss; the selected run's (Adam's) is labelled.
  await expect(chart.getByTestId('early-stop-0')).toHaveAttribute('data-step', '54');
  await expect(chart.getByTestId('early-stop-1')).toHaveAttribute('data-step', '17');
  await expect(chart.getByTestId('early-stop-label')).toHaveText(
    'early stopping would stop here · step 17',
  );
  await expect(page.getByTestId('held-out-key')).toContainText('early stop');

  // On screen, gradient descent's dashed line turns up after its mark (y grows downward: the
  // validation loss at the end is drawn higher, a smaller y, than at the mark), while its solid
  // training line ends lower than it was at the mark.
  const markX = Number(await chart.getByTestId('early-stop-0').locator('line').getAttribute('x1'));
  const validation = await pathPoints(page, 'validation-line-0');
  const training = await pathPoints(page, 'loss-line-0');
  const yAt = (points: [number, number][], x: number) => points.find(([px]) => px >= x - 0.5)![1];
  const end = (points: [number, number][]) => points[points.length - 1]!;
  expect(end(validation)[1]).toBeLessThan(yAt(validation, markX) - 10);
  expect(end(training)[1]).toBeGreaterThan(yAt(training, markX) + 10);

  // The hover reads the validation value and the early-stopping step of each run, and the
  // selected run's epoch and batch.
  const box = (await chart.locator('svg').first().boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  const hover = page.getByTestId('loss-chart-hover');
  await expect(hover).toBeVisible();
  await expect(hover.getByTestId('hover-validation')).toHaveCount(2);
  await expect(hover.getByTestId('hover-validation').first()).toContainText('val.');
  await expect(hover.getByTestId('hover-early-stop').first()).toHaveText('early stop at step 54');
  await expect(hover.getByTestId('loss-chart-hover-epoch')).toHaveText(
    /^Adam: epoch \d+, batch [1-8] of 8$/,
  );
  await page.screenshot({ path: 'test-results/screenshots/overfitting-loss-en.png' });
  await page.mouse.move(0, 0);

  // The runs table: each run's early-stop step and its validation loss at the cursor.
  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByTestId('runs-table');
  await expect(table.locator('th[data-column="earlyStop"]')).toHaveText(/early stop/);
  await expect(table.locator('tr[data-run="0"] td[data-column="earlyStop"]')).toHaveText('54');
  await expect(table.locator('tr[data-run="1"] td[data-column="earlyStop"]')).toHaveText('17');
  await expect(table.locator('tr[data-run="0"] td[data-column="validationLoss"]')).toHaveText(
    /^0\.15/,
  );

  // The accuracy chart marks the same steps, labelled at its foot.
  await page.getByRole('tab', { name: 'Accuracy' }).click();
  await expect(chart).toHaveAttribute('data-measure', 'accuracy');
  await expect(chart.getByTestId('early-stop-0')).toHaveAttribute('data-step', '54');
  await expect(chart.getByTestId('early-stop-label')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/overfitting-accuracy-en.png' });
  expect(errors).toEqual([]);
});

test('the timeline: epoch ticks and "epoch e, batch b of B" for the mini-batch run', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await openOverfitting(page);
  // Adam (selected) draws batches of 32 from 227 rows: 8 a epoch, 600 steps = 75 epochs.
  const ticks = page.getByTestId('epoch-ticks');
  await expect(ticks).toHaveAttribute('data-per-epoch', '8');
  const labels = ticks.locator('.timeline__epoch-label');
  // Thinned to round epochs that fit: fewer than 75, every one a multiple of the first.
  await expect(labels.first()).toHaveText(/^epoch \d+$/);
  const steps = (await ticks
    .locator('.timeline__epoch-tick')
    .evaluateAll((spans) =>
      spans.map((span) => Number(span.getAttribute('data-step'))),
    )) as number[];
  expect(steps.length).toBeGreaterThan(1);
  expect(steps.length).toBeLessThan(75);
  for (const step of steps) expect(step % steps[0]!).toBe(0);
  expect(steps[0]! % 8).toBe(0);
  // At least one label, on an epoch boundary.
  const labelSteps = (await labels.evaluateAll((spans) =>
    spans.map((span) => Number(span.getAttribute('data-step'))),
  )) as number[];
  expect(labelSteps.length).toBeGreaterThan(0);
  for (const step of labelSteps) expect(step % 8).toBe(0);
  // No two labels overlap.
  const boxes = await labels.evaluateAll((spans) =>
    spans
      .map((span) => span.getBoundingClientRect())
      .map((r) => ({ left: r.left, right: r.right })),
  );
  for (let i = 1; i < boxes.length; i++)
    expect(boxes[i]!.left).toBeGreaterThan(boxes[i - 1]!.right);

  // The readout says the epoch and batch at the cursor (the end: step 600 = batch 1 of epoch 76).
  const epoch = page.getByTestId('timeline-epoch');
  await expect(epoch).toHaveText('epoch 76, batch 1 of 8');
  await expect(epoch).toHaveAttribute('data-mode', 'mini-batch');
  // Step to 17 (Home, then 17 × →): epoch 3, batch 2 of 8.
  await page.keyboard.press('Home');
  await expect(epoch).toHaveText('epoch 1, batch 1 of 8');
  for (let i = 0; i < 17; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('timeline-readout')).toContainText('17');
  await expect(epoch).toHaveText('epoch 3, batch 2 of 8');
  await expect(page.getByRole('slider', { name: 'step' })).toHaveAttribute(
    'aria-valuetext',
    'step 17 of 600, epoch 3, batch 2 of 8',
  );

  // Gradient descent runs on the full batch: no ticks, and the readout says so.
  await page.getByRole('region', { name: /^Run 1: Gradient descent/ }).click();
  await expect.poll(() => state(page, 's.selectedRun')).toBe(0);
  await expect(epoch).toHaveText('full batch (227)');
  await expect(epoch).toHaveAttribute('title', 'full batch: every step is an epoch');
  await expect(page.getByTestId('epoch-ticks')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('in Chinese: the marker, the hover and the epochs', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openOverfitting(page, 'zh');
  const chart = page.getByTestId('loss-chart');
  await expect(chart.getByTestId('early-stop-label')).toHaveText('早停会停在这里 · 第 17 步');
  await expect(page.getByTestId('timeline-epoch')).toHaveText('第 76 轮，第 1/8 批');
  await expect(
    page.getByTestId('epoch-ticks').locator('.timeline__epoch-label').first(),
  ).toHaveText(/^第 \d+ 轮$/);
  const box = (await chart.locator('svg').first().boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await expect(page.getByTestId('hover-early-stop').first()).toHaveText('早停于第 54 步');
  await page.screenshot({ path: 'test-results/screenshots/overfitting-loss-zh.png' });
  expect(errors).toEqual([]);
});
