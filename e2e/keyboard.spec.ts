/**
 * Every action by keyboard alone (issue 7 §3): each walk reaches its controls with Tab and works
 * them with Enter, Space and the arrows, never the mouse, and each Tab stop shows where focus is.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectVisibleFocus, focusRing, isFocused, tabTo } from './focus-ring';
import { state } from './helpers';

// Each walk waits for the engine's first results; the machine may be shared by other suites.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
  // Playback would move the cursor under the walks that read it.
  await state(page, 's.pause()');
});

/**
 * Tabs through the whole page once (until focus leaves it or comes back to the first stop) and
 * checks each stop's focus indicator; returns the stops, for the log.
 */
async function walkTabStops(page: Page): Promise<string[]> {
  const seen: string[] = [];
  // Enough presses to pass every control of the first view once (about 55 stops).
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const ring = await focusRing(page);
    if (ring === null) break; // back to the document: the walk is complete
    if (seen.length > 0 && seen[0]!.startsWith(`${ring.label} — `)) break;
    await expectVisibleFocus(page);
    seen.push(`${ring.label} — ${ring.indicator}, ${ring.contrast.toFixed(1)}:1`);
  }
  // The stops in order, in the report, for a person to read through.
  test.info().annotations.push({ type: 'Tab stops', description: seen.join('\n') });
  return seen;
}

test('every Tab stop of the first view is visible and draws a focus ring of 3:1 or more', async ({
  page,
}) => {
  // The header, the landscape and its tools, the timeline, both run cards and the chart tabs.
  expect((await walkTabStops(page)).length).toBeGreaterThan(30);
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('every Tab stop of the first view shows its focus ring in the dark theme too', async ({
    page,
  }) => {
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect((await walkTabStops(page)).length).toBeGreaterThan(30);
  });
});

test('every Tab stop in presentation mode shows its focus ring', async ({ page }) => {
  await page.keyboard.press('p');
  await expect(page.locator('.app')).toHaveClass(/app--present/);
  expect((await walkTabStops(page)).length).toBeGreaterThan(10);
});

test('adding a run and changing its α with the keyboard', async ({ page }) => {
  const add = page.getByRole('button', { name: 'Add optimizer' });
  await tabTo(page, add);
  await expectVisibleFocus(page);
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expectVisibleFocus(page);
  const type = (await menu.getByRole('menuitem').nth(1).textContent())!.trim();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect.poll(() => state(page, 's.scenario.optimizers.length')).toBe(3);
  // Focus stays in the optimizers panel, so the next Tab goes on from there, not from the top.
  await expect.poll(() => page.evaluate(() => document.activeElement !== document.body)).toBe(true);

  const card = page.getByRole('region', { name: new RegExp(`^Run 3: `) });
  await expect(card).toBeVisible();
  const alpha = card.getByRole('slider', { name: /learning rate α/ });
  await tabTo(page, alpha, { max: 40 });
  await expectVisibleFocus(page);
  const before = (await state(page, 's.scenario.optimizers[2].lr')) as number;
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => state(page, 's.scenario.optimizers[2].lr')).toBeGreaterThan(before);
  // And typed into its number field: Tab moves from the slider to the field beside it.
  const field = card.getByRole('textbox', { name: /learning rate α/ });
  await tabTo(page, field, { max: 3 });
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('0.02');
  await page.keyboard.press('Enter');
  await expect.poll(() => state(page, 's.scenario.optimizers[2].lr')).toBe(0.02);
  expect(type.length).toBeGreaterThan(0);
});

test('opening the problem picker and choosing a problem with the keyboard', async ({ page }) => {
  const button = page.getByRole('button', { name: /^Problem: .* — change$/ });
  await tabTo(page, button);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Choose a problem' });
  await expect(dialog).toBeVisible();
  // Focus opens on the current problem's card; the arrows move through the grid.
  const current = dialog.getByRole('button', { name: 'Rosenbrock', exact: true });
  await expect(current).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Home');
  await expect(
    dialog.getByRole('group', { name: 'Problems' }).getByRole('button').first(),
  ).toBeFocused();
  await expectVisibleFocus(page);
  const first = (await page.evaluate(() => document.activeElement?.textContent)) ?? '';
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect.poll(() => state(page, 's.scenario.problem.name')).not.toBe('rosenbrock');
  // Focus returns to the header's button, now naming the new problem.
  await expect(button).toBeFocused();
  expect(first.length).toBeGreaterThan(0);
});

