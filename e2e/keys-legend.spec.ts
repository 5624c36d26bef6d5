/**
 * The timeline's keys work whatever was last clicked (issue 14 §7, docs/app.md "Keyboard"), the
 * legend of the landscape's marks, the first-visit hint and the jargon tooltips (issue 14 §5).
 */
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectState, FIRST_VISIT, openFirstView, state } from './helpers';

test.describe.configure({ timeout: 90_000 });

/** The first view, paused at step 200 so that Home and ← have somewhere to go. */
async function openAtStep(page: Page, url = '/'): Promise<void> {
  await openFirstView(page, url);
  await state(page, '(s.pause(), s.setCursor(200), true)');
  await expectState(page, 's.cursor').toBe(200);
}

test.describe('keys', () => {
  test('after clicking a chart tab, Home and → move the timeline, not the tabs', async ({
    page,
  }) => {
    await openAtStep(page);
    const grad = page.getByRole('tab', { name: '‖∇f‖' });
    await grad.click();
    await expect(grad).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expectState(page, 's.cursor').toBe(0);
    await page.keyboard.press('ArrowRight');
    await expectState(page, 's.cursor').toBe(1);
    await page.keyboard.press('Shift+ArrowRight');
    await expectState(page, 's.cursor').toBe(11);
    await expect(grad).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('slider', { name: 'step' })).toHaveAttribute(
      'aria-valuetext',
      /11/,
    );
  });

  test('after clicking the Data tab of a data problem, Home moves the timeline', async ({
    page,
  }) => {
    await openFirstView(page);
    await state(page, `(s.setProblem({ type: 'linear-regression' }), true)`);
    const data = page.getByRole('tab', { name: 'Data' });
    await data.click();
    await expect(data).toHaveAttribute('aria-selected', 'true');
    await expectState(page, 's.results.length > 0 && !s.computing').toBe(true);
    await state(page, '(s.pause(), s.setCursor(50), true)');
    await page.keyboard.press('Home');
    await expectState(page, 's.cursor').toBe(0);
    await page.keyboard.press('End');
    await expectState(page, 's.cursor === s.scenario.steps').toBe(true);
    await expect(data).toHaveAttribute('aria-selected', 'true');
  });

  test('after dragging α, Home moves the timeline and leaves α alone', async ({ page }) => {
    await openAtStep(page);
    const alpha = page
      .getByRole('region', { name: /^Run 1: / })
      .getByRole('slider', { name: /learning rate α/ });
    const box = (await alpha.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect(alpha).toBeFocused();
    const lr = (await state(page, 's.scenario.optimizers[0].lr')) as number;
    await page.keyboard.press('Home');
    await expectState(page, 's.cursor').toBe(0);
    await page.keyboard.press('End');
    await expectState(page, 's.cursor === s.scenario.steps').toBe(true);
    expect(await state(page, 's.scenario.optimizers[0].lr')).toBe(lr);
    // The focused slider keeps its own arrows …
    await page.keyboard.press('ArrowRight');
    await expectState(page, 's.scenario.optimizers[0].lr').toBeGreaterThan(lr);
    // … until Escape hands focus back to the page, and the arrows step the timeline.
    await page.keyboard.press('Escape');
    await expect(alpha).not.toBeFocused();
    await expect
      .poll(() => page.evaluate(() => document.activeElement === document.body))
      .toBe(true);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expectState(page, 's.cursor').toBe(1);
  });

  test('after clicking the landscape, Space plays and Home jumps; arrows still pan', async ({
    page,
  }) => {
    await openAtStep(page);
    const landscape = page.getByTestId('landscape');
    // A click in the bottom-right corner of the plot (moves the start there; that is fine).
    const box = (await landscape.boundingBox())!;
    await page.mouse.click(box.x + box.width - 60, box.y + box.height - 60);
    await expect(landscape).toBeFocused();
    await state(page, '(s.pause(), true)');
    await page.keyboard.press(' ');
    await expectState(page, 's.playing').toBe(true);
    await page.keyboard.press(' ');
    await expectState(page, 's.playing').toBe(false);
    await state(page, '(s.setCursor(100), true)');
    await page.keyboard.press('Home');
    await expectState(page, 's.cursor').toBe(0);
    const before = JSON.stringify(await state(page, 's.window'));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => JSON.stringify(await state(page, 's.window'))).not.toBe(before);
    expect(await state(page, 's.cursor')).toBe(0);
  });

  test('? opens the legend, which lists the keys; Escape closes it', async ({ page }) => {
    const errors = collectErrors(page);
    await openAtStep(page);
    await page.keyboard.press('?');
    const legend = page.getByTestId('legend');
    await expect(legend).toBeVisible();
    await expect(legend.getByTestId('legend-keys')).toContainText('Space');
    await expect(legend.getByTestId('legend-keys')).toContainText('Home');
    await page.keyboard.press('Escape');
    await expect(legend).toBeHidden();
    expect(errors).toEqual([]);
  });
});

