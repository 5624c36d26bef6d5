import { expect, test } from '@playwright/test';
import { collectPageErrors, openSettled } from './helpers';

/**
 * A collapsed run card's summary (src/ui/optimizers/run-summary.ts, docs/app.md "Run cards"): its
 * α and what else differs from its type's defaults, so a comparison's runs read at a glance
 * without opening them; opened, the sliders say it and the summary goes.
 */

const LINK =
  '/?v=1&p=rosenbrock&o=gd(lr=0.001)&o=adam(lr=0.05)&o=adam(lr=0.05,beta1=0)&o=momentum(lr=5e-4)&sel=2';

test('collapsed cards say α and what differs from the defaults; the open card says it with sliders', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await openSettled(page, LINK);
  const run3 = page.getByRole('region', { name: /^Run 3:/ });
  // Run 2 is selected: the others are collapsed, with no sliders.
  await expect(run3.getByRole('slider')).toHaveCount(0);
  await expect(page.getByTestId('run-summary-0')).toHaveText('α 0.001');
  await expect(page.getByTestId('run-summary-2')).toHaveText('α 0.05 · β1 0');
  await expect(page.getByTestId('run-summary-3')).toHaveText('α 5e-4');
  await expect(page.getByTestId('run-summary-2')).toHaveAttribute(
    'title',
    'learning rate α 0.05, β1 0',
  );
  await expect(page.getByTestId('run-summary-1')).toHaveCount(0);

  // Opening run 3: its sliders show the same values, and its summary goes.
  await run3.click();
  await expect(run3.getByRole('slider', { name: 'learning rate α', exact: true })).toBeVisible();
  await expect(page.getByTestId('run-summary-2')).toHaveCount(0);
  await expect(page.getByTestId('run-summary-1')).toHaveText('α 0.05');
  // The summary follows a change made elsewhere (Undo, a link, a lesson).
  await page.evaluate(() =>
    (
      window as unknown as {
        __descent: { store: { getState(): { updateOptimizer(i: number, p: object): void } } };
      }
    ).__descent.store
      .getState()
      .updateOptimizer(0, { lr: 0.002 }),
  );
  await expect(page.getByTestId('run-summary-0')).toHaveText('α 0.002');
  expect(errors).toEqual([]);
});
