/** Presentation mode and predict-then-reveal (issue 7 §1), driven by the keys a presenter uses. */
import { expect, test } from '@playwright/test';
import { eachTestOpens, expectState } from './helpers';

eachTestOpens((page) => page.getByTestId('trajectory-1'));

test('P presents: large type, run cards hidden, a legend in their place; P again leaves', async ({
  page,
}) => {
  const bodySize = () =>
    page.locator('.app').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await bodySize();
  await page.keyboard.press('p');
  await expect(page.locator('.app')).toHaveClass(/app--present/);
  // Polled: the type may grow through a transition.
  await expect.poll(bodySize).toBeGreaterThan(before * 1.15);
  await expect(page.getByRole('region', { name: /optimizers/i })).toBeHidden();
  const legend = page.getByRole('list', { name: 'Runs' });
  await expect(legend).toContainText('Gradient descent');
  await expect(legend).toContainText('Adam');
  await expect.poll(() => page.url()).toContain('present=1');
  // Legible at 1280×720: nothing spills out of the timeline or the side column.
  // (Polled: the layout settles after the change of type size.)
  for (const selector of ['.timeline', '.app__side', '.app-header']) {
    const overflow = () => page.locator(selector).evaluate((el) => el.scrollWidth - el.clientWidth);
    await expect.poll(overflow, { message: selector }).toBeLessThanOrEqual(0);
  }
  await page.screenshot({ path: 'test-results/screenshots/presentation.png' });
  await page.keyboard.press('p');
  await expect(page.locator('.app')).not.toHaveClass(/app--present/);
  await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
});

test('H hides the runs for a prediction, R reveals them playing from the start', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Present' }).click();
  await page.keyboard.press('h');
  await expect(page.getByTestId('predict-overlay')).toBeVisible();
  await expect(page.locator('[data-testid^="trajectory-"]')).toHaveCount(0);
  await expect(page.getByTestId('predict-notice')).toBeVisible();
  await expect(page.locator('[data-testid^="loss-line-"]')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/predict.png' });

  await page.keyboard.press('r');
  await expect(page.getByTestId('predict-overlay')).toHaveCount(0);
  // Issue 14: the reveal draws only the past (the whole paths stay hidden until the end), so the
  // runs are seen by their markers.
  await expect(page.getByTestId('marker-1')).toBeVisible();
  // The reveal plays the runs from step 0 (500 steps at 500 / 5 = 100 a second).
  await expectState(page, 's.playing && s.cursor < 400').toBe(true);
  await expect(page.locator('[data-testid^="loss-line-"]')).toHaveCount(2);
});

test('a link with predict=1 opens with the runs hidden; the button reveals them', async ({
  page,
}) => {
  await page.goto('/?v=1&p=himmelblau&predict=1');
  await expect(page.getByTestId('predict-overlay')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[data-testid^="trajectory-"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal (R)' }).first().click();
  await expect(page.getByTestId('marker-1')).toBeVisible();
});

test('typing P into a field does not toggle presentation', async ({ page }) => {
  const field = page.getByLabel('learning rate α value').first();
  await field.focus();
  await page.keyboard.press('p');
  await expect(page.locator('.app')).not.toHaveClass(/app--present/);
});
