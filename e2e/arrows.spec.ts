/**
 * The landscape's arrows at the cursor step (docs/arrows.md): each kind toggled on from the
 * Arrows menu appears at the current-step marker, follows the cursor, and goes when toggled off
 * or when the runs are hidden to predict.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { getPreset } from '../src/presets/presets';
import { encodeLink } from '../src/url/codec';
import { DEFAULT_VIEW, type LinkView } from '../src/url/fields';
import { collectErrors, expectState, state } from './helpers';

/** Engine results under two busy cores can take seconds: generous, never a speed check. */
const ENGINE = { timeout: 20_000 };
// Each arrow waits for a replay in the lab worker, behind whatever else the lab does on a busy
// 2-core machine: several such waits in one test need more than the default 60 s (docs/testing.md).
test.describe.configure({ timeout: 150_000 });

/** A window around Booth's valley wide enough for α = 0.12's first four points. */
const WIDE = { x: [-18, 26], y: [-14, 20] } as const;

async function openPreset(page: Page, id: string, view: Partial<LinkView> = {}): Promise<void> {
  const preset = getPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  await page.goto(
    `/?${encodeLink({ scenario: preset.scenario, view: { ...DEFAULT_VIEW, ...preset.view, ...view } })}`,
  );
  await expect(page.getByTestId('trajectory-0')).toBeVisible(ENGINE);
}

/** Turns an arrow kind on or off from the Arrows menu, then closes the menu. */
async function toggle(page: Page, testId: string, on: boolean): Promise<void> {
  await page.getByTestId('arrows-button').click();
  const box = page.getByTestId(testId);
  await expect(page.getByTestId('arrows-menu')).toBeVisible();
  if (on) await box.check();
  else await box.uncheck();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('arrows-menu')).toBeHidden();
}

