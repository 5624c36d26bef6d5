/**
 * L-BFGS in the app (issue 21, docs/optimizers.md#lbfgs): added from the menu with its sliders
 * and its line-search select; switching the line search on makes its steps evaluate f several
 * times, and the landscape draws the trial points of the step at the cursor with a key; the loss
 * chart's x axis switches to function evaluations, and the link keeps both; the preset opens so.
 */
import { expect, test, type Page } from '@playwright/test';
import { getPreset } from '../src/presets/presets';
import { encodeLink } from '../src/url/codec';
import { DEFAULT_VIEW } from '../src/url/fields';
import { collectErrors, expectState, state } from './helpers';

/** Engine results under two busy cores can take seconds: generous, never a speed check. */
const ENGINE = { timeout: 20_000 };

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = collectErrors(page);
});
test.afterEach(() => expect(errors).toEqual([]));

/** Pauses and puts the cursor on `step`, as the timeline would. */
const cursorAt = (page: Page, step: number) =>
  page.evaluate((k) => {
    const store = (
      window as unknown as {
        __descent: { store: { getState(): { pause(): void; setCursor(k: number): void } } };
      }
    ).__descent.store.getState();
    store.pause();
    store.setCursor(k);
  }, step);

test('L-BFGS from the menu: sliders, the line search, its evaluations on the landscape and the chart', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Run 1: Gradient descent' })).toBeVisible(ENGINE);
  await page.getByRole('button', { name: 'Add optimizer' }).click();
  await page.getByRole('menuitem', { name: 'L-BFGS', exact: true }).click();
  const card = page.getByRole('region', { name: 'Run 3: L-BFGS' });
  await expect(card).toHaveAttribute('aria-current', 'true');
  for (const name of ['learning rate α', 'history size m'])
    await expect(card.getByRole('slider', { name, exact: true })).toBeVisible();
  await expectState(page, 's.scenario.optimizers[2]').toEqual(
    expect.objectContaining({ type: 'lbfgs', lr: 1 }),
  );
  await expect(card.getByText(/final loss \d|diverged at step \d/)).toBeVisible(ENGINE);

  // The history slider moves in whole numbers: one key press, one pair more or less.
  const history = card.getByRole('slider', { name: 'history size m', exact: true });
  await history.focus();
  await history.press('ArrowLeft');
  await expectState(page, 's.scenario.optimizers[2].historySize').toBe(99);

  // Without the line search: one evaluation a step, no trial points.
  await expectState(
    page,
    's.results && s.resultsScenario === s.scenario ? s.results[2].evaluations?.[5] : null',
    30_000,
  ).toBe(5);
  const select = card.getByRole('combobox', { name: 'line search' });
  await expect(select).toHaveValue('none');
  await select.selectOption('strong-wolfe');
  await expectState(page, 's.scenario.optimizers[2].lineSearchFn').toBe('strong-wolfe');
  await expect.poll(() => page.url()).toContain('lineSearchFn=strong-wolfe');
  // With it, the steps evaluate f more than once: more evaluations than steps.
  await expectState(
    page,
    's.results && s.resultsScenario === s.scenario && s.results[2].evaluations ? s.results[2].evaluations[5] > 5 : null',
    30_000,
  ).toBe(true);

  // The landscape shows the trial points of the step at the cursor, and a key says how many.
  const trials = (await state(
    page,
    '(() => { const e = s.results[2].evaluations; return e[1] - e[0] - 1; })()',
  )) as number;
  expect(trials).toBeGreaterThan(0);
  await cursorAt(page, 0);
  const marks = page.getByTestId('line-search-2');
  await expect(marks).toHaveAttribute('data-count', String(trials));
  await expect(marks.getByTestId('line-search-trial')).toHaveCount(trials);
  await expect(page.getByTestId('line-search-key')).toContainText(
    `step 1: ${trials + 1} evaluations of f`,
  );

  // The loss chart counts evaluations instead of steps; the link says so.
  const chart = page.getByTestId('loss-chart');
  await expect(chart).toHaveAttribute('data-x', 'steps');
  await page.getByTestId('chart-x').selectOption('evaluations');
  await expect(chart).toHaveAttribute('data-x', 'evaluations');
  await expect.poll(() => page.url()).toContain('x=evals');
  // Hovering reads the evaluations under the pointer, not a step.
  await page.getByTestId('loss-chart-plot').hover();
  await expect(page.getByTestId('loss-chart-hover')).toContainText('evaluations of f');
  // The cursor sits at the selected L-BFGS run's evaluations of its step, past the step itself.
  await cursorAt(page, 10);
  const evaluationsAt10 = (await state(page, 's.results[2].evaluations[10]')) as number;
  expect(evaluationsAt10).toBeGreaterThan(10);
  const cursor = page.getByTestId('chart-cursor');
  const stepX = await cursor.getAttribute('x1');
  await page.getByTestId('chart-x').selectOption('steps');
  await expect(chart).toHaveAttribute('data-x', 'steps');
  await expect.poll(() => cursor.getAttribute('x1')).not.toBe(stepX);
});

test('the L-BFGS preset opens with the loss chart against evaluations, in Chinese too', async ({
  page,
}) => {
  const preset = getPreset('lbfgs-vs-adam-evaluations')!;
  const link = encodeLink({ scenario: preset.scenario, view: { ...DEFAULT_VIEW, ...preset.view } });
  expect(link).toContain('x=evals');
  await page.goto(`/?${link}&lang=zh`);
  const chart = page.getByTestId('loss-chart');
  await expect(chart).toHaveAttribute('data-x', 'evaluations', ENGINE);
  await expect(page.getByTestId('chart-x')).toHaveValue('evaluations');
  await expect(page.getByTestId('chart-x').locator('option:checked')).toHaveText('函数求值次数');
  // Step 6 (cursor 5) of the strong-Wolfe run: its trial points and the key, in Chinese.
  await expect(page.getByTestId('line-search-0')).toBeVisible(ENGINE);
  await expect(page.getByTestId('line-search-key')).toContainText('第 6 步');
});