test.describe('legend', () => {
  test('the Legend button opens a legend with every mark drawn and named', async ({ page }) => {
    await openFirstView(page);
    const button = page.getByRole('button', { name: 'Legend' });
    await button.click();
    const legend = page.getByTestId('legend');
    await expect(legend).toBeVisible();
    await expect(legend.getByRole('heading', { name: 'What is drawn' })).toBeVisible();
    for (const [kind, name] of [
      ['start', 'Start'],
      ['minimum', 'Minimum'],
      ['current', 'Current step'],
      ['trail', 'Path so far, path ahead'],
      ['end', 'End'],
      ['diverged', 'Diverged'],
    ] as const) {
      const entry = legend.getByTestId(`legend-${kind}`);
      await expect(entry).toContainText(name);
      // A drawn sample in the landscape's own classes.
      await expect(entry.locator(`svg[data-sample="${kind}"]`)).toBeVisible();
    }
    await expect(legend.locator('.landscape__start-ring')).toHaveCount(1);
    await expect(legend.locator('.landscape__minimum--global path')).toHaveCount(1);
    await expect(legend.locator('.landscape__marker')).toHaveCount(1);
    await expect(legend.locator('.landscape__end')).toHaveCount(1);
    await expect(legend.locator('.landscape__diverged')).toHaveCount(1);
    // Faded ahead: the landscape's path class, drawn at less than full opacity.
    const fade = await legend
      .locator('[data-sample="trail"] .landscape__path')
      .evaluate((path) => Number(getComputedStyle(path).strokeOpacity));
    expect(fade).toBeLessThan(1);
    const keys = legend.getByTestId('legend-keys');
    for (const key of ['Space', '←', '→', 'Shift', 'Home', 'End', 'Esc', '?'])
      await expect(keys.locator('kbd', { hasText: key }).first()).toBeVisible();
    // Focus went into the dialog; Escape closes it and gives focus back to the button.
    await expect(legend.getByRole('button', { name: 'Close the legend' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(legend).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('screenshot: the legend at 1280×720', async ({ page }) => {
    await openFirstView(page);
    await page.keyboard.press('?');
    await expect(page.getByTestId('legend')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('legend.png') });
  });
});

test.describe('first-visit hint', () => {
  test.use(FIRST_VISIT);
  test('shows once, names the three things to try, and not after a reload', async ({ page }) => {
    await openFirstView(page);
    const hint = page.getByTestId('first-visit-hint');
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('Drag α');
    await expect(hint).toContainText('start point');
    await expect(hint).toContainText('Space');
    await page.screenshot({ path: test.info().outputPath('hint.png') });
    // It takes no clicks but its button's: the landscape under it still gets them.
    const box = (await hint.boundingBox())!;
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-testid="first-visit-hint"]'),
      [box.x + 10, box.y + 10],
    );
    expect(hit).toBeNull();
    await hint.getByRole('button', { name: 'Close the hint' }).click();
    await expect(hint).toBeHidden();
    await page.reload();
    await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('landscape')).toBeVisible();
    await expect(hint).toHaveCount(0);
  });

  test('shows once even when not dismissed', async ({ page }) => {
    await openFirstView(page);
    await expect(page.getByTestId('first-visit-hint')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('first-visit-hint')).toHaveCount(0);
  });

  test('steps aside while a link notice shows, and comes back when it is closed', async ({
    page,
  }) => {
    // A run that cannot be read and parameters Descent does not know: a notice at the foot.
    await openFirstView(page, '/?v=1&o=adam(lr=-3,beta1=7),gd(lr=0.01)&zz=1&colour=red');
    const notice = page.getByRole('status', { name: 'Link notice' });
    await expect(notice).toBeVisible();
    await expect(page.getByTestId('first-visit-hint')).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('hint-notice.png') });
    await notice.getByRole('button', { name: 'Dismiss link notice' }).click();
    await expect(notice).toBeHidden();
    await expect(page.getByTestId('first-visit-hint')).toBeVisible();
  });

  for (const [what, query] of [
    ['an embed', '?embed=1'],
    ['presentation mode', '?present=1'],
    ['a link opened to predict', '?predict=1'],
  ] as const) {
    test(`never in ${what}`, async ({ page }) => {
      await page.goto(`/${query}`);
      await expect(page.getByTestId('landscape')).toBeVisible({ timeout: 20_000 });
      await expect(page.locator('.landscape__legend')).toBeVisible({ timeout: 20_000 });
      await expect(page.getByTestId('first-visit-hint')).toHaveCount(0);
    });
  }
});

