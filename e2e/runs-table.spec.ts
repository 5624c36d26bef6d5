/**
 * The chart panel's Table tab (issue 14, point 10): one row per visible run in its colour, sorted
 * by a click on a heading, the loss at the cursor following the timeline, in presentation mode
 * and in Chinese too.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getPreset } from '../src/presets/presets';
import { encodeLink } from '../src/url/codec';
import { DEFAULT_VIEW } from '../src/url/fields';
import { collectErrors, settled, state } from './helpers';

const SHOTS = process.env.NAMES_SHOTS;

async function openTable(page: Page, query = '') {
  const preset = getPreset('learning-rate-quadratic')!;
  const link = encodeLink({ scenario: preset.scenario, view: { ...DEFAULT_VIEW, chart: 'table' } });
  await page.goto(`/?${link}${query}`);
  await settled(page);
}

const runOrder = (page: Page) =>
  page
    .getByTestId('runs-table')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-run'))));

test('one row per visible run; sorting by final loss reorders; the cursor column follows the timeline', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openTable(page);
  expect(page.url()).toContain('chart=table');
  const table = page.getByTestId('runs-table');
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.locator('tbody th')).toHaveText(['Too small', 'About right', 'Too large']);
  await expect(table.locator('tbody th span[title]').first()).toHaveAttribute(
    'title',
    'Gradient descent · too small',
  );
  // The too-large run diverged at step 49 (the preset's own claim).
  await expect(table.locator('tr[data-run="2"] td[data-column="divergedAt"]')).toHaveText('49');
  await expect(table.locator('tr[data-run="2"] td[data-column="finalLoss"]')).toHaveText(
    'diverged',
  );

  const final = table.locator('th[data-column="finalLoss"]');
  await expect(final).toHaveAttribute('aria-sort', 'none');
  await final.getByRole('button').click();
  await expect(final).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(() => runOrder(page)).toEqual([1, 0, 2]);
  await final.getByRole('button').click();
  await expect(final).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => runOrder(page)).toEqual([2, 0, 1]);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/runs-table.png` });
  // The table passes axe (WCAG 2.1 AA and best practice, as e2e/a11y.spec.ts checks the app).
  const { violations } = await new AxeBuilder({ page })
    .include('.runs-table')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The loss at the cursor: at step 0 every run is at the start's loss; at the end, its final one.
  const cursorCells = table.locator('td[data-column="cursorLoss"]');
  await expect(table.locator('th[data-column="cursorLoss"]')).toContainText('step 100');
  await page.keyboard.press('Home');
  await expect(table.locator('th[data-column="cursorLoss"]')).toContainText('step 0');
  const start = await cursorCells.first().textContent();
  await expect(cursorCells).toHaveText([start!, start!, start!]);
  await page.keyboard.press('ArrowRight');
  await expect(table.locator('th[data-column="cursorLoss"]')).toContainText('step 1');
  await expect(cursorCells.first()).not.toHaveText(start!);

  // A hidden run leaves the table.
  await page
    .getByRole('region', { name: /^Run 2:/ })
    .getByRole('button', { name: 'Hide' })
    .click();
  await expect(table.locator('tbody tr')).toHaveCount(2);
  expect(await state(page, 's.chartMode')).toBe('table');
  expect(errors).toEqual([]);
});

test('steps to tolerance follow the tolerance chosen', async ({ page }) => {
  await openTable(page);
  const steps = page
    .getByTestId('runs-table')
    .locator('tr[data-run="1"] td[data-column="stepsToTolerance"]');
  await expect(steps).toHaveText(/^\d+$/);
  const at3 = Number(await steps.textContent());
  await page.getByTestId('runs-table-tolerance').selectOption({ label: '10⁻⁶' });
  await expect.poll(async () => Number(await steps.textContent())).toBeGreaterThan(at3);
  await expect(page.getByText('first step with f − f* ≤ 10⁻⁶ × (f(θ₀) − f*)')).toBeVisible();
});

test('in presentation mode and in Chinese', async ({ page }) => {
  await openTable(page, '&lang=zh');
  await expect(page.getByRole('tab', { name: '表格' })).toHaveAttribute('aria-selected', 'true');
  const table = page.getByTestId('runs-table');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/runs-table-zh.png` });
  await page.keyboard.press('p');
  await expect.poll(() => state(page, 's.presenting')).toBe(true);
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.locator('tbody th').first()).toHaveText('太小');
  await expect(table.locator('th[data-column="finalLoss"]')).toContainText('最终损失');
  await table.locator('th[data-column="finalLoss"]').getByRole('button').click();
  await expect.poll(() => runOrder(page)).toEqual([1, 0, 2]);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/runs-table-present-zh.png` });
});

test('a classifier adds its final accuracy', async ({ page }) => {
  const preset = getPreset('logistic-blobs')!;
  const link = encodeLink({ scenario: preset.scenario, view: { ...DEFAULT_VIEW, chart: 'table' } });
  await page.goto(`/?${link}`);
  await settled(page);
  const table = page.getByTestId('runs-table');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  // The preset's claim: both runs end near 97% accuracy.
  await expect(table.locator('td[data-column="accuracy"]')).toHaveText([
    /^9\d\.\d%$/,
    /^9\d\.\d%$/,
  ]);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/runs-table-classifier.png` });
});
