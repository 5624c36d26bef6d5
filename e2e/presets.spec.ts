/** Presets open as links and show what their text promises (src/presets/presets.ts). */
import { expect, test, type Page } from '@playwright/test';
import { getPreset, type Preset } from '../src/presets/presets';
import { encodeLink } from '../src/url/codec';
import { DEFAULT_VIEW } from '../src/url/fields';
import { expectState, state } from './helpers';

/** Engine results under two busy cores can take seconds: generous, never a speed check. */
const ENGINE = { timeout: 20_000 };

function preset(id: string): Preset {
  const found = getPreset(id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}

async function openPreset(page: Page, id: string): Promise<Preset> {
  const p = preset(id);
  await page.goto(
    `/?${encodeLink({ scenario: p.scenario, view: { ...DEFAULT_VIEW, ...p.view } })}`,
  );
  return p;
}

test('the learning-rate preset shows three runs, the too-large one marked as diverged', async ({
  page,
}) => {
  const p = await openPreset(page, 'learning-rate-quadratic');
  for (let i = 0; i < 3; i++) await expect(page.getByTestId(`trajectory-${i}`)).toBeVisible(ENGINE);
  await expect(page.getByTestId('trajectory-3')).toHaveCount(0);
  expect(await state(page, 's.scenario')).toEqual(p.scenario);
  await expectState(page, 's.results?.map((r) => r.divergedAt)').toEqual([null, null, 49]);
  await expect(page.locator('.landscape__diverged')).toHaveCount(1);
  await expect(
    page.getByRole('region', { name: 'Run 3: Gradient descent · too large' }),
  ).toBeVisible();
  await expect(page.getByRole('status', { name: 'Link notice' })).toHaveCount(0);
});

test('the AdamW preset opens the linear-regression example with its three runs', async ({
  page,
}) => {
  const p = await openPreset(page, 'adamw-vs-adam-l2');
  for (let i = 0; i < 3; i++) await expect(page.getByTestId(`trajectory-${i}`)).toBeVisible(ENGINE);
  expect(await state(page, 's.scenario.problem')).toEqual({ type: 'linear-regression' });
  expect(await state(page, 's.scenario.optimizers.map((o) => o.type)')).toEqual([
    'adam',
    'adam',
    'adamw',
  ]);
  expect(await state(page, 's.scenario.optimizers[1].weightDecay')).toBe(0.8);
  await expectState(page, 's.results?.length').toBe(p.scenario.optimizers.length);
  await expect(page.locator('.landscape__diverged')).toHaveCount(0);
});

test('the saddle preset shows GD, momentum and Adam leaving the saddle', async ({ page }) => {
  const p = await openPreset(page, 'saddle-escape');
  for (let i = 0; i < 3; i++) await expect(page.getByTestId(`trajectory-${i}`)).toBeVisible(ENGINE);
  expect(await state(page, 's.scenario.problem')).toEqual({ type: 'function', name: 'saddle' });
  expect(await state(page, 's.scenario.start')).toEqual(p.scenario.start);
  // Every run ends off the map, |y| > 2 (momentum by leaving the divergence bound).
  await expectState(
    page,
    's.results?.map((r) => r.divergedAt !== null || Math.abs(r.trajectory[r.trajectory.length - 1]) > 2)',
  ).toEqual([true, true, true]);
});
