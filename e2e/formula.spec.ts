import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  eachTestOpens,
  expectState,
  frames,
  paintedPixels,
  settled,
  stableBox,
  state,
} from './helpers';
import { ProblemPickerPage } from './problem-picker';

const canvasImage = (page: Page) =>
  page.locator('.landscape__canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());

/** The picker's "Your own formula" section, reached through the header's problem button. */
class FormulaEditorPage extends ProblemPickerPage {
  readonly section: Locator;
  readonly field: Locator;
  readonly apply: Locator;
  readonly error: Locator;
  readonly derivative: Locator;
  constructor(page: Page) {
    super(page);
    this.section = this.dialog.getByRole('region', { name: 'Your own formula' });
    this.field = this.dialog.getByRole('textbox', { name: 'formula f(x, y)' });
    this.apply = this.dialog.getByRole('button', { name: 'Apply', exact: true });
    this.error = this.dialog.getByTestId('formula-error');
    this.derivative = this.dialog.getByTestId('formula-derivative');
  }
  /** Types a formula into the field and applies it with the button. */
  async applyFormula(expr: string): Promise<void> {
    await this.open();
    await this.field.fill(expr);
    await expect(this.derivative).toBeVisible();
    await this.apply.click();
    await expect(this.dialog).toBeHidden();
  }
}

// The first run waits for the worker to start: slow on a cold dev server, so a longer wait.
eachTestOpens((page) => page.getByTestId('trajectory-0'));

test('a typed formula, applied, becomes the problem: surface, trajectories and header follow', async ({
  page,
}) => {
  const editor = new FormulaEditorPage(page);
  await settled(page);
  await expect.poll(() => paintedPixels(page), { timeout: 20_000 }).toBeGreaterThan(100);
  // The first view's surface is the one on the canvas (no paint of it still to land).
  await expectState(page, 's.surface !== null').toBe(true);
  await frames(page, 2);
  const image = await canvasImage(page);
  const path = await page.getByTestId('trajectory-0').getAttribute('d');

  await editor.open();
  await editor.field.fill('x^4 - x^2 + y^2');
  // The derivative shows as the formula is typed, before anything is applied.
  await expect(editor.derivative).toContainText('∂f/∂x = 4·x^3 − 2·x');
  await expect(editor.derivative).toContainText('∂f/∂y = 2·y');
  expect(await state(page, 's.scenario.problem.type')).toBe('function');
  await page.screenshot({ path: 'test-results/screenshots/formula-editor.png' });
  await editor.apply.click();
  await expect(editor.dialog).toBeHidden();

  await expectState(page, 's.scenario.problem').toEqual({
    type: 'expression',
    expr: 'x^4 - x^2 + y^2',
  });
  await expectState(page, 's.scenario.start').toEqual([-2.2, 1.6]);
  await expect(editor.button('Your formula')).toBeFocused();
  await expect(page.locator('.app-header__formula')).toContainText('x^4 - x^2 + y^2');
  await expect(page.getByTestId('trajectory-0')).not.toHaveAttribute('d', path!, {
    timeout: 20_000,
  });
  await expect.poll(() => canvasImage(page), { timeout: 20_000 }).not.toBe(image);
  await expect.poll(() => paintedPixels(page), { timeout: 20_000 }).toBeGreaterThan(100);
  await settled(page);
  // Adam reaches one of the two minima (±1/√2, 0), where f = −1/4.
  const loss = (await state(page, 's.results[1].loss[s.results[1].loss.length - 1]')) as number;
  expect(loss).toBeCloseTo(-0.25, 3);
  await page.screenshot({ path: 'test-results/screenshots/formula-surface.png' });
});

test('a broken formula shows its error and place under the field, and Apply stays off', async ({
  page,
}) => {
  const editor = new FormulaEditorPage(page);
  await editor.open();
  await editor.field.fill('x^2 +* y');
  await expect(editor.error).toBeVisible();
  await expect(editor.error).toContainText('at character 6');
  await expect(editor.error.getByTestId('formula-error-mark')).toHaveText('*');
  await expect(editor.field).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.apply).toBeDisabled();
  await expect(editor.derivative).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/formula-error.png' });

  // Enter does not apply it either; it selects the offending character in the field.
  await editor.field.press('Enter');
  await expect(editor.dialog).toBeVisible();
  expect(await state(page, 's.scenario.problem')).toEqual({ type: 'function', name: 'rosenbrock' });
  await expect
    .poll(() =>
      editor.field.evaluate((input: HTMLInputElement) => [
        input.selectionStart,
        input.selectionEnd,
      ]),
    )
    .toEqual([5, 6]);

  // A formula that ends too early is marked at its end.
  await editor.field.fill('x^2 +');
  await expect(editor.error).toContainText('ends too early, at the end');

  // Fixed, the error goes and the derivative comes.
  await editor.field.fill('x^2 + y');
  await expect(editor.error).toHaveCount(0);
  await expect(editor.field).toHaveAttribute('aria-invalid', 'false');
  await expect(editor.derivative).toContainText('∂f/∂y = 1');
  await expect(editor.apply).toBeEnabled();

  // Escape leaves without applying anything.
  await page.keyboard.press('Escape');
  await expect(editor.dialog).toBeHidden();
  expect(await state(page, 's.scenario.problem')).toEqual({ type: 'function', name: 'rosenbrock' });
});

