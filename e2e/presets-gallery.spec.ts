/**
 * The presets gallery from the header. Rename to presets-gallery.spec.ts once PresetsButton
 * (src/ui/presets/PresetGallery.tsx) is rendered in the header.
 */
import { expect, test } from '@playwright/test';
import { getPreset } from '../src/presets/presets';
import { state } from './helpers';

test('the Presets button opens the gallery; Escape closes it and focus returns', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('trajectory-1')).toBeVisible();
  const button = page.getByRole('button', { name: 'Presets' });
  await expect(button, 'PresetsButton is not rendered in the header').toBeVisible();
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Presets' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Learning rate' })).toBeVisible();
  await expect(dialog.getByRole('link')).toHaveCount(await dialog.locator('.preset-card').count());
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('clicking a card applies the preset in place and Back returns to the view before', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('trajectory-1')).toBeVisible();
  const before = new URL(page.url()).search;
  await page.getByRole('button', { name: 'Presets' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presets' });
  const preset = getPreset('himmelblau-basins')!;
  const card = dialog.getByRole('link', { name: preset.title });
  expect(await card.getAttribute('href')).toMatch(/^\?v=1&p=himmelblau/);
  await card.click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => state(page, 's.scenario.problem.name')).toBe('himmelblau');
  expect(await state(page, 's.scenario')).toEqual(preset.scenario);
  await expect(page.getByTestId('trajectory-1')).toBeVisible();
  expect(new URL(page.url()).search).toContain('p=himmelblau');

  await page.goBack();
  await expect.poll(() => new URL(page.url()).search).toBe(before);
  await expect.poll(() => state(page, 's.scenario.problem.name')).toBe('rosenbrock');
});