test.describe('jargon tooltips', () => {
  test('f − f*, the colour scale and ε are explained, by keyboard and by tap', async ({ page }) => {
    await openFirstView(page);
    const axis = page.getByTestId('help-chart-axis');
    await expect(axis).toHaveAccessibleName('What is f − f*?');
    await expect(axis).toHaveAccessibleDescription(/how far the loss f is above/);
    // Keyboard: focus shows the bubble, Escape hides it.
    await axis.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('tooltip').filter({ hasText: 'f − f*' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tooltip').filter({ hasText: 'f − f*' })).toBeHidden();
    await expect(page.getByTestId('help-colour-scale')).toHaveAccessibleDescription(/log/);
    const eps = page.getByRole('region', { name: /^Run 2: / }).getByTestId('help-eps');
    await expect(eps).toHaveAccessibleDescription(/added to the denominator/);
    // A click (a tap) pins it.
    await eps.click();
    await expect(page.getByRole('tooltip').filter({ hasText: 'denominator' })).toBeVisible();
    await expect(page.getByText('small term', { exact: true })).toHaveCount(1);
  });

  test('symlog and the principal directions are explained', async ({ page }) => {
    await openFirstView(page);
    // A function unbounded below: the surface and the loss chart go symlog.
    await state(page, `(s.setProblem({ type: 'function', name: 'saddle' }), true)`);
    await expect(page.getByTestId('help-colour-scale')).toHaveAccessibleDescription(
      /Symmetric log/,
      { timeout: 20_000 },
    );
    await expect(page.getByTestId('help-chart-axis')).toHaveAccessibleName('What is symlog?', {
      timeout: 20_000,
    });
    await state(page, `(s.setProblem({ type: 'logistic-regression' }), true)`);
    await expect(page.getByTestId('help-slice-directions')).toHaveAccessibleDescription(
      /PC 1 and PC 2/,
      { timeout: 30_000 },
    );
  });
});

test.describe('help on a first visit, in Chinese', () => {
  // A first visit, so that the hint shows too.
  test.use(FIRST_VISIT);

  test('in Chinese too', async ({ page }) => {
    await openFirstView(page, '/?lang=zh');
    await expect(page.getByTestId('help-chart-axis')).toHaveAccessibleDescription(/最低值/);
    await expect(page.getByTestId('help-eps').first()).toHaveAccessibleDescription(/分母/);
    await expect(page.getByTestId('first-visit-hint')).toContainText('空格');
    await page.keyboard.press('?');
    await expect(page.getByTestId('legend')).toContainText('图上画的是什么');
  });
});
