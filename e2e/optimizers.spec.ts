import { expect, test, type Page } from '@playwright/test';
import type { OptimizerSpec } from '../src/scenario/types';
import { eachTestOpens, stableBox, state } from './helpers';

/** The store's optimizers, read in the page. */
const optimizers = (page: Page) => state(page, 's.scenario.optimizers') as Promise<OptimizerSpec[]>;

/** Polls run `index`'s `key` in the store until it meets the matcher that follows. */
const expectRun = (page: Page, index: number, key: keyof OptimizerSpec) =>
  expect.poll(async () => (await optimizers(page))[index]?.[key]);

/** Polls the store's runs (mapped by `pick`) until they meet the matcher that follows. */
const expectRuns = <T>(page: Page, pick: (list: OptimizerSpec[]) => T) =>
  expect.poll(async () => pick(await optimizers(page)));

/** The run selected in the store. */
const selectedRun = (page: Page) => state(page, 's.selectedRun') as Promise<number>;

eachTestOpens((page) => page.getByRole('region', { name: 'Run 1: Gradient descent' }));

test('the first view shows gradient descent and Adam with their hyperparameters', async ({
  page,
}) => {
  const panel = page.getByRole('region', { name: 'Optimizers', exact: true });
  await expect(panel.getByRole('region')).toHaveCount(2);
  const gd = page.getByRole('region', { name: 'Run 1: Gradient descent' });
  const adam = page.getByRole('region', { name: 'Run 2: Adam' });
  await expect(gd.getByRole('slider')).toHaveCount(2);
  await expect(adam.getByRole('slider')).toHaveCount(5);
  for (const name of ['learning rate α', 'β1', 'β2', 'ε', 'weight decay λ'])
    await expect(adam.getByRole('slider', { name, exact: true })).toBeVisible();
  await expect(adam.getByLabel('learning rate α value')).toHaveValue('0.1');
  await expect(adam.getByLabel('ε value')).toHaveValue('1e-8');
  await expect(adam.getByRole('switch', { name: 'bias correction' })).toBeChecked();
  await expect(adam.getByLabel('optimizer type')).toHaveValue('adam');
  // The engine's outcome: a final loss per run.
  await expect(adam.getByText(/final loss \d/)).toBeVisible({ timeout: 20_000 });
  await expect(gd.getByText(/final loss \d/)).toBeVisible();
  // Both cards and all their sliders fit the panel at 1280×720: the list does not scroll (read
  // once the outcomes above are laid out).
  const list = panel.locator('.optimizers-panel__list');
  await expect
    .poll(() => list.evaluate((el) => el.scrollHeight - el.clientHeight))
    .toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/screenshots/optimizers-first-view.png' });
});

test('dragging Adam’s learning-rate slider with the mouse changes lr live', async ({ page }) => {
  const adam = page.getByRole('region', { name: 'Run 2: Adam' });
  const slider = adam.getByRole('slider', { name: 'learning rate α', exact: true });
  // The card grows when its outcome arrives: measure the slider after that, once it is still.
  await expect(adam.getByText(/final loss \d/)).toBeVisible({ timeout: 20_000 });
  const box = await stableBox(slider);
  const position = Number(await slider.inputValue()) / 1000;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 7 + (box.width - 14) * position, y);
  await page.mouse.down();
  const seen = new Set<number>();
  for (let i = 1; i <= 5; i++) {
    const previous = (await optimizers(page))[1]!.lr;
    await page.mouse.move(box.x + 7 + (box.width - 14) * (position - 0.08 * i), y, { steps: 2 });
    // The store follows each move while the button is down, not only the drag's end.
    await expectRun(page, 1, 'lr').not.toBe(previous);
    seen.add((await optimizers(page))[1]!.lr);
  }
  await page.mouse.up();
  const lr = (await optimizers(page))[1]!.lr;
  // Dragging left lowers α on a log scale, and the store followed the drag, not only its end.
  expect(lr).toBeLessThan(0.1);
  expect(lr).toBeGreaterThan(1e-5);
  expect(seen.size).toBeGreaterThanOrEqual(4);
  const field = adam.getByLabel('learning rate α value');
  await expect.poll(async () => Number(await field.inputValue())).toBe(lr);
});

