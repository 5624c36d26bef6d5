/** Links: the URL is the state (docs/links.md). */
import { expect, test, type Page } from '@playwright/test';
import { expectState, frames, settled, state } from './helpers';

/** Engine results under two busy cores can take seconds: generous, never a speed check. */
const ENGINE = { timeout: 20_000 };

const query = (page: Page) => new URL(page.url()).search;

test('opening a link shows exactly its scenario and view', async ({ page }) => {
  await page.goto(
    '/?v=1&p=himmelblau&x0=0.5,-1&n=300&o=gd(lr=0.01)&o=adam(lr=0.05,beta1=0.8,label=Fast%20Adam)&sel=2&t=120',
  );
  await expect(page.getByTestId('trajectory-1')).toBeVisible(ENGINE);
  await expectState(page, 's.scenario.problem').toEqual({ type: 'function', name: 'himmelblau' });
  await expectState(page, 's.scenario.start').toEqual([0.5, -1]);
  await expectState(page, 's.scenario.steps').toBe(300);
  await expectState(page, 's.selectedRun').toBe(1);
  await expectState(page, 's.cursor').toBe(120);
  await expect(page.getByRole('region', { name: 'Run 2: Fast Adam' })).toBeVisible();
  await expect(page.locator('.landscape__marker').first()).toHaveAttribute('data-step', '120');
  await expect(page.getByRole('status', { name: 'Link notice' })).toHaveCount(0);
});

test('a slider move changes the URL; a reload gives the same trajectory to the pixel', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('trajectory-1')).toBeVisible(ENGINE);
  const slider = page
    .getByRole('region', { name: 'Run 2: Adam' })
    .getByRole('slider', { name: 'learning rate α' });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => query(page)).not.toContain('adam(lr=0.1)');
  const lr = (await state(page, 's.scenario.optimizers[1].lr')) as number;
  // The last change of a gesture reaches the address bar after a short delay (docs/links.md).
  await expect.poll(() => query(page)).toContain(`adam(lr=${lr})`);
  await expectState(page, 's.resultsScenario?.optimizers[1].lr').toBe(lr);
  await settled(page);
  // The path of those results is drawn in the frame that follows them.
  await frames(page, 2);
  const path = await page.getByTestId('trajectory-1').getAttribute('d');
  const final = await state(page, 'Array.from(s.results[1].trajectory.slice(-2))');

  await page.reload();
  await expectState(page, 's.resultsScenario?.optimizers[1].lr').toBe(lr);
  await expect(page.getByTestId('trajectory-1')).toHaveAttribute('d', path!, ENGINE);
  expect(await state(page, 'Array.from(s.results[1].trajectory.slice(-2))')).toEqual(final);
});

test('Back undoes an added run; scrubbing does not add history entries', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('trajectory-1')).toBeVisible(ENGINE);
  const entries = () => page.evaluate(() => history.length);
  const before = await entries();
  await page.getByRole('slider', { name: 'step' }).fill('30');
  await page.getByRole('slider', { name: 'step' }).fill('60');
  await expect.poll(() => query(page)).toContain('t=60');
  expect(await entries()).toBe(before);

  await page.getByRole('button', { name: 'Add optimizer' }).click();
  await page.getByRole('menuitem', { name: 'RMSprop' }).click();
  await expect(page.getByTestId('trajectory-2')).toBeVisible(ENGINE);
  await expect.poll(() => query(page)).toContain('o=rmsprop');
  await page.goBack();
  await expect(page.getByTestId('trajectory-2')).toHaveCount(0);
  await expectState(page, 's.scenario.optimizers.length').toBe(2);
  await expectState(page, 's.cursor').toBe(60);
});

test('hostile links show the notice, keep the app working, run nothing and clamp steps', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const hostile = [
    `p=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E`,
    `o=javascript:window.pwned=1`,
    `o=adam(label=%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3D1%3E)`,
    `n=1000000000`,
    `o=gd(lr=NaN)`,
    `x0=1e400,2`,
    `win=${'9'.repeat(10_000)}`,
  ].join('&');
  await page.goto(`/?${hostile}`);
  const notice = page.getByRole('status', { name: 'Link notice' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('clamped to 1000000');
  await expect(notice).toContainText('NaN');
  await expect(notice).toContainText('10,000 characters');
  await expectState(page, 's.scenario.steps').toBe(1_000_000);
  await expect(page.getByTestId('trajectory-0')).toBeVisible({ timeout: 20_000 });
  // The label is shown as text, never as markup.
  await expect(page.getByRole('textbox', { name: 'Name of run 1' })).toHaveValue(
    '<img src=x onerror=window.pwned=1>',
  );
  expect(
    await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
  ).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  // The address bar shows the link as understood, and the app still works.
  await expect.poll(() => query(page)).toContain('n=1000000');
  await page.getByRole('button', { name: 'Dismiss link notice' }).click();
  await expect(notice).toHaveCount(0);
  await page.getByRole('button', { name: 'Add optimizer' }).click();
  await page.getByRole('menuitem', { name: 'Momentum', exact: true }).click();
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
});
