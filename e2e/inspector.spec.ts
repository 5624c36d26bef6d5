import { expect, test, type Page } from '@playwright/test';
import { collectErrors, state } from './helpers';

/** Sets the step slider as a user would, through the input's own value. */
async function scrubTo(page: Page, step: number) {
  await page.getByRole('slider', { name: 'step' }).fill(String(step));
}

// A dev server on a loaded machine serves hundreds of modules slowly; the build is far quicker.
test.describe.configure({ timeout: 60_000 });

/** The first paint of a dev server under load can take a while; the build's takes under a second. */
const FIRST_PAINT = { timeout: 20_000 };

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('trajectory-1')).toBeVisible(FIRST_PAINT);
});

/**
 * Whether KaTeX's stylesheet is in the page (its @font-face rules name KaTeX_Main): the script
 * and the stylesheet are loaded together, on demand.
 */
const katexStyled = (page: Page) =>
  page.evaluate(() =>
    [...document.styleSheets].some((sheet) =>
      [...sheet.cssRules].some((rule) => rule.cssText.includes('KaTeX_Main')),
    ),
  );

test('KaTeX is not loaded until the inspector opens', async ({ page }) => {
  expect(await page.locator('.katex').count()).toBe(0);
  expect(await katexStyled(page)).toBe(false);
  await page.getByRole('button', { name: 'Inspect step' }).click();
  await expect(page.locator('.inspector .katex').first()).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => katexStyled(page)).toBe(true);
  // Typeset, not the plain-text fallback: KaTeX's own fonts are in use.
  const font = () =>
    page
      .locator('.inspector__formula .katex')
      .first()
      .evaluate((element) => getComputedStyle(element).fontFamily);
  await expect.poll(font).toContain('KaTeX_Main');
});

test('opens over the landscape, follows the timeline, and closes', async ({ page }) => {
  const errors = collectErrors(page);
  const toggle = page.getByRole('button', { name: 'Inspect step' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.evaluate(() =>
    (
      window as unknown as { __descent: { store: { getState(): { selectRun(i: number): void } } } }
    ).__descent.store
      .getState()
      .selectRun(1),
  );
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const panel = page.getByRole('region', { name: 'Step inspector' });
  await expect(panel).toBeVisible();
  // The rule is typeset (KaTeX), and the title names the selected run's optimizer.
  await expect(panel.locator('.inspector__formula .katex')).toBeVisible(FIRST_PAINT);
  const type = (await state(page, 's.scenario.optimizers[1].type')) as string;
  expect(type).toBe('adam');
  await expect(page.getByTestId('inspector-title')).toContainText('Adam');

  await scrubTo(page, 10);
  await expect(page.getByTestId('inspector-title')).toHaveText(
    /^Step 10 → 11 · Adam$/,
    FIRST_PAINT,
  );
  await expect(page.getByTestId('inspector-scalar-t')).toHaveText('11', FIRST_PAINT);
  const g10 = await page.getByTestId('inspector-grad-0').textContent();
  const delta10 = await page.getByTestId('inspector-delta-0').textContent();

  await scrubTo(page, 40);
  await expect(page.getByTestId('inspector-step')).toHaveText('40', FIRST_PAINT);
  await expect(page.getByTestId('inspector-scalar-t')).toHaveText('41', FIRST_PAINT);
  await expect(page.getByTestId('inspector-grad-0')).not.toHaveText(g10!);
  await expect(page.getByTestId('inspector-delta-0')).not.toHaveText(delta10!);

  // The numbers are the run's: Δθ is the difference of the trajectory's points 40 and 41
  // (polled: the inspection of step 40 comes from the lab worker after the step shows).
  const expected = (await state(
    page,
    '(() => { const t = s.results[1].trajectory; return t[82] - t[80]; })()',
  )) as number;
  const shown = async () =>
    Number((await page.getByTestId('inspector-delta-0').textContent())!.replace('−', '-'));
  await expect
    .poll(
      async () => Math.abs((await shown()) - expected) <= Math.abs(expected) * 1e-3,
      FIRST_PAINT,
    )
    .toBe(true);

  // Selecting the other run shows its rule.
  await page.evaluate(() =>
    (
      window as unknown as { __descent: { store: { getState(): { selectRun(i: number): void } } } }
    ).__descent.store
      .getState()
      .selectRun(0),
  );
  await expect(page.getByTestId('inspector-title')).toHaveText(
    /^Step 40 → 41 · Gradient descent$/,
    FIRST_PAINT,
  );

  await page.screenshot({ path: 'test-results/screenshots/inspector.png' });
  await panel.getByRole('button', { name: 'Close the step inspector' }).click();
  await expect(panel).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(errors).toEqual([]);
});

test('keeps up while the timeline plays and shows the last step at the end', async ({ page }) => {
  await page.getByRole('button', { name: 'Inspect step' }).click();
  await expect(page.getByTestId('inspector-step')).toBeVisible(FIRST_PAINT);
  await scrubTo(page, 0);
  await expect(page.getByTestId('inspector-step')).toHaveText('0');
  await page.getByRole('button', { name: 'Play' }).click();
  // The step number moves on during playback (throttled, ~10 updates a second)…
  await expect
    .poll(async () => Number(await page.getByTestId('inspector-step').textContent()), FIRST_PAINT)
    .toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Jump to end' }).click();
  // …and at the end, where no step follows, it shows the step into the last point.
  const steps = (await state(page, 's.scenario.steps')) as number;
  await expect(page.getByTestId('inspector-step')).toHaveText(String(steps - 1), FIRST_PAINT);
});