test('arrow keys step a slider', async ({ page }) => {
  const adam = page.getByRole('region', { name: 'Run 2: Adam' });
  const slider = adam.getByRole('slider', { name: 'learning rate α', exact: true });
  await slider.focus();
  await slider.press('ArrowRight');
  await expectRun(page, 1, 'lr').toBeGreaterThan(0.1);
  expect((await optimizers(page))[1]!.lr).toBeLessThan(0.11);
  await slider.press('ArrowLeft');
  await slider.press('ArrowLeft');
  await expectRun(page, 1, 'lr').toBeLessThan(0.1);
  // β1 on its one-minus-log scale: stepping never reaches 1.
  const beta1 = adam.getByRole('slider', { name: 'β1', exact: true });
  await beta1.focus();
  await beta1.press('End');
  await expectRun(page, 1, 'beta1').toBe(0.999);
  await beta1.press('Home');
  await expectRun(page, 1, 'beta1').toBe(0);
});

test('typing a value commits it on Enter or blur, beyond the slider’s range too', async ({
  page,
}) => {
  const adam = page.getByRole('region', { name: 'Run 2: Adam' });
  const field = adam.getByLabel('learning rate α value');
  await field.fill('0.02');
  await field.press('Enter');
  await expectRun(page, 1, 'lr').toBe(0.02);
  const slider = adam.getByRole('slider', { name: 'learning rate α', exact: true });
  await expect
    .poll(async () => Number(await slider.inputValue()))
    .toBeCloseTo((1000 * (Math.log10(0.02) + 5)) / 6, -1);

  const eps = adam.getByLabel('ε value');
  await eps.fill('2.5E-12');
  await eps.blur();
  await expectRun(page, 1, 'eps').toBe(2.5e-12);

  // 50 is beyond α's slider (1e-5…10) but a valid learning rate.
  const gdField = page
    .getByRole('region', { name: 'Run 1: Gradient descent' })
    .getByLabel('learning rate α value');
  await gdField.fill('50');
  await gdField.press('Enter');
  await expectRun(page, 0, 'lr').toBe(50);
});

test('an invalid entry shows a message and is not committed', async ({ page }) => {
  const adam = page.getByRole('region', { name: 'Run 2: Adam' });
  const field = adam.getByLabel('β1 value', { exact: true });
  await field.fill('1');
  await field.press('Enter');
  await expect(adam.getByRole('alert')).toHaveText('Needs 0 ≤ β1 < 1');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect((await optimizers(page))[1]!.beta1).toBeUndefined();

  await field.fill('abc');
  await field.blur();
  await expect(adam.getByRole('alert')).toContainText('Enter a number');
  expect((await optimizers(page))[1]!.beta1).toBeUndefined();

  // Escape drops the entry and shows the value again.
  await field.focus();
  await field.press('Escape');
  await expect(field).toHaveValue('0.9');
  await expect(adam.getByRole('alert')).toHaveCount(0);
});

test('the bias-correction switch toggles biasCorrection', async ({ page }) => {
  const toggle = page
    .getByRole('region', { name: 'Run 2: Adam' })
    .getByRole('switch', { name: 'bias correction' });
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await expectRun(page, 1, 'biasCorrection').toBe(false);
  // Space presses a switch reached by keyboard (after a click it plays the timeline instead:
  // docs/app.md, "Keyboard"): leave and come back with Tab.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(toggle).toBeFocused();
  await toggle.press('Space');
  await expect(toggle).toBeChecked();
  await expectRun(page, 1, 'biasCorrection').toBe(true);
});

