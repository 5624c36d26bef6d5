/**
 * Issue 23 in the built app: a bad field costs only itself (point 1), and a window of subnormal
 * extents opens widened and draws, and the link then shown reopens to itself (point 2).
 */
import { expect, test } from '@playwright/test';
import { collectErrors, expectState, paintedPixels, settled, state } from './helpers';

test('a typo in one run’s schedule keeps the second run, the steps and the seed', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/?v=1&p=booth&o=adam(lr=0.1,schedule=cosin)&o=gd(lr=0.3)&n=77&seed=31337');
  const notice = page.getByRole('status', { name: 'Link notice' });
  await expect(notice).toContainText('o (run 1) schedule: type must be one of');
  await expect(notice).toContainText('"cosin"');
  await expect(notice).not.toContainText('first view');
  await expectState(page, 's.scenario.steps').toBe(77);
  expect(await state(page, 's.scenario.seed')).toBe(31337);
  expect(await state(page, 's.scenario.problem.name')).toBe('booth');
  expect(await state(page, 's.scenario.optimizers.map((o) => [o.type, o.lr])')).toEqual([
    ['adam', 0.1],
    ['gd', 0.3],
  ]);
  // Both runs are computed (GD at 0.3 diverges on Booth; it is computed all the same).
  await settled(page);
  expect(await state(page, 's.results.length')).toBe(2);
  // The address bar shows the link as understood: both runs, the steps and the seed.
  await expect.poll(() => new URL(page.url()).search).toContain('n=77&seed=31337');
  expect(decodeURIComponent(new URL(page.url()).search)).toContain('o=gd(lr=0.3)');
  expect(errors).toEqual([]);
});

test('a window of subnormal extents opens widened, and the landscape draws', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?v=1&p=himmelblau&win=0,1e-320,0,1e-320');
  await expect(page.getByRole('status', { name: 'Link notice' })).toContainText(
    'win: is too small to draw; widened',
  );
  await settled(page);
  await expect.poll(() => paintedPixels(page), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect(page.locator('.panel-error, [role="alert"]')).toHaveCount(0);
  // What the address bar shows reopens to the same window, without a notice.
  const shown = new URL(page.url()).search;
  expect(shown).toContain('win=-0.00005,0.00005,-0.00005,0.00005');
  await page.goto(`/${shown}`);
  await expect(page.getByRole('status', { name: 'Link notice' })).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).search).toBe(shown);
  expect(errors).toEqual([]);
});
