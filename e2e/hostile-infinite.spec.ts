/**
 * Infinite values in the data (issue 23, class 8): formulas whose values are huge or overflow to
 * ±∞ or NaN open without freezing the tab, without a NaN attribute in any chart, without a
 * panel's error boundary, and the app keeps reacting.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, state } from './helpers';

/** A formula as the `expr` of a link: every character outside [A-Za-z0-9] percent-encoded. */
const link = (expr: string, extra = '') =>
  `/?v=1&p=expression(expr=${encodeURIComponent(expr).replace(/[()!*'.-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})${extra}`;

const FORMULAS = [
  '1.7976931348623157e308',
  '1/0',
  'log(0)',
  '2^2^2^2^2',
  '1e308*10',
  'x*1e308',
  '-1.7976931348623157e308*x^2',
  '1e300*(x^2+y^2)',
];

/** No panel shows its error boundary. */
async function noPanelFailed(page: Page) {
  await expect(page.locator('[data-testid^="panel-error-"]')).toHaveCount(0);
}

/** The results on screen are those of the scenario in the store. */
const settled = (page: Page) =>
  expect
    .poll(() => state(page, 's.resultsScenario === s.scenario && !s.computing'), {
      timeout: 30_000,
    })
    .toBe(true);

for (const expr of FORMULAS) {
  test(`f = ${expr}: every chart copes, nothing fails, α still applies`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(link(expr));
    await settled(page);
    expect(await state(page, 's.scenario.problem.expr')).toBe(expr);
    await expect(page.getByTestId('loss-chart')).toBeVisible();
    await noPanelFailed(page);
    // f is +∞ at every step: no line, and the gap is marked along the top.
    if (expr === '1/0')
      await expect(page.getByTestId('loss-gaps-0')).toHaveAttribute('data-count', '1');

    // The ‖∇f‖ tab and back to the loss.
    await page.getByRole('tab', { name: '‖∇f‖' }).click();
    await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-measure', 'gradNorm');
    await noPanelFailed(page);

    // Hover the chart: the read-out shows a value or a legible ∞/NaN, never garbage.
    await page.getByRole('tab', { name: 'Loss' }).click();
    const plot = page.getByTestId('loss-chart-plot');
    await plot.hover({ position: { x: 30, y: 20 } });
    await noPanelFailed(page);

    // The app still reacts: a new α recomputes the run.
    const field = page
      .getByRole('region', { name: /^Run 1: / })
      .getByLabel('learning rate α value');
    await field.fill('0.0123');
    await field.press('Enter');
    await expect.poll(() => state(page, 's.scenario.optimizers[0].lr')).toBe(0.0123);
    await settled(page);
    await noPanelFailed(page);
    expect(errors).toEqual([]);
  });
}

test('the α sweep and the β, ε maps of an overflowing formula draw without NaN', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto(link('x*1e308', '&o=adam(lr=0.1)&n=20'));
  await settled(page);
  await page.getByRole('tab', { name: 'α sweep' }).click();
  await expect(page.getByTestId('sweep-chart')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Sweep progress' })).toHaveCount(0, {
    timeout: 30_000,
  });
  await noPanelFailed(page);
  await page.getByRole('tab', { name: 'β, ε maps' }).click();
  await expect(page.getByTestId('maps-status')).toHaveText(/^840 runs · /, { timeout: 30_000 });
  await noPanelFailed(page);
  expect(errors).toEqual([]);
});
