import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors, settled, state } from './helpers';

/**
 * Inside the model (issue 22, "What the model learned"): the Inside tab's per-layer gradient
 * norms and update/weight ratios on every model, and on the digits the confusion matrix at the
 * cursor step (its counts sum to the held-out part's size and change with the cursor), the
 * misclassified digits and the first layer's weights drawn as 8 × 8 pictures; iris's 3 × 3
 * matrix; axe over the tab; screenshots in English and Chinese at 1280 × 720.
 */

/** Training under two busy cores can take seconds: generous, never a speed check. */
const ENGINE = { timeout: 30_000 };
test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 1280, height: 720 } });

const DIGITS = '/?p=softmax-mlp(data=(set=digits))&n=60&o=adam(lr=0.01)&o=gd(lr=0.1)&chart=inside';

/** The matrix's counts, cell by cell. */
const counts = (page: Page) =>
  page
    .getByTestId('confusion-matrix')
    .locator('td[data-count]')
    .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-count'))));

/** How many pixels of a canvas are not white (a drawn picture has some). */
const inked = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 250 || data[i + 2]! < 250) count++;
      return count;
    });

const axe = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid="inside-panel"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

test('the digits: per-layer norms, then the confusion matrix, mistakes and weights at the cursor', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto(DIGITS);
  await settled(page);
  const tab = page.getByRole('tab', { name: 'Inside' });
  await expect(tab).toHaveAttribute('aria-selected', 'true');

  // Gradients: one line per layer (64→32, 32→10) in each chart, the 1e-3 rule of thumb.
  const gradients = page.getByTestId('insight-gradients');
  await expect(gradients).toHaveAttribute('data-layers', '2', ENGINE);
  for (const chart of ['insight-grad-chart', 'insight-ratio-chart']) {
    const lines = page.getByTestId(chart).locator('path.layer-chart__line');
    await expect(lines).toHaveCount(2);
    for (const d of await lines.evaluateAll((paths) => paths.map((p) => p.getAttribute('d'))))
      expect(d).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){10,}/);
  }
  await expect(page.getByTestId('insight-ratio-chart')).toContainText('1e-3');
  await expect(gradients).toContainText('CS231n');
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/insight-gradients-en.png' });

  // What it learned, at the last step (the cursor's default).
  await page.getByRole('button', { name: 'What it learned' }).click();
  const matrix = page.getByTestId('confusion-matrix');
  await expect(matrix).toBeVisible(ENGINE);
  await expect(matrix).toHaveAttribute('data-total', '180');
  const atEnd = await counts(page);
  expect(atEnd).toHaveLength(100);
  expect(atEnd.reduce((a, b) => a + b, 0)).toBe(180);
  await expect(page.getByTestId('insight-learned').locator('[data-step]')).toHaveAttribute(
    'data-step',
    '60',
  );
  // A cell's accessible name says what it counts.
  await expect(matrix.locator('td[data-cell="3-3"]')).toHaveAttribute(
    'aria-label',
    new RegExp(`^true 3, predicted 3: ${atEnd[33]}$`),
  );

  // The first layer's 32 units as 8 × 8 pictures on the diverging scale; the mistakes' digits.
  const weights = page.getByTestId('insight-weights').locator('canvas');
  await expect(weights).toHaveCount(32);
  expect(await inked(page, '[data-testid="insight-weights"] canvas')).toBeGreaterThan(32);
  const mistakes = page.getByTestId('insight-mistakes').getByRole('button');
  const wrong = 180 - atEnd.filter((_, i) => i % 11 === 0).reduce((a, b) => a + b, 0);
  await expect(mistakes).toHaveCount(Math.min(24, wrong));
  if (wrong > 0) {
    expect(await inked(page, '[data-testid="insight-mistakes"] canvas')).toBeGreaterThan(4);
    // Clicking a mistake marks its cell.
    const label = (await mistakes.first().getAttribute('aria-label'))!;
    const [, truth, predicted] = /true (\d), predicted (\d)/.exec(label)!;
    await mistakes.first().click();
    await expect(matrix.locator('td.confusion__cell--marked')).toHaveAttribute(
      'data-cell',
      `${truth}-${predicted}`,
    );
  }
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/insight-learned-en.png' });
  // Enlarged, as a teacher would project it.
  await page.getByRole('button', { name: 'Enlarge chart' }).click();
  // Enlarged, the nine tabs keep one line.
  const tops = await page
    .getByRole('tab')
    .evaluateAll((tabs) => tabs.map((tab) => Math.round(tab.getBoundingClientRect().top)));
  expect(tops).toHaveLength(9);
  expect(new Set(tops).size).toBe(1);
  await page.screenshot({ path: 'test-results/screenshots/insight-learned-en-enlarged.png' });
  await page.getByRole('button', { name: 'Enlarge chart' }).click();

  // Moving the cursor back to the start: the untrained network's matrix, still 180 rows.
  await state(page, 's.setCursor(0)');
  await expect(page.getByTestId('insight-learned').locator('[data-step]')).toHaveAttribute(
    'data-step',
    '0',
    ENGINE,
  );
  const atStart = await counts(page);
  expect(atStart.reduce((a, b) => a + b, 0)).toBe(180);
  expect(atStart).not.toEqual(atEnd);

  // The test part: its own 180 rows.
  await page.getByRole('button', { name: 'Test', exact: true }).click();
  await expect(page.getByTestId('insight-learned').locator('[data-part]')).toHaveAttribute(
    'data-part',
    'test',
    ENGINE,
  );
  const adamTest = await counts(page);
  expect(adamTest.reduce((a, b) => a + b, 0)).toBe(180);
  // At step 0 every run is at the same θ₀; at the end the other run (gradient descent) has its
  // own matrix, of the same 180 rows.
  await state(page, 's.setCursor(60)');
  await expect(page.getByTestId('insight-learned').locator('[data-step]')).toHaveAttribute(
    'data-step',
    '60',
    ENGINE,
  );
  const adamEnd = await counts(page);
  await page.getByTestId('insight-run').selectOption({ label: 'Gradient descent' });
  await expect.poll(() => counts(page), ENGINE).not.toEqual(adamEnd);
  expect((await counts(page)).reduce((a, b) => a + b, 0)).toBe(180);
  expect(errors).toEqual([]);
});