test('the add menu adds a run of the chosen type, by mouse and by keyboard', async ({ page }) => {
  const add = page.getByRole('button', { name: 'Add optimizer' });
  await expect(add).toHaveAttribute('aria-haspopup', 'menu');
  await add.click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem')).toHaveCount(21);

  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await menu.getByRole('menuitem', { name: 'Momentum', exact: true }).click();
  await expect(menu).toBeHidden();
  await expectRuns(page, (list) => list.map((o) => o.type)).toEqual(['gd', 'adam', 'momentum']);
  const momentum = page.getByRole('region', { name: 'Run 3: Momentum' });
  await expect(momentum).toHaveAttribute('aria-current', 'true');
  await expect(momentum.getByRole('slider', { name: 'momentum μ' })).toBeVisible();
  await expect.poll(() => selectedRun(page)).toBe(2);

  // Keyboard: ArrowDown opens on the first item, arrows move, Escape closes, Enter picks.
  await add.focus();
  await add.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Gradient descent' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  // The last item, L-BFGS, in the arrows' order (WAI-ARIA); Muon before it is disabled here.
  await expect(page.getByRole('menuitem', { name: 'L-BFGS' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(add).toBeFocused();
  await add.press('Enter');
  // The menu takes the focus once it is open: arrows pressed before that reach the button.
  await expect(page.getByRole('menuitem', { name: 'Gradient descent' })).toBeFocused();
  // Escape then Enter in one task, before the popover's toggle event: the menu opens again (it
  // once read a state that follows that event, and closed instead).
  await page.evaluate(() => {
    document.activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    document.querySelector<HTMLButtonElement>('.add-optimizer__button')!.click();
  });
  await expect(page.getByRole('menuitem', { name: 'Gradient descent' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Momentum', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Nesterov' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectRuns(page, (list) => list.map((o) => o.type)).toEqual([
    'gd',
    'adam',
    'momentum',
    'nesterov',
  ]);
});

test('at eight runs the add menu is disabled and says why', async ({ page }) => {
  const add = page.getByRole('button', { name: 'Add optimizer' });
  for (let i = 0; i < 6; i++) {
    await add.click();
    await page.getByRole('menuitem', { name: 'AdamW', exact: true }).click();
  }
  await expectRuns(page, (list) => list.length).toBe(8);
  await expect(add).toBeDisabled();
  await expect(add).toHaveAccessibleDescription(/At most 8 runs/);
  await add.click({ force: true });
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Duplicate' }).first()).toBeDisabled();
});

test('duplicate copies a run beside it and remove takes it away', async ({ page }) => {
  const adam = page.getByRole('region', { name: 'Run 2: Adam' });
  await adam.getByLabel('β2 value').fill('0.99');
  await adam.getByLabel('β2 value').press('Enter');
  await expectRun(page, 1, 'beta2').toBe(0.99);
  await adam.getByRole('button', { name: 'Duplicate' }).click();
  await expectRuns(page, (list) => list.length).toBe(3);
  const list = await optimizers(page);
  expect(list[2]).toMatchObject({ type: 'adam', lr: 0.1, beta2: 0.99 });
  expect(list[2]!.color).not.toBe(list[1]!.color);
  await expect.poll(() => selectedRun(page)).toBe(2);

  await page.getByRole('region', { name: 'Run 1: Gradient descent' }).click();
  await page
    .getByRole('region', { name: /^Run 1:/ })
    .getByRole('button', { name: 'Remove' })
    .click();
  await expectRuns(page, (runs) => runs.map((o) => o.type)).toEqual(['adam', 'adam']);
  await page
    .getByRole('region', { name: /^Run 2:/ })
    .getByRole('button', { name: 'Remove' })
    .click();
  await expectRuns(page, (runs) => runs.length).toBe(1);
  // The last run cannot be removed.
  await expect(page.getByRole('button', { name: 'Remove' })).toBeDisabled();
});

test('hide, reset, recolour, rename and retype a run', async ({ page }) => {
  const gd = page.getByRole('region', { name: 'Run 1: Gradient descent' });
  await gd.getByRole('button', { name: 'Hide' }).click();
  await expectRun(page, 0, 'hidden').toBe(true);
  await gd.getByRole('button', { name: 'Show' }).click();
  await expectRun(page, 0, 'hidden').toBeUndefined();

  await gd.getByRole('button', { name: 'Colour of run 1' }).click();
  await page
    .getByRole('dialog', { name: 'Colour of run 1' })
    .getByRole('button', { name: 'bluish green' })
    .click();
  await expectRun(page, 0, 'color').toBe('#009e73');
  await expect(page.getByRole('dialog')).toBeHidden();

  const name = gd.getByLabel('Name of run 1');
  await name.fill('Plain GD');
  await name.press('Enter');
  await expectRun(page, 0, 'label').toBe('Plain GD');
  const renamed = page.getByRole('region', { name: 'Run 1: Plain GD' });
  await expect(renamed).toBeVisible();

  await renamed.getByLabel('optimizer type').selectOption('nesterov');
  await expectRuns(page, (list) => list[0]).toMatchObject({
    type: 'nesterov',
    lr: 0.001,
    label: 'Plain GD',
  });
  await expect(renamed.getByRole('slider', { name: 'momentum μ' })).toBeVisible();

  await renamed.getByLabel('momentum μ value').fill('0.5');
  await renamed.getByLabel('momentum μ value').press('Enter');
  await renamed.getByLabel('learning rate α value').fill('0.3');
  await renamed.getByLabel('learning rate α value').press('Enter');
  await expectRun(page, 0, 'lr').toBe(0.3);
  await renamed.getByRole('button', { name: 'Reset', exact: true }).click();
  await page.getByRole('menuitem', { name: /Reset to PyTorch defaults/ }).click();
  await expectRun(page, 0, 'lr').toBe(0.001);
  await expectRun(page, 0, 'momentum').toBeUndefined();
  await expect(renamed.getByLabel('momentum μ value')).toHaveValue('0.9');
});

test('a diverging run shows a red badge with its step', async ({ page }) => {
  const gd = page.getByRole('region', { name: 'Run 1: Gradient descent' });
  await gd.getByLabel('learning rate α value').fill('0.01');
  await gd.getByLabel('learning rate α value').press('Enter');
  await expect(gd.getByText(/^diverged at step \d+$/)).toBeVisible({ timeout: 20_000 });
  await gd.getByLabel('learning rate α value').fill('0.001');
  await gd.getByLabel('learning rate α value').press('Enter');
  await expect(gd.getByText(/diverged/)).toHaveCount(0, { timeout: 20_000 });
});

test('with three runs only the selected card is open; a click or keyboard focus opens another', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Add optimizer' }).click();
  await page.getByRole('menuitem', { name: 'RMSprop' }).click();
  const gd = page.getByRole('region', { name: 'Run 1: Gradient descent' });
  const adam = page.getByRole('region', { name: 'Run 2: Adam' });
  const rmsprop = page.getByRole('region', { name: 'Run 3: RMSprop' });
  await expect(rmsprop.getByRole('slider')).toHaveCount(5); // α, ρ, ε, μ, λ
  await expect(rmsprop.getByRole('switch', { name: 'centered' })).not.toBeChecked();
  await expect(gd.getByRole('slider')).toHaveCount(0);
  await expect(adam.getByRole('slider')).toHaveCount(0);
  // Collapsed cards keep their type and outcome.
  await expect(adam.getByLabel('optimizer type')).toHaveValue('adam');
  await expect(adam.getByText(/final loss/)).toBeVisible({ timeout: 20_000 });

  await gd.click({ position: { x: 200, y: 50 } });
  await expect.poll(() => selectedRun(page)).toBe(0);
  await expect(gd).toHaveAttribute('aria-current', 'true');
  await expect(gd.getByRole('slider', { name: 'learning rate α' })).toBeVisible();
  await expect(rmsprop.getByRole('slider')).toHaveCount(0);

  // Tab from GD's last control (its schedule) into Adam's card selects and opens it.
  await gd.getByRole('button', { name: 'Schedule of run 1: constant' }).focus();
  await page.keyboard.press('Tab');
  await expect.poll(() => selectedRun(page)).toBe(1);
  await expect(adam.getByRole('slider', { name: 'β2', exact: true })).toBeVisible();
});
