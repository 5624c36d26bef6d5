import { expect, test, type Locator, type Page } from '@playwright/test';
import { ProblemPickerPage } from './problem-picker';
import { eachTestOpens, expectState, settled, state } from './helpers';

/** Runs a store action in the page, e.g. act(page, 's.setCursor(40)'). */
const act = (page: Page, expression: string) =>
  page.evaluate(`(() => { const s = window.__descent.store.getState(); ${expression}; })()`);

/** Thumbnails whose pixels are not all alike (a blank or single-colour canvas has none). */
function paintedThumbnails(dialog: Locator): Promise<number> {
  return dialog.evaluate((element) => {
    let painted = 0;
    for (const canvas of element.querySelectorAll<HTMLCanvasElement>('canvas')) {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0) continue;
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let differing = 0;
      for (let i = 0; i < data.length; i += 4 * 13)
        if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) differing++;
      if (differing > 50) painted++;
    }
    return painted;
  });
}

// The first run waits for the worker to start: slow on a cold dev server, so a longer wait.
eachTestOpens((page) => page.getByTestId('trajectory-0'));

test('the picker shows 23 problems with painted thumbnails, the current one marked', async ({
  page,
}) => {
  const picker = new ProblemPickerPage(page);
  await expect(picker.button('Rosenbrock')).toBeVisible();
  await picker.open();
  await expect(picker.cards).toHaveCount(23);
  await expect(
    picker.dialog.getByRole('button', { name: 'Linear regression (MSE)' }),
  ).toBeVisible();
  // The classifiers' cards draw their two classes.
  for (const key of ['logistic-regression', 'mlp'])
    await expect(
      picker.dialog.locator(`[data-problem="${key}"] .problem-card__thumbnail--classes circle`),
    ).toHaveCount(200);
  // 16 surfaces from the worker; the data problems' cards draw their data instead.
  await expect.poll(() => paintedThumbnails(picker.dialog), { timeout: 20_000 }).toBe(16);
  const current = picker.dialog.getByRole('button', { name: 'Rosenbrock', exact: true });
  await expect(current).toHaveAttribute('aria-current', 'true');
  await expect(current).toBeFocused();
  await expect(picker.dialog.locator('[aria-current="true"]')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screenshots/problem-picker.png' });
});

test('choosing Himmelblau changes the problem, the header and the trajectories', async ({
  page,
}) => {
  const picker = new ProblemPickerPage(page);
  await settled(page);
  const before = await page.getByTestId('trajectory-0').getAttribute('d');
  await picker.choose('Himmelblau');
  await expect(picker.button('Himmelblau')).toBeVisible();
  await expect(picker.button('Himmelblau')).toBeFocused();
  await expectState(page, 's.scenario.problem').toEqual({ type: 'function', name: 'himmelblau' });
  await expect(page.getByTestId('trajectory-0')).not.toHaveAttribute('d', before!, {
    timeout: 20_000,
  });
  // Reopened, the picker marks the new problem and paints from its cache at once.
  await picker.open();
  await expect(picker.dialog.locator('[aria-current="true"]')).toHaveAccessibleName('Himmelblau');
  await expect.poll(() => paintedThumbnails(picker.dialog), { timeout: 20_000 }).toBe(16);
});

test('Escape closes the picker without changing anything, and focus returns to the button', async ({
  page,
}) => {
  const picker = new ProblemPickerPage(page);
  await picker.open();
  await page.keyboard.press('ArrowRight'); // Rosenbrock → Beale, focus only
  await expect(picker.dialog.getByRole('button', { name: 'Beale' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(picker.dialog).toBeHidden();
  await expect(picker.button('Rosenbrock')).toBeFocused();
  expect(await state(page, 's.scenario.problem.name')).toBe('rosenbrock'); // unchanged
  // The keyboard alone picks a problem: arrows move, Enter chooses.
  await page.keyboard.press('Enter');
  await expect(picker.dialog).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(picker.dialog).toBeHidden();
  await expectState(page, 's.scenario.problem.type').toBe('function');
  await expectState(page, 's.scenario.problem.name').not.toBe('rosenbrock');
});

test('linear regression shows its data, the least-squares line and the run’s line at the cursor', async ({
  page,
}) => {
  const picker = new ProblemPickerPage(page);
  await picker.choose('Linear regression (MSE)');
  await expectState(page, 's.scenario.problem').toEqual({ type: 'linear-regression' });
  // The chart panel's Data tab shows the panel, and the link remembers the tab.
  await page.getByRole('tab', { name: 'Data' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('chart')).toBe('data');
  const panel = page.getByTestId('data-panel');
  await expect(panel).toBeVisible();
  await expect(panel.locator('.data-plot__points circle')).toHaveCount(100, { timeout: 20_000 });
  await expect(panel).toContainText('least squares:');
  await expect(panel).toContainText(/y = 2\.\d\dx \+ 0\.\d\d/);

  // The fitted line follows the cursor step.
  await act(page, 's.selectRun(1); s.setCursor(0)');
  const line = panel.getByTestId('data-run-line');
  const legend = panel.getByTestId('data-run-legend');
  await expect(legend).toContainText('y = −1.00x − 2.00'); // the start (w, b) = (−1, −2)
  await act(page, 's.setCursor(200)');
  await expect(legend).not.toContainText('y = −1.00x − 2.00');
  await expect(line).toBeVisible();
  await expect(line).toHaveAttribute('y2', /\d/);
  const y2 = await line.getAttribute('y2');
  await act(page, 's.setCursor(20)');
  await expect(line).not.toHaveAttribute('y2', y2!);

  // Run shown and mini-batch size go to the store.
  await panel.getByLabel('run shown').selectOption({ label: 'Gradient descent' });
  await expectState(page, 's.selectedRun').toBe(0);
  await settled(page);
  const before = await page.getByTestId('trajectory-1').getAttribute('d');
  await panel.getByLabel('mini-batch size').selectOption({ label: 'mini-batch of 10' });
  await expectState(page, 's.scenario.problem.batchSize').toBe(10);
  await expect(page.getByTestId('trajectory-1')).not.toHaveAttribute('d', before!, {
    timeout: 20_000,
  });
  await panel.getByLabel('mini-batch size').selectOption({ label: 'full batch (100)' });
  await expectState(page, 's.scenario.problem.batchSize').toBeUndefined();
  await page.screenshot({ path: 'test-results/screenshots/data-panel.png' });
});

test('gradient noise changes the problem’s σ and the trajectories; the dice rolls a new seed', async ({
  page,
}) => {
  const slider = page.getByRole('slider', { name: 'gradient noise σ' });
  const field = page.getByRole('textbox', { name: 'gradient noise σ value' });
  const path = async () => {
    await settled(page);
    return page.getByTestId('trajectory-1').getAttribute('d');
  };
  const clean = await path();

  await slider.focus();
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight'); // 0 → 5 on the ladder
  await expectState(page, 's.scenario.problem.noise').toBe(5);
  await expect(field).toHaveValue('5');
  await expect(page.getByTestId('trajectory-1')).not.toHaveAttribute('d', clean!, {
    timeout: 20_000,
  });

  await field.fill('20');
  await field.press('Enter');
  await expectState(page, 's.scenario.problem.noise').toBe(20);
  await field.fill('-3');
  await field.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(await state(page, 's.scenario.problem.noise')).toBe(20); // refused: unchanged
  await field.press('Escape');
  await expect(field).toHaveValue('20');

  // A new seed draws new noise: same σ, another trajectory.
  const noisy = await path();
  const seed = (await state(page, 's.scenario.seed')) as number;
  await page.getByRole('button', { name: 'New random seed' }).click();
  await expectState(page, 's.scenario.seed').not.toBe(seed);
  const rolled = (await state(page, 's.scenario.seed')) as number;
  await expect(page.getByRole('spinbutton', { name: 'seed' })).toHaveValue(String(rolled));
  await expect(page.getByTestId('trajectory-1')).not.toHaveAttribute('d', noisy!, {
    timeout: 20_000,
  });

  // Typing a seed back replays the first noisy run exactly.
  await page.getByRole('spinbutton', { name: 'seed' }).fill(String(seed));
  await expectState(page, 's.scenario.seed').toBe(seed);
  await expect(page.getByTestId('trajectory-1')).toHaveAttribute('d', noisy!, { timeout: 20_000 });

  // Back to 0 turns the noise off: the problem has no noise field at all. (Home sets a slider
  // reached by keyboard to its minimum; after a click it would go to the timeline.)
  await slider.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(slider).toBeFocused();
  await page.keyboard.press('Home');
  await expectState(page, '"noise" in s.scenario.problem').toBe(false);
  await expect(page.getByTestId('trajectory-1')).toHaveAttribute('d', clean!, { timeout: 20_000 });
  await page.screenshot({
    path: 'test-results/screenshots/header.png',
    clip: { x: 0, y: 0, width: 1280, height: 80 },
  });
});