test('an example chip fills the field; the link carries the formula and a reload shows it again', async ({
  page,
}) => {
  const editor = new FormulaEditorPage(page);
  await editor.open();
  await editor.dialog.getByRole('button', { name: '(x^2+y−11)^2+(x+y^2−7)^2' }).click();
  await expect(editor.field).toHaveValue('(x^2+y−11)^2+(x+y^2−7)^2');
  await expect(editor.field).toBeFocused();
  await expect(editor.derivative).toContainText('∂f/∂x = 4·(x^2 + y − 11)·x + 2·(x + y^2 − 7)');
  await editor.apply.click();
  await expect(editor.dialog).toBeHidden();
  await expectState(page, 's.scenario.problem.expr').toBe('(x^2+y−11)^2+(x+y^2−7)^2');

  // The address bar is written a moment after the change.
  await expect.poll(() => page.url()).toContain('p=expression(');
  await settled(page);
  const path = await page.getByTestId('trajectory-0').getAttribute('d');
  await page.reload();
  await expect(page.getByTestId('trajectory-0')).toBeVisible({ timeout: 20_000 });
  await expectState(page, 's.scenario.problem').toEqual({
    type: 'expression',
    expr: '(x^2+y−11)^2+(x+y^2−7)^2',
  });
  await expect(page.getByTestId('trajectory-0')).toHaveAttribute('d', path!, { timeout: 20_000 });
  await expect(editor.button('Your formula')).toBeVisible();

  // Reopened, the picker marks the formula as current (no card) and starts in the field.
  await editor.open();
  await expect(editor.field).toHaveValue('(x^2+y−11)^2+(x+y^2−7)^2');
  await expect(editor.field).toBeFocused();
  await expect(editor.section).toHaveAttribute('data-current', 'true');
  await expect(editor.section).toContainText('current');
  await expect(editor.dialog.locator('.problem-card[aria-current="true"]')).toHaveCount(0);
  // Applying the current formula again only closes the picker: the start stays where it was.
  await editor.apply.click();
  await expect(editor.dialog).toBeHidden();
  await expect(page.getByTestId('trajectory-0')).toHaveAttribute('d', path!);

  // A card still takes over from a formula.
  await editor.open();
  await editor.dialog.getByRole('button', { name: 'Himmelblau', exact: true }).click();
  await expectState(page, 's.scenario.problem').toEqual({ type: 'function', name: 'himmelblau' });
});

test('a formula undefined over part of the view draws without errors, and runs still run', async ({
  page,
}) => {
  const editor = new FormulaEditorPage(page);
  await editor.applyFormula('sqrt(x) + y^2');
  await expect.poll(() => paintedPixels(page), { timeout: 20_000 }).toBeGreaterThan(100);
  await settled(page);

  // The default start (−2.2, 1.6) is where sqrt(x) is undefined: start on the right instead.
  const box = await stableBox(page.locator('.landscape__hit'));
  await page.mouse.click(box.x + box.width * 0.85, box.y + box.height * 0.3);
  await expectState(page, 's.scenario.start[0]').toBeGreaterThan(1);
  await settled(page);
  for (const run of [0, 1]) {
    // Drawn from the new start: no NaN in the path, and more than ten segments.
    await expect(page.getByTestId(`trajectory-${run}`)).toHaveAttribute(
      'd',
      /^(?![\s\S]*NaN)(?:[^L]*L){10}/,
    );
    expect(await state(page, `Number.isFinite(s.results[${run}].loss[10])`)).toBe(true);
  }
  // Both head for the edge x = 0, where f is smallest: their losses go down.
  for (const run of [0, 1]) {
    const first = (await state(page, `s.results[${run}].loss[0]`)) as number;
    const later = (await state(page, `s.results[${run}].loss[10]`)) as number;
    expect(later).toBeLessThan(first);
  }
});

test('the keyboard alone: open the picker, Tab to the field, type, Enter', async ({ page }) => {
  const editor = new FormulaEditorPage(page);
  await editor.button().focus();
  await page.keyboard.press('Enter');
  await expect(editor.dialog).toBeVisible();
  // Focus starts on the current card. The cards are one Tab stop and the example chips
  // another, so Shift+Tab reaches the field in two steps (Apply is off while it is empty).
  await expect(
    editor.dialog.getByRole('button', { name: 'Rosenbrock', exact: true }),
  ).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(editor.dialog.getByRole('button', { name: 'x^2 + 10y^2' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(editor.field).toBeFocused();
  await page.keyboard.type('x^2 + 10y^2');
  // Arrow keys move the caret in the field, not the focus among the cards.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(editor.field).toBeFocused();
  await page.keyboard.press('End');
  await expect(editor.derivative).toContainText('∂f/∂y = 20·y');
  await page.keyboard.press('Enter');
  await expect(editor.dialog).toBeHidden();
  await expectState(page, 's.scenario.problem').toEqual({
    type: 'expression',
    expr: 'x^2 + 10y^2',
  });
  await expect(editor.button('Your formula')).toBeFocused();
});
