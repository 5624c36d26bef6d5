/**
 * Visual comparison of the key views at 1280×720 against committed baselines
 * (e2e/visual.spec.ts-snapshots/; how and when to update them: docs/testing.md, "Visual
 * baselines"). Each view is captured only once it is settled: the results on screen are the
 * scenario's, the surface is complete (data-surface="full") and no busy sign is up. What moves by
 * itself is frozen or masked: CSS animations and transitions (`animations: 'disabled'`), the
 * caret, and the engine's busy dot.
 */
import { expect, test, type Page } from '@playwright/test';
import { getPreset } from '../src/presets/presets';
import { encodeLink } from '../src/url/codec';
import { DEFAULT_VIEW } from '../src/url/fields';
import { collectErrors, expectState, openFirstView, settled } from './helpers';

/**
 * Software raster (SwiftShader) could anti-alias text and curves slightly differently from run to
 * run; on this machine three runs at a tolerance of 0 matched their baselines exactly, one of them
 * beside two busy CPU loops (docs/testing.md). 0.2% of the pixels (1,843) is margin for that. At
 * 1% the baselines drifted unnoticed for weeks: three new controls (the Lessons button, the
 * 2D/3D switch, the λmax tab) each changed less than 1% of a view.
 */
const MAX_DIFF_PIXEL_RATIO = 0.002;

test.describe.configure({ timeout: 120_000 });

/** Waits for the view to be complete and still, then compares it with its baseline. */
async function expectView(page: Page, name: string): Promise<void> {
  await settled(page);
  await expect(page.locator('[data-surface]').first()).toHaveAttribute('data-surface', 'full', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('landscape-busy')).toHaveCount(0, { timeout: 30_000 });
  await expectState(page, 's.playing').toBe(false);
  // Web fonts (KaTeX aside, the app uses system fonts, but a late font would shift the text).
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await expect(page).toHaveScreenshot(`${name}.png`, {
    animations: 'disabled',
    caret: 'hide',
    // The engine's busy dot blinks while any request is out (src/ui/EngineStatus.tsx).
    mask: [page.locator('.engine-status__busy')],
    maxDiffPixelRatio: MAX_DIFF_PIXEL_RATIO,
    timeout: 30_000,
  });
}

/** Opens a preset by its link, as the gallery does. */
async function openPreset(page: Page, id: string): Promise<void> {
  const preset = getPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  await page.goto(
    `/?${encodeLink({ scenario: preset.scenario, view: { ...DEFAULT_VIEW, ...preset.view } })}`,
  );
}

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = collectErrors(page);
});
test.afterEach(() => {
  expect(errors).toEqual([]);
});

test.describe('light system', () => {
  test.use({ colorScheme: 'light' });

  test('the first view', async ({ page }) => {
    await openFirstView(page);
    await expectView(page, 'first-view');
  });

  test('presentation mode', async ({ page }) => {
    await openFirstView(page);
    await settled(page);
    await page.keyboard.press('p');
    await expect(page.locator('.app')).toHaveClass(/app--present/);
    await expectView(page, 'present');
  });

  test('a model: the MLP on two moons, trained', async ({ page }) => {
    await openPreset(page, 'mlp-moons');
    await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 60_000 });
    await expectView(page, 'mlp-moons');
  });

  test('Chinese', async ({ page }) => {
    await openFirstView(page, '/?lang=zh');
    await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
    await expectView(page, 'zh');
  });
});

test.describe('dark system', () => {
  test.use({ colorScheme: 'dark' });

  test('the dark theme', async ({ page }) => {
    await openFirstView(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectView(page, 'dark');
  });
});
