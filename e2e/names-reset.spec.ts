/**
 * Names follow values, Reset returns a run to its preset or to PyTorch's defaults, and Undo/Redo
 * step through the changes (issue 14, point 9; docs/app.md, "Names, reset and undo").
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getPreset } from '../src/presets/presets';
import { encodeLink } from '../src/url/codec';
import { DEFAULT_VIEW } from '../src/url/fields';
import { collectErrors, expectState } from './helpers';

const SHOTS = process.env.NAMES_SHOTS;

/** Opens the learning-rate preset (three GD runs: too small, about right, too large) as a link. */
async function openLearningRate(page: Page, query = '') {
  const preset = getPreset('learning-rate-quadratic')!;
  await page.goto(`/?${encodeLink({ scenario: preset.scenario, view: DEFAULT_VIEW })}${query}`);
  await expect(page.getByTestId('trajectory-2')).toBeVisible({ timeout: 20_000 });
}

const lr = (page: Page) => expectState(page, 's.scenario.optimizers[0].lr');

test('a preset run keeps its role, not a number; reset goes to the preset or to the defaults; undo and redo', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openLearningRate(page);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();

  const card = page.getByRole('region', { name: 'Run 1: Gradient descent · too small' });
  await expect(card.getByLabel('Name of run 1')).toHaveValue('Too small');
  const alpha = card.getByLabel('learning rate α value');
  await alpha.fill('0.363');
  await alpha.press('Enter');
  await lr(page).toBe(0.363);
  // The name holds no number to go stale; the α shown is the live one, in the card and legend.
  await expect(card.getByLabel('Name of run 1')).toHaveValue('Too small');
  await expect(alpha).toHaveValue('0.363');
  await expect(undo).toBeEnabled();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/run-cards.png` });

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  const legend = page.getByRole('list', { name: 'Runs' });
  await expect(legend.getByRole('listitem').first()).toHaveText(
    /Gradient descent · too small\s*α = 0\.363/,
  );
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/present-legend.png` });
  await page.keyboard.press('p');
  await expect(legend).toBeHidden();

  // Reset, first choice: the preset's α; second choice: PyTorch's default.
  await card.getByRole('button', { name: 'Reset', exact: true }).click();
  const menu = page.getByRole('menu', { name: 'Reset run 1' });
  await expect(menu.getByRole('menuitem')).toHaveCount(2);
  await expect(menu.getByRole('menuitem').first()).toContainText('α = 0.005');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/reset-menu.png` });
  const { violations } = await new AxeBuilder({ page })
    .include('.reset-menu__menu')
    .include('.undo-buttons')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await menu.getByRole('menuitem', { name: /preset’s or link’s values/ }).click();
  await lr(page).toBe(0.005);
  await expect(alpha).toHaveValue('0.005');

  await card.getByRole('button', { name: 'Reset', exact: true }).click();
  await menu.getByRole('menuitem', { name: /PyTorch defaults/ }).click();
  await lr(page).toBe(0.001);
  await expectState(page, 's.scenario.optimizers[0].label').toBe('too small');

  // Undo walks back through each step, Redo forward again.
  await undo.click();
  await lr(page).toBe(0.005);
  await undo.click();
  await lr(page).toBe(0.363);
  await undo.click();
  await lr(page).toBe(0.005);
  await expect(undo).toBeDisabled();
  await redo.click();
  await lr(page).toBe(0.363);
  // The keys, outside a text field: Ctrl+Shift+Z redoes, Ctrl+Z undoes.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+Z');
  await lr(page).toBe(0.005);
  await page.keyboard.press('Control+Z');
  await lr(page).toBe(0.363);
  // In a text field Ctrl+Z is the field's own.
  await alpha.focus();
  await page.keyboard.press('Control+Z');
  await expect(redo).toBeEnabled();
  await lr(page).toBe(0.363);
  expect(errors).toEqual([]);
});

test('a run added has only the defaults to go back to; undo removes it again', async ({ page }) => {
  await openLearningRate(page);
  await page.getByRole('button', { name: 'Add optimizer' }).click();
  await page.getByRole('menuitem', { name: 'Adam', exact: true }).click();
  const adam = page.getByRole('region', { name: 'Run 4: Adam' });
  await expect(adam).toBeVisible();
  await adam.getByRole('button', { name: 'Reset', exact: true }).click();
  const menu = page.getByRole('menu', { name: 'Reset run 4' });
  await expect(menu.getByRole('menuitem')).toHaveCount(1);
  await expect(menu.getByRole('menuitem')).toContainText('PyTorch defaults');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expectState(page, 's.scenario.optimizers.length').toBe(3);
  await expect(adam).toHaveCount(0);
});

test('the reset menu opens under its button; Escape closes it and focus goes back', async ({
  page,
}) => {
  await openLearningRate(page);
  const button = page.getByTestId('reset-run-0');
  await button.click();
  const menu = page.getByRole('menu', { name: 'Reset run 1' });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  // Aligned to the button's right edge, just below it (src/ui/optimizers/placement.ts): not at
  // the page's corner, where a menu without its button's element opened.
  const at = (await button.boundingBox())!;
  const box = (await menu.boundingBox())!;
  expect(Math.abs(box.x + box.width - (at.x + at.width))).toBeLessThanOrEqual(2);
  expect(box.y).toBeGreaterThanOrEqual(at.y + at.height - 1);
  expect(box.y).toBeLessThanOrEqual(at.y + at.height + 12);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
});

test('in Chinese: the role beside the type, the reset menu and undo', async ({ page }) => {
  await openLearningRate(page, '&lang=zh');
  const card = page.getByRole('region', { name: /^运行 1/ });
  await expect(card.getByRole('textbox', { name: /运行 1/ })).toHaveValue('太小');
  const alpha = card.getByRole('textbox', { name: /学习率 α/ });
  await alpha.fill('0.2');
  await alpha.press('Enter');
  await lr(page).toBe(0.2);
  await card.getByRole('button', { name: '重置', exact: true }).click();
  await page.getByRole('menuitem', { name: /恢复为预设或链接中的值/ }).click();
  await lr(page).toBe(0.005);
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await lr(page).toBe(0.2);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/run-cards-zh.png` });
});
