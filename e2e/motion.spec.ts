/**
 * prefers-reduced-motion (issue 7 §3): with `reduce`, no CSS transition or animation runs and
 * the reveal shows the runs whole instead of playing them; Play, which the reader asks for,
 * still plays (docs/app.md, "Reduced motion").
 */
import { expect, test, type Page } from '@playwright/test';
import { expectState } from './helpers';

/**
 * The longest transition or animation (duration + iterations) on any element, in ms. The frame
 * beat's element is left out: it is invisible and moves nothing anyone sees, and it runs under
 * reduced motion too (e2e/frame-beat.spec.ts checks both).
 */
function longestMotion(page: Page): Promise<{ ms: number; where: string }> {
  return page.evaluate(() => {
    const seconds = (list: string) =>
      Math.max(...list.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1e-3 : 1)));
    let longest = { ms: 0, where: '' };
    for (const el of document.querySelectorAll('*:not([data-testid="frame-beat"])')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        const transition =
          style.transitionProperty === 'none' ? 0 : seconds(style.transitionDuration);
        const animation =
          style.animationName === 'none'
            ? 0
            : seconds(style.animationDuration) *
              (style.animationIterationCount === 'infinite'
                ? Infinity
                : Number(style.animationIterationCount));
        const ms = Math.max(transition, animation) * 1000;
        if (ms > longest.ms)
          longest = { ms, where: `${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ''}` };
      }
    }
    return longest;
  });
}

/** Opens a view and waits for its runs to be drawn. */
async function openFirstView(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
}

/** A link that hides the runs for a prediction; waits for the runs to be computed. */
async function openPredict(page: Page) {
  await page.goto('/?v=1&p=himmelblau&predict=1');
  await expect(page.getByTestId('predict-overlay')).toBeVisible({ timeout: 20_000 });
  await expectState(page, 's.results !== null').toBe(true);
}

test.describe('with prefers-reduced-motion: reduce', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('no element transitions or animates, in the first view or in the presets gallery', async ({
    page,
  }) => {
    await openFirstView(page);
    expect((await longestMotion(page)).ms).toBeLessThan(1);
    await page.getByRole('button', { name: 'Presets' }).click();
    await expect(page.getByRole('dialog', { name: 'Presets' })).toBeVisible();
    const longest = await longestMotion(page);
    expect(longest.ms, longest.where).toBeLessThan(1);
  });

  test('the reveal shows the runs whole at their last step, paused; Play still plays', async ({
    page,
  }) => {
    await openPredict(page);
    await page.getByRole('button', { name: 'Reveal (R)' }).first().click();
    await expect(page.getByTestId('trajectory-1')).toBeVisible();
    await expectState(page, 's.playing').toBe(false);
    await expectState(page, 's.cursor === s.scenario.steps').toBe(true);
    // The key does the same as the button.
    await page.keyboard.press('h');
    await expect(page.getByTestId('predict-overlay')).toBeVisible();
    await page.keyboard.press('r');
    await expect(page.getByTestId('predict-overlay')).toHaveCount(0);
    await expectState(page, 's.playing').toBe(false);

    // Play is the reader's own request: it plays from the start and the cursor moves.
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expectState(page, 's.cursor').toBeGreaterThan(0);
  });
});

test.describe('without a motion preference', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  test('the same styles do move (so the check above can fail)', async ({ page }) => {
    await openFirstView(page);
    await page.getByRole('button', { name: 'Presets' }).click();
    await expect(page.getByRole('dialog', { name: 'Presets' })).toBeVisible();
    expect((await longestMotion(page)).ms).toBeGreaterThan(50);
  });

  test('the reveal plays the runs from step 0', async ({ page }) => {
    await openPredict(page);
    await page.getByRole('button', { name: 'Reveal (R)' }).first().click();
    // Issue 14: only the past is drawn while it plays; the runs are seen by their markers.
    await expect(page.getByTestId('marker-1')).toBeVisible();
    // Playing from step 0: seen playing before the end (500 steps at 500 / 5 = 100 a second).
    await expectState(page, 's.playing && s.cursor < s.scenario.steps').toBe(true);
  });
});