/** The selected run's current-step marker (drawn larger than the others) as "x,y". */
const markerAt = (page: Page) =>
  page
    .locator('.landscape__marker[r="7"]')
    .evaluate((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`);

const round = (value: string | null) => Number(value).toFixed(1);
const startOf = async (arrow: Locator) =>
  `${round(await arrow.getAttribute('data-x1'))},${round(await arrow.getAttribute('data-y1'))}`;
const endOf = async (arrow: Locator) =>
  `${round(await arrow.getAttribute('data-x2'))},${round(await arrow.getAttribute('data-y2'))}`;
const marker = async (page: Page) =>
  (await markerAt(page))
    .split(',')
    .map((v) => round(v))
    .join(',');

test('−α∇f and Δθ start and end at the marker, follow the cursor, and go when off', async ({
  page,
}) => {
  const errors = collectErrors(page);
  // The too-large α (run 3) at step 2, bouncing across Booth's valley, in a window that holds
  // its first bounces (by step 10 it is far outside any useful window).
  await openPreset(page, 'learning-rate-quadratic', { selectedRun: 2, cursor: 2, window: WIDE });
  await expect(page.getByTestId('arrow-grad')).toHaveCount(0);

  await toggle(page, 'arrows-toggle-grad', true);
  const grad = page.getByTestId('arrow-grad');
  await expect(grad).toHaveCount(1, ENGINE);
  await expect(grad).toHaveAttribute('data-run', '2');
  await expect(grad).toHaveAttribute('data-step', '2', ENGINE);
  // (its true length may follow, ×n, when the plot cuts it short)
  await expect(grad.locator('text')).toContainText('−α∇f');
  const at2 = await marker(page);
  await expect.poll(() => startOf(grad), ENGINE).toBe(at2);

  // The timeline's → moves the cursor; the arrow follows it to the new marker.
  await page.keyboard.press('ArrowRight');
  await expectState(page, 's.cursor').toBe(3);
  await expect(grad).toHaveAttribute('data-step', '3', ENGINE);
  const at3 = await marker(page);
  expect(at3).not.toBe(at2);
  await expect.poll(() => startOf(grad), ENGINE).toBe(at3);

  // Δθ: from the previous point to the current one.
  await toggle(page, 'arrows-toggle-step', true);
  const step = page.getByTestId('arrow-step');
  await expect(step).toHaveCount(1);
  await expect(step.locator('text')).toHaveText('Δθ');
  expect(await endOf(step)).toBe(at3);
  expect(await startOf(step)).toBe(at2);

  // Plain GD keeps no state: no momentum arrow even when asked for.
  await toggle(page, 'arrows-toggle-state', true);
  await expect(grad).toHaveAttribute('data-step', '3', ENGINE);
  await expect(page.getByTestId('arrow-momentum')).toHaveCount(0);

  // The link carries the arrows.
  await expect.poll(() => new URL(page.url()).searchParams.get('arrows')).toBe('grad,step,state');

  await toggle(page, 'arrows-toggle-grad', false);
  await expect(grad).toHaveCount(0);
  await toggle(page, 'arrows-toggle-step', false);
  await expect(step).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('all runs: one arrow per run; hidden while the class predicts', async ({ page }) => {
  // Step 1: every run's first step is long enough to draw (later, α = 0.05's are a pixel or two).
  await openPreset(page, 'learning-rate-quadratic', { cursor: 1 });
  await toggle(page, 'arrows-toggle-step', true);
  await expect(page.getByTestId('arrow-step')).toHaveCount(1);
  await page.getByTestId('arrows-button').click();
  await page.getByTestId('arrows-all-runs').check();
  await page.keyboard.press('Escape');
  const steps = page.getByTestId('arrow-step');
  await expect(steps).toHaveCount(3);
  await expect(page.locator('[data-testid="arrow-step"][data-run="1"]')).toHaveCount(1);

  await state(page, 's.setPredicting(true)');
  await expect(page.getByTestId('arrows')).toHaveCount(0);
  // The menu keeps its place in the tools row, unseen and inert (Landscape.tsx).
  await expect(page.getByTestId('arrows-button')).toBeHidden();
  expect(
    await page.getByTestId('arrows-button').evaluate((b) => b.closest('[inert]') !== null),
  ).toBe(true);
  await state(page, 's.setPredicting(false)');
  await expect(steps).toHaveCount(3);
});

test('momentum’s buffer: the arrow-momentum arrow, labelled −αb, at the marker', async ({
  page,
}) => {
  await openPreset(page, 'momentum-ellipse', { selectedRun: 1, cursor: 6 });
  await toggle(page, 'arrows-toggle-state', true);
  const momentum = page.getByTestId('arrow-momentum');
  await expect(momentum).toHaveCount(1, ENGINE);
  await expect(momentum).toHaveAttribute('data-run', '1');
  await expect(momentum.locator('text')).toContainText('−αb');
  await expect.poll(() => startOf(momentum), ENGINE).toBe(await marker(page));
  // Step 0 has no buffer yet.
  await page.keyboard.press('Home');
  await expectState(page, 's.cursor').toBe(0);
  await expect(momentum).toHaveCount(0, ENGINE);
});

test('the open menu follows its button when the page reflows, and stays on screen', async ({
  page,
}) => {
  await openPreset(page, 'learning-rate-quadratic');
  await page.getByTestId('arrows-button').click();
  const menu = page.getByTestId('arrows-menu');
  await expect(menu).toBeVisible();
  const rightOf = (testId: string) =>
    page.getByTestId(testId).evaluate((element) => element.getBoundingClientRect().right);
  const leftOf = (testId: string) =>
    page.getByTestId(testId).evaluate((element) => element.getBoundingClientRect().left);
  const aligned = async () =>
    Math.abs((await rightOf('arrows-menu')) - (await rightOf('arrows-button')));
  await expect.poll(aligned).toBeLessThan(1);

  // The tools move right (as when the colour legend appears before them): the menu follows.
  const before = await rightOf('arrows-button');
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('.landscape__tools')!.style.paddingLeft = '160px';
  });
  await expect.poll(() => rightOf('arrows-button')).toBeGreaterThan(before + 100);
  await expect.poll(aligned).toBeLessThan(1);

  // The tools move so far left that the menu, aligned with the button's end, would start off
  // screen: it starts at the margin instead, and its boxes can be ticked.
  await page.evaluate(() => {
    const tools = document.querySelector<HTMLElement>('.landscape__tools')!;
    tools.style.paddingLeft = '0';
    tools.style.marginLeft = '-400px';
  });
  await expect.poll(() => leftOf('arrows-menu')).toBe(8);
  await expect(menu).toBeVisible();
  await page.getByTestId('arrows-toggle-step').check();
  await expect(page.getByTestId('arrows-toggle-step')).toBeChecked();
});

test('the overshoot preset with every arrow, for a look at 1280 × 720', async ({ page }) => {
  // The first visit's hint would cover the plot: this page has seen it.
  await page.addInitScript(() => localStorage.setItem('descent.hint.seen', '1'));
  // Step 2 of α = 0.12 on Booth, in a window wide enough for its first bounces.
  await openPreset(page, 'learning-rate-quadratic', {
    selectedRun: 2,
    cursor: 2,
    window: WIDE,
    arrows: { grad: true, step: true, state: true, allRuns: false },
  });
  await expect(page.getByTestId('arrow-grad')).toHaveCount(1, ENGINE);
  await expect(page.getByTestId('arrow-step')).toHaveCount(1);
  await page.screenshot({
    path: process.env.ARROWS_SHOT ?? 'test-results/screenshots/arrows-overshoot.png',
  });
});
