import { expect, test } from '@playwright/test';
import { collectPageErrors, openSettled, settled, state } from './helpers';

/**
 * A run's own batch size (issue 16, docs/scenario.md `optimizers[i].batchSize`): the run card's
 * batch select changes that run's path on the same data and leaves the other run's alone (run
 * reuse: src/state/reuse.ts), and the link carries it.
 */

const LINK = '/?v=1&p=linear-regression&n=60&o=gd(lr=0.1)&o=gd(lr=0.05)';

test('setting run 1’s batch size to one sample changes its path and only its path', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await openSettled(page, LINK);
  const first = page.getByTestId('trajectory-0');
  const second = page.getByTestId('trajectory-1');
  const before = [await first.getAttribute('d'), await second.getAttribute('d')];
  // Kept in the page, to tell later whether run 2's result is still the same object.
  await state(page, '(window.__run2 = s.results[1], true)');

  await page.getByRole('region', { name: /^Run 1/ }).click();
  const select = page.getByRole('combobox', { name: 'Batch size of run 1' });
  await expect(select).toBeVisible();
  await expect(select.locator('option:checked')).toHaveText('as the problem: full (100)');
  await select.selectOption({ label: '1 (one sample)' });

  await expect.poll(() => state(page, 's.scenario.optimizers[0].batchSize')).toBe(1);
  await settled(page);
  await expect(first).not.toHaveAttribute('d', before[0]!);
  await expect(second).toHaveAttribute('d', before[1]!);
  // Run 2 was not computed again: its result is the same object as before the change.
  expect(await state(page, 's.results[1] === window.__run2 && s.results.length === 2')).toBe(true);
  await expect(page).toHaveURL(/o=gd\(lr=0\.1,batchSize=1\)/);

  // Back to the problem's: the field leaves the run and the link.
  await select.selectOption({ label: 'as the problem: full (100)' });
  await expect.poll(() => state(page, 's.scenario.optimizers[0].batchSize')).toBeUndefined();
  await settled(page);
  await expect(first).toHaveAttribute('d', before[0]!);
  expect(errors).toEqual([]);
});

test('a function offers no batch select; a link’s batch size on it is dropped with a notice', async ({
  page,
}) => {
  await openSettled(page, '/?v=1&p=rosenbrock&o=gd(lr=0.001,batchSize=1)&o=adam(lr=0.05)');
  await page.getByRole('region', { name: /^Run 1/ }).click();
  await expect(page.getByRole('slider', { name: /learning rate|α/ }).first()).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Batch size of run 1' })).toHaveCount(0);
  await expect(page.getByText(/only a problem on data/)).toBeVisible();
  expect(await state(page, 's.scenario.optimizers[0].batchSize')).toBeUndefined();
});

test('a collapsed run card still says its own batch size; expanded, its select does', async ({
  page,
}) => {
  await openSettled(
    page,
    '/?v=1&p=linear-regression&n=60&o=gd(lr=0.1,batchSize=1)&o=gd(lr=0.05)&o=adam(lr=0.05)&sel=3',
  );
  const run1 = page.getByRole('region', { name: /^Run 1/ });
  // Run 3 is selected: run 1's card is collapsed (no sliders), and says why its path differs.
  await expect(run1.getByRole('slider')).toHaveCount(0);
  await expect(page.getByTestId('run-batch-tag-0')).toHaveText('batch 1');
  await expect(page.getByTestId('run-batch-tag-1')).toHaveCount(0);
  await run1.click();
  await expect(page.getByRole('combobox', { name: 'Batch size of run 1' })).toBeVisible();
  await expect(page.getByTestId('run-batch-tag-0')).toHaveCount(0);
});
