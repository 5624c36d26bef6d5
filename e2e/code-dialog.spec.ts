/**
 * The Code dialog (issue 18, point 3; src/ui/code): the view as a PyTorch or NumPy script, from
 * the Export menu and the step inspector, highlighted, copied and downloaded exactly as shown,
 * in the app's language, and nothing of a run's name ever becoming markup. That the scripts
 * reproduce the runs is checked by running them (test/export/code-run.test.ts).
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors, openWithResults, state } from './helpers';

test.describe.configure({ timeout: 60_000 });
const SLOW = { timeout: 20_000 };

const LINK = '/?v=1&p=rosenbrock&o=gd(lr=0.0015)&o=adam(lr=0.05,beta2=0.99)&n=300';

async function openFromExportMenu(page: Page) {
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: /^Code \(PyTorch, NumPy\)/ }).click();
  const dialog = page.getByRole('dialog', { name: 'The code of this view' });
  await expect(dialog).toBeVisible(SLOW);
  return dialog;
}

const scriptText = (page: Page) => page.getByTestId('code-script').innerText();

test('from the Export menu: the PyTorch script of the view, highlighted, copied and downloaded as shown', async ({
  page,
  context,
}) => {
  const errors = collectPageErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWithResults(page, LINK);
  const dialog = await openFromExportMenu(page);
  const script = page.getByTestId('code-script');
  await expect(script).toHaveAttribute('data-target', 'pytorch');
  await expect(dialog.getByRole('radio', { name: 'PyTorch' })).toBeChecked();
  // The view's runs, with exactly the hyperparameters on screen.
  const text = await scriptText(page);
  expect(text).toContain('import torch');
  expect(text).toMatch(/torch\.optim\.SGD\([^)]*lr=0\.0015/);
  expect(text).toMatch(/torch\.optim\.Adam\([^)]*lr=0\.05/);
  expect(text).toMatch(/betas=\(0\.9, 0\.99\)/);
  expect(text).toContain('STEPS = 300');
  // Highlighted: keywords, numbers and comments in spans of their own.
  await expect(script.locator('.hljs-keyword').first()).toBeVisible();
  await expect(script.locator('.hljs-comment').first()).toBeVisible();

  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trimEnd()).toBe(text.trimEnd());

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download descent.py' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('descent.py');
  const file = await readFile(await download.path(), 'utf8');
  expect(file).toBe(copied);

  // NumPy: the same runs, the rules by hand, no framework.
  await dialog.getByRole('radio', { name: 'NumPy' }).check();
  await expect(script).toHaveAttribute('data-target', 'numpy');
  const numpy = await scriptText(page);
  expect(numpy).toContain('import numpy as np');
  expect(numpy).not.toContain('import torch');

  // Escape closes it and the focus goes back to the menu's button.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('export-menu')).toBeFocused();
  expect(errors).toEqual([]);
});

test('from the step inspector, in Chinese: the NumPy script with Chinese comments; a name stays text', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await openWithResults(page, `${LINK}&t=20&inspect=1&lang=zh`);
  // A run named with markup: the script quotes it, the dialog shows it as text.
  await state(
    page,
    `s.setScenario({ ...s.scenario, optimizers: s.scenario.optimizers.map((o, i) =>
      i === 0 ? { ...o, label: '<img src=x onerror="window.__pwned=1">' } : o) })`,
  );
  const open = page.getByTestId('inspector-code');
  await expect(open).toBeVisible(SLOW);
  await open.click();
  const dialog = page.getByRole('dialog', { name: '当前视图的代码' });
  await expect(dialog).toBeVisible(SLOW);
  await expect(page.getByTestId('code-script')).toHaveAttribute('data-target', 'numpy');
  const text = await scriptText(page);
  expect(text).toContain('import numpy as np');
  expect(text).toMatch(/# .*[\u4e00-\u9fff]/); // comments in Chinese
  // The problem named as the app names it in Chinese, not with the core's English title.
  expect(text).toMatch(/^# .*Rosenbrock 函数/m);
  expect(text).toContain('<img src=x onerror=');
  await expect(dialog.locator('img')).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('inspector-code')).toBeFocused();
  expect(await state(page, 's.inspectorOpen')).toBe(true);
  expect(errors).toEqual([]);
});

test('a lesson step that offers its code opens the script of its view', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/?lesson=training-a-model&step=41');
  const offer = page.getByTestId('lesson-code');
  await expect(offer).toHaveText('The code of this view (PyTorch)', SLOW);
  await offer.click();
  const dialog = page.getByRole('dialog', { name: 'The code of this view' });
  await expect(dialog).toBeVisible(SLOW);
  await expect(page.getByTestId('code-script')).toHaveAttribute('data-target', 'pytorch');
  // The step's view: the network and its three runs.
  const text = await scriptText(page);
  expect(text).toContain('import torch');
  expect(text).toMatch(/torch\.optim\.Adam\(/);
  expect(text).toContain('STEPS = 300');
  await page.keyboard.press('Escape');
  await expect(offer).toBeFocused();
  // A step without the field offers nothing.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('lesson')).toHaveAttribute('data-step', '42');
  await expect(offer).toHaveCount(0);
  expect(errors).toEqual([]);
});
