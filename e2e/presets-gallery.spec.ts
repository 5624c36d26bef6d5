/**
 * The presets gallery from the header. Rename to presets-gallery.spec.ts once PresetsButton
 * (src/ui/presets/PresetGallery.tsx) is rendered in the header.
 */
import { expect, test } from '@playwright/test';
import { getPreset } from '../src/presets/presets';
import { expectState } from './helpers';

test('the Presets button opens the gallery; Escape closes it and focus returns', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
  const button = page.getByRole('button', { name: 'Presets' });
  await expect(button, 'PresetsButton is not rendered in the header').toBeVisible();
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Presets' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Learning rate' })).toBeVisible();
  // Every card is a link (the cards are all rendered with the dialog's chunk).
  await expect(dialog.locator('.preset-card')).not.toHaveCount(0);
  await expect
    .poll(
      async () =>
        (await dialog.getByRole('link').count()) - (await dialog.locator('.preset-card').count()),
    )
    .toBe(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('clicking a card applies the preset in place and Back returns to the view before', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
  const query = () => new URL(page.url()).search;
  await page.getByRole('button', { name: 'Presets' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presets' });
  const preset = getPreset('himmelblau-basins')!;
  const card = dialog.getByRole('link', { name: preset.title });
  expect(await card.getAttribute('href')).toMatch(/^\?v=1&p=himmelblau/);
  await card.click();
  await expect(dialog).toBeHidden();
  await expectState(page, 's.scenario.problem.name').toBe('himmelblau');
  await expectState(page, 's.scenario').toEqual(preset.scenario);
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
  await expect.poll(query).toContain('p=himmelblau');

  // Back: the entry before the preset, the first view.
  await page.goBack();
  await expect.poll(query).not.toContain('himmelblau');
  await expectState(page, 's.scenario.problem.name').toBe('rosenbrock');
});