test('in Chinese: the tab, both views and their words', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto(`${DIGITS}&lang=zh`);
  await settled(page);
  await expect(page.getByRole('tab', { name: '模型内部' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByTestId('insight-gradients')).toContainText('经验法则', ENGINE);
  await page.screenshot({ path: 'test-results/screenshots/insight-gradients-zh.png' });
  await page.getByRole('button', { name: '学到了什么' }).click();
  await expect(page.getByTestId('confusion-matrix')).toContainText('混淆矩阵', ENGINE);
  await expect(page.getByTestId('insight-weights').locator('canvas')).toHaveCount(32);
  await page.screenshot({ path: 'test-results/screenshots/insight-learned-zh.png' });
  await page.getByRole('button', { name: '放大图表' }).click();
  await page.screenshot({ path: 'test-results/screenshots/insight-learned-zh-enlarged.png' });
  // The dark theme: the matrix's cells are opaque, its counts as legible; axe agrees.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/insight-learned-zh-dark.png' });
  expect(errors).toEqual([]);
});

test('iris: a 3 × 3 matrix with the class names, no pictures', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/?p=softmax-regression&n=40&chart=inside');
  await settled(page);
  await page.getByRole('button', { name: 'What it learned' }).click();
  const matrix = page.getByTestId('confusion-matrix');
  await expect(matrix).toHaveAttribute('data-total', '15', ENGINE);
  expect(await counts(page)).toHaveLength(9);
  await expect(matrix.locator('thead')).toContainText('versicolor');
  await expect(page.getByTestId('insight-weights')).toHaveCount(0);
  // Softmax regression starts at θ = 0: one layer, its ratio from step 1 on.
  await page.getByRole('button', { name: 'Gradients' }).click();
  await expect(page.getByTestId('insight-gradients')).toHaveAttribute('data-layers', '1', ENGINE);
  expect(errors).toEqual([]);
});

test('the MLP on 2D points: three layers, no "what it learned", one line per layer per run', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto('/?p=mlp&n=40&chart=inside');
  await settled(page);
  await expect(page.getByTestId('insight-gradients')).toHaveAttribute('data-layers', '3', ENGINE);
  await expect(page.getByRole('button', { name: 'What it learned' })).toHaveCount(0);
  await expect(
    page.getByTestId('insight-ratio-chart').locator('path.layer-chart__line'),
  ).toHaveCount(3);
  // Another run chosen: its own series.
  const select = page.getByTestId('insight-run');
  if ((await select.count()) > 0) {
    const before = await page
      .getByTestId('insight-ratio-chart')
      .locator('path.layer-chart__line')
      .first()
      .getAttribute('d');
    const options = await select
      .locator('option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    await select.selectOption(options[1]!);
    await expect
      .poll(() =>
        page
          .getByTestId('insight-ratio-chart')
          .locator('path.layer-chart__line')
          .first()
          .getAttribute('d'),
      )
      .not.toBe(before);
  }
  expect(await axe(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the Inside tab’s code loads when the tab is first opened, not with the page', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(request.url());
  });
  const insideChunk = (url: string) => /\/assets\/InsidePanel-[\w-]+\.js$/.test(url);
  await page.goto('/?p=mlp&n=20');
  await settled(page);
  await expect(page.getByRole('tab', { name: 'Inside' })).toBeVisible();
  expect(scripts.some(insideChunk)).toBe(false);
  await page.getByRole('tab', { name: 'Inside' }).click();
  await expect(page.getByTestId('inside-panel')).toBeVisible(ENGINE);
  expect(scripts.some(insideChunk)).toBe(true);
});