test('opening the presets and applying one with the keyboard', async ({ page }) => {
  const button = page.getByRole('button', { name: 'Presets' });
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Presets' });
  await expect(dialog).toBeVisible();
  const cards = dialog.getByRole('link');
  await expect(cards.first()).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Tab');
  await expect(cards.nth(1)).toBeFocused();
  await expectVisibleFocus(page);
  const chosen = cards.nth(1);
  const href = (await chosen.getAttribute('href'))!;
  expect(href).toMatch(/^\?v=1&/);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  // Applied in place: the address bar holds the preset's link.
  await expect.poll(() => new URL(page.url()).search).toBe(href);
  await expect(page.getByTestId('trajectory-0')).toBeVisible();
});

test('playing and scrubbing the timeline with the keyboard', async ({ page }) => {
  const play = page.getByRole('button', { name: 'Play' });
  await tabTo(page, play);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect.poll(() => state(page, 's.playing')).toBe(true);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => state(page, 's.playing')).toBe(false);

  const scrubber = page.getByRole('slider', { name: 'step' });
  await tabTo(page, scrubber);
  await expectVisibleFocus(page);
  await page.keyboard.press('Home');
  await expect.poll(() => state(page, 's.cursor')).toBe(0);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => state(page, 's.cursor')).toBe(2);
  await page.keyboard.press('End');
  await expect.poll(() => state(page, 's.cursor')).toBe(500);

  // Away from any control, Space plays and pauses and the arrows step (docs/app.md).
  await page.keyboard.press('Escape');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Home');
  await expect.poll(() => state(page, 's.cursor')).toBe(0);
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => state(page, 's.cursor')).toBe(10);
  await page.keyboard.press(' ');
  await expect.poll(() => state(page, 's.playing')).toBe(true);
  await page.keyboard.press(' ');
  await expect.poll(() => state(page, 's.playing')).toBe(false);
});

test('copying the link from the share dialog with the keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const share = page.getByRole('button', { name: 'Share' });
  await tabTo(page, share);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog).toBeVisible();
  const copy = dialog.getByRole('button', { name: 'Copy link' });
  await tabTo(page, copy, { max: 12 });
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Copied to the clipboard')).toBeVisible();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('?v=1');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();
});

test('switching the chart tabs with the keyboard', async ({ page }) => {
  const loss = page.getByRole('tab', { name: 'Loss' });
  await tabTo(page, loss);
  await expectVisibleFocus(page);
  await page.keyboard.press('ArrowRight');
  const grad = page.getByRole('tab', { name: '‖∇f‖' });
  await expect(grad).toBeFocused();
  await expect(grad).toHaveAttribute('aria-selected', 'true');
  // Home and End are the timeline's, even on a tab (docs/app.md, "Keyboard"); the arrows wrap.
  await page.keyboard.press('End');
  await expect.poll(() => state(page, 's.cursor')).toBe(500);
  await expect(grad).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const maps = page.getByRole('tab', { name: 'β, ε maps' });
  await expect(maps).toHaveAttribute('aria-selected', 'true');
  await expectVisibleFocus(page);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'α sweep' })).toHaveAttribute('aria-selected', 'true');
});

test('opening the step inspector with the keyboard', async ({ page }) => {
  const inspect = page.getByRole('button', { name: 'Inspect step' });
  await tabTo(page, inspect);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Step inspector' });
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('inspector-title')).toHaveText(/→/, { timeout: 20_000 });
  // Its own controls are reachable too, and it closes from the keyboard.
  await page.keyboard.press('Enter');
  await expect(panel).toBeHidden();
  await expect.poll(() => isFocused(inspect)).toBe(true);
});

test('entering and leaving presentation mode with P', async ({ page }) => {
  await page.keyboard.press('p');
  await expect(page.locator('.app')).toHaveClass(/app--present/);
  // The presenter's controls are reachable by Tab and show focus.
  const exit = page.getByRole('button', { name: 'Exit presentation (P)' });
  await tabTo(page, exit);
  await expectVisibleFocus(page);
  await page.keyboard.press('Escape');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('p');
  await expect(page.locator('.app')).not.toHaveClass(/app--present/);
  // And the button: Enter on it enters the mode, Enter on Exit leaves it.
  const present = page.getByRole('button', { name: 'Present' });
  await tabTo(page, present);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('.app')).toHaveClass(/app--present/);
  await tabTo(page, exit);
  await page.keyboard.press('Enter');
  await expect(page.locator('.app')).not.toHaveClass(/app--present/);
});
