import { expect, test, type Page } from '@playwright/test';
import { eachTestOpens, expectState, frames, stableBox, state } from './helpers';

/** The step shown (the store's cursor clamped to the steps). */
const cursor = (page: Page) =>
  state(page, 'Math.min(s.cursor, s.scenario.steps)') as Promise<number>;

/** Polls the step shown until it meets the matcher that follows. */
const expectCursor = (page: Page) => expect.poll(() => cursor(page));

const lines = (page: Page) => page.locator('[data-testid^="loss-line-"]');

// The first engine run can take a while on a loaded machine (dev server, parallel workers).
eachTestOpens((page) => page.getByTestId('loss-line-1'));

test('the loss chart draws one line per visible run in its colour', async ({ page }) => {
  const chart = page.getByTestId('loss-chart');
  await expect(lines(page)).toHaveCount(2);
  // Rosenbrock's minimum is known: the chart plots f − f* on a log axis.
  await expect(chart).toHaveAttribute('data-scale', 'log');
  await expect(page.getByTestId('loss-chart-axis')).toContainText('f − f*');
  const stroke = await page
    .getByTestId('loss-line-1')
    .evaluate((path) => getComputedStyle(path).stroke);
  expect(stroke).toBe('rgb(213, 94, 0)'); // Adam's palette colour #d55e00

  await state(page, 's.addOptimizer("momentum")');
  await expect(page.getByTestId('loss-line-2')).toBeVisible();
  await expect(lines(page)).toHaveCount(3);

  await state(page, 's.updateOptimizer(0, { hidden: true })');
  await expect(page.getByTestId('loss-line-0')).toHaveCount(0);
  await expect(lines(page)).toHaveCount(2);
});

test('clicking the chart moves the shared cursor, and the scrubber follows', async ({ page }) => {
  await expectCursor(page).toBe(500);
  const plot = await stableBox(page.getByTestId('loss-chart-plot'));
  await page.mouse.click(plot.x + plot.width * 0.25, plot.y + plot.height / 2);
  await expect.poll(() => cursor(page)).not.toBe(500);
  const step = await cursor(page);
  expect(Math.abs(step - 125)).toBeLessThanOrEqual(3);
  await expect(page.getByRole('slider', { name: 'step' })).toHaveValue(String(step));
  await expect(page.getByTestId('chart-cursor')).toHaveAttribute('data-step', String(step));
  await expect(page.getByTestId('timeline-readout')).toContainText(`step ${step}`);

  // Dragging moves it further.
  await page.mouse.move(plot.x + plot.width * 0.25, plot.y + plot.height / 2);
  await page.mouse.down();
  await page.mouse.move(plot.x + plot.width * 0.6, plot.y + plot.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => Math.abs((await cursor(page)) - 300)).toBeLessThanOrEqual(3);
});

test('the scrubber sets the cursor', async ({ page }) => {
  await page.getByRole('slider', { name: 'step' }).fill('200');
  await expect.poll(() => cursor(page)).toBe(200);
  await expect(page.getByTestId('timeline-readout')).toContainText('step 200 / 500');
  await expect(page.getByTestId('chart-cursor')).toHaveAttribute('data-step', '200');
});

test('play advances the cursor and pause stops it', async ({ page }) => {
  // Slowest speed, so the run cannot reach its end (and stop by itself) during the test.
  await page.getByLabel('playback speed').selectOption('10');
  await expectState(page, 's.speed').toBe(10);
  await page.getByRole('button', { name: 'Jump to start' }).click();
  await expectCursor(page).toBe(0);

  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => cursor(page)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expectState(page, 's.playing').toBe(false);
  const paused = await cursor(page);
  expect(paused).toBeLessThan(500);
  // Playback moves the cursor in animation frames: 30 of them pass (at 60 Hz half a second, 5
  // steps at this speed), and it stays.
  await frames(page, 30);
  expect(await cursor(page)).toBe(paused);

  await page.getByRole('button', { name: 'Step forward' }).click();
  await expectCursor(page).toBe(paused + 1);
  await page.getByRole('button', { name: 'Step back' }).click();
  await expectCursor(page).toBe(paused);
  await page.getByRole('button', { name: 'Step back' }).click();
  await expectCursor(page).toBe(paused - 1);
  await page.getByRole('button', { name: 'Jump to end' }).click();
  await expectCursor(page).toBe(500);
});

test('keyboard shortcuts move the cursor, except while typing in a field or on the landscape', async ({
  page,
}) => {
  // [key, the step shown after it]
  for (const [key, step] of [
    ['Home', 0],
    ['ArrowRight', 1],
    ['Shift+ArrowRight', 11],
    ['ArrowLeft', 10],
    ['End', 500],
    ['Home', 0],
  ] as const) {
    await page.keyboard.press(key);
    await expectCursor(page).toBe(step);
  }

  // Space plays and pauses.
  await page.keyboard.press(' ');
  await expectState(page, 's.playing').toBe(true);
  await page.keyboard.press(' ');
  await expectState(page, 's.playing').toBe(false);
  await page.getByRole('slider', { name: 'step' }).fill('40');
  await expectCursor(page).toBe(40);
  await page.locator('body').click({ position: { x: 2, y: 2 } });

  // Typing in the steps field edits the field, not the cursor; Enter commits.
  const steps = page.getByRole('spinbutton', { name: 'steps' });
  await steps.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('300');
  await expect(steps).toHaveValue('300');
  expect(await cursor(page)).toBe(40);
  expect(await state(page, 's.scenario.steps')).toBe(500); // not committed while typing
  await page.keyboard.press('Enter');
  await expect.poll(() => state(page, 's.scenario.steps')).toBe(300);
  expect(await cursor(page)).toBe(40);
  await expect(page.getByRole('slider', { name: 'step' })).toHaveAttribute('max', '300');

  // The focused landscape pans with the arrows; the timeline leaves them alone.
  await page.getByTestId('landscape').focus();
  await page.keyboard.press('ArrowRight');
  await expectState(page, 's.window').not.toBeNull();
  expect(await cursor(page)).toBe(40);
});

test('the steps field clamps to 1 … 1,000,000 and commits on leaving it', async ({ page }) => {
  const steps = page.getByRole('spinbutton', { name: 'steps' });
  await steps.fill('0');
  await steps.blur();
  await expect.poll(() => state(page, 's.scenario.steps')).toBe(1);
  await expect(steps).toHaveValue('1');
  await steps.fill('5000000');
  await steps.press('Enter');
  await expect.poll(() => state(page, 's.scenario.steps')).toBe(1_000_000);
});

test('the ‖∇f‖ tab switches the lines to the gradient norm', async ({ page }) => {
  const before = await page.getByTestId('loss-line-0').getAttribute('d');
  const tab = page.getByRole('tab', { name: '‖∇f‖' });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Loss' })).toHaveAttribute('aria-selected', 'false');
  await expectState(page, 's.chartMode').toBe('gradNorm');
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-measure', 'gradNorm');
  await expect(page.getByTestId('loss-chart-axis')).toContainText('‖∇f‖');
  await expect(page.getByTestId('loss-line-0')).not.toHaveAttribute('d', before!);
  await expect(lines(page)).toHaveCount(2);
  // After a click the arrows step the timeline, not the tabs (docs/app.md, "Keyboard"); a tab
  // reached by keyboard keeps them (e2e/keyboard.spec.ts).
  await state(page, '(s.pause(), s.setCursor(10), true)');
  await page.keyboard.press('ArrowLeft');
  await expectState(page, 's.cursor').toBe(9);
  await expectState(page, 's.chartMode').toBe('gradNorm');
});

test('a diverged run ends in a cross at the step where it diverged', async ({ page }) => {
  await expect(page.getByTestId('loss-diverged-0')).toHaveCount(0);
  await state(page, 's.updateOptimizer(0, { lr: 1 })');
  const marker = page.getByTestId('loss-diverged-0');
  await expect(marker).toBeVisible({ timeout: 20_000 });
  const divergedAt = (await state(page, 's.results[0].divergedAt')) as number;
  expect(divergedAt).toBeGreaterThan(0);
  await expect(marker).toHaveAccessibleName(`Gradient descent diverged at step ${divergedAt}`);
  // The line stops where the run did: as many points as steps before the divergence, at most.
  const points = Number(await page.getByTestId('loss-line-0').getAttribute('data-points'));
  expect(points).toBeGreaterThan(0);
  expect(points).toBeLessThanOrEqual(divergedAt);
  await expect(page.getByTestId('loss-diverged-1')).toHaveCount(0);
});

test('the chart is a symlog of f where f has no minimum, and the Data tab comes with data', async ({
  page,
}) => {
  await state(page, 's.setProblem({ type: "function", name: "monkey-saddle" })');
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-scale', 'symlog');
  await expect(page.getByTestId('loss-chart-axis')).toContainText('f');
  await expect(page.getByRole('tab', { name: 'Data' })).toHaveCount(0);

  await state(page, 's.setProblem({ type: "linear-regression" })');
  const data = page.getByRole('tab', { name: 'Data' });
  await expect(data).toBeVisible();
  await data.click();
  await expect(data).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('loss-chart')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Loss' }).click();
  await expect(page.getByTestId('loss-chart')).toBeVisible();
});

test('without results (engine computing) the chart shows an empty frame', async ({ page }) => {
  // Wait until the engine is idle, so that no run still in flight can bring results back.
  await expect.poll(() => state(page, 's.computing'), { timeout: 20_000 }).toBe(false);
  await page.evaluate(() =>
    (
      window as unknown as { __descent: { store: { setState(s: object): void } } }
    ).__descent.store.setState({ results: null, resultsScenario: null, computing: true }),
  );
  await expect(lines(page)).toHaveCount(0);
  await expect(page.getByTestId('loss-chart')).toContainText('Computing…');
  await expect(page.getByTestId('chart-cursor')).toBeAttached();
  // The next run brings the lines back.
  await state(page, 's.updateOptimizer(1, { lr: 0.05 })');
  await expect(lines(page)).toHaveCount(2, { timeout: 20_000 });
});

test('screenshot of the first view at 1280×720', async ({ page }) => {
  const plot = await stableBox(page.getByTestId('loss-chart-plot'));
  await page.mouse.move(plot.x + plot.width * 0.4, plot.y + plot.height / 2);
  await expect(page.getByTestId('loss-chart-hover')).toContainText('Adam');
  await page.screenshot({ path: 'test-results/screenshots/charts-timeline.png' });
  // Nothing spills out of the side column or the timeline row.
  for (const selector of ['.chart-panel', '.timeline'])
    await expect
      .poll(() => page.locator(selector).evaluate((el) => el.scrollWidth - el.clientWidth))
      .toBeLessThanOrEqual(0);
});
