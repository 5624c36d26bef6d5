/**
 * The Curvature chart tab in real Chromium (issue 20; docs/curvature-chart.md): λmax per step and
 * each run's stability limit, read from the lines' data- attributes (never from pixels); the
 * limit follows α, and a gradient-descent run whose limit drops under λmax diverges; the tab opens
 * from a link; an adaptive run's preconditioned λmax against its 38/α; a model's λmax every k
 * steps once its progress completes; the Chinese words. Screenshots at 1280×720 go to
 * test-results/screenshots/curvature-*.png for a person to look at.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { OptimizerSpec, Scenario } from '../src/scenario/types';
import { encodeLink } from '../src/url/codec';
import { DEFAULT_VIEW } from '../src/url/fields';
import { collectErrors, expectState, settled, stableBox, state } from './helpers';

/** Gradient descent on the ellipse 0.1x² + 2y²: its Hessian is diag(0.2, 4) everywhere. */
function ellipse(optimizers: OptimizerSpec[], steps = 100): Scenario {
  return {
    version: 1,
    problem: { type: 'function', name: 'ellipse' },
    start: [-4, 1.5],
    steps,
    seed: 1,
    optimizers,
  } as Scenario;
}

/** The link of `scenario` with the Curvature tab open. */
const curvatureLink = (scenario: Scenario, extra = '') =>
  `/?${encodeLink({ scenario, view: { ...DEFAULT_VIEW, chart: 'curvature' } })}${extra}`;

/** A line's or limit's numeric data- attribute. */
const numberOf = async (locator: Locator, name: string) => Number(await locator.getAttribute(name));

/** The y of a path's first point (its `d` attribute: "M x,y …"), in the plot's coordinates. */
const firstY = async (path: Locator) => {
  const d = (await path.getAttribute('d')) ?? '';
  const match = /^M[-\d.]+,([-\d.]+)/.exec(d);
  if (!match) throw new Error(`no path: "${d}"`);
  return Number(match[1]);
};

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = collectErrors(page);
});
test.afterEach(() => {
  expect(errors).toEqual([]);
});

/** Saves a screenshot of the page for a person to look at. */
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/curvature-${name}.png` });

test('a link opens the tab: λmax 4 of the ellipse under gradient descent’s 2/α, labelled', async ({
  page,
}) => {
  await page.goto(curvatureLink(ellipse([{ type: 'gd', lr: 0.45 }])));
  await expect(page.getByRole('tab', { name: 'λmax' })).toHaveAttribute('aria-selected', 'true');
  const line = page.getByTestId('curvature-line-0');
  await expect(line).toHaveAttribute('data-samples', '101', { timeout: 20_000 });
  // The Hessian is constant: λmax = 4 at every step's point.
  expect(await numberOf(line, 'data-first-value')).toBeCloseTo(4, 12);
  expect(await numberOf(line, 'data-last-value')).toBeCloseTo(4, 12);
  const limit = page.getByTestId('curvature-limit-0');
  await expect.poll(() => numberOf(limit, 'data-limit')).toBeCloseTo(2 / 0.45, 12);
  await expect(page.getByTestId('curvature-limit-label-0')).toHaveText('2/α = 4.44');
  // 4.44 above 4: the dashed line is drawn above the solid one.
  expect(await firstY(limit)).toBeLessThan(await firstY(line));
  await expect(page.getByTestId('curvature-chart')).toHaveAttribute('data-scale', 'log');
  await settled(page);
  await shot(page, 'light');

  // A click on the plot moves the shared cursor there; hovering reads λ, the limit and α·λ.
  const plot = page.getByTestId('curvature-chart-plot');
  const box = await stableBox(plot);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(() => state(page, 's.cursor')).toBe(50);
  await expect(page.getByTestId('curvature-cursor')).toHaveAttribute('data-step', '50');
  await expect(page.getByTestId('curvature-hover')).toContainText('step 50');
  await expect(page.getByTestId('curvature-hover')).toContainText(
    'λ 4 · limit 2/α = 4.44 · αλ 1.8',
  );

  // Export → SVG of the chart panel: the lines, the limit's label and the key come along.
  const download = page.waitForEvent('download');
  await page.getByTestId('chart-export-menu').click();
  await page.locator('[role="menu"]:popover-open [data-export="svg"]').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('descent-ellipse-curvature.svg');
  const svg = await readFile((await file.path())!, 'utf8');
  for (const text of [
    '2/α = 4.44',
    'stability limit',
    'curvature-chart__limit',
    'curvature-chart__line',
  ])
    expect(svg).toContain(text);
});

test('dragging α moves the limit line; past λmax = 4 gradient descent diverges', async ({
  page,
}) => {
  await page.goto(curvatureLink(ellipse([{ type: 'gd', lr: 0.3 }])));
  const line = page.getByTestId('curvature-line-0');
  const limit = page.getByTestId('curvature-limit-0');
  await expect(line).toHaveAttribute('data-samples', '101', { timeout: 20_000 });
  await expect.poll(() => numberOf(limit, 'data-limit')).toBeCloseTo(2 / 0.3, 12);
  expect(await firstY(limit)).toBeLessThan(await firstY(line));

  // Drag α to the right, step by step, until 2/α is well under λmax = 4 (α > 0.6: |1 − 4α| > 1.4,
  // so the run leaves the bounds within its 100 steps).
  const card = page.getByRole('region', { name: 'Run 1: Gradient descent' });
  const slider = card.getByRole('slider', { name: 'learning rate α', exact: true });
  const box = await stableBox(slider);
  const position = Number(await slider.inputValue()) / 1000;
  const y = box.y + box.height / 2;
  const at = (p: number) => box.x + 7 + (box.width - 14) * p;
  await page.mouse.move(at(position), y);
  await page.mouse.down();
  const lr = () => state(page, 's.scenario.optimizers[0].lr') as Promise<number>;
  const limits: number[] = [];
  for (let i = 1; i <= 60 && (await lr()) <= 0.6; i++) {
    await page.mouse.move(at(position + 0.004 * i), y);
    const now = await lr();
    // The limit line follows the drag: 2/α of the α in the store, not only at its end.
    await expect.poll(() => numberOf(limit, 'data-limit')).toBeCloseTo(2 / now, 9);
    limits.push(await numberOf(limit, 'data-limit'));
  }
  await page.mouse.up();
  expect(await lr()).toBeGreaterThan(0.6);
  expect(new Set(limits).size).toBeGreaterThan(3);
  // The dashed limit is now under the solid λmax…
  await expect.poll(async () => (await firstY(limit)) > (await firstY(line))).toBe(true);
  // …and the run diverges: its curvature ends early, marked with the loss chart's cross.
  await expect(page.getByTestId('loss-diverged-0')).toBeVisible({ timeout: 20_000 });
  expect(Number(await line.getAttribute('data-samples'))).toBeLessThan(101);
  await expect.poll(() => state(page, 's.results[0].divergedAt')).not.toBeNull();
});

test('the λmax axis holds still while α keeps changing, and fits the values once they rest', async ({
  page,
}) => {
  // λmax is 4 wherever gradient descent goes; the axis takes in the limit 2/α: 6.67 at α = 0.3,
  // 40 at α = 0.05.
  await page.goto(curvatureLink(ellipse([{ type: 'gd', lr: 0.3 }])));
  const chart = page.getByTestId('curvature-chart');
  await expect(page.getByTestId('curvature-line-0')).toHaveAttribute('data-samples', '101', {
    timeout: 20_000,
  });
  await expect
    .poll(() => numberOf(page.getByTestId('curvature-limit-0'), 'data-limit'))
    .toBeCloseTo(2 / 0.3, 12);
  await settled(page);
  await expect(chart).toHaveAttribute('data-held', 'false');
  const top = async () => Number((await chart.getAttribute('data-domain'))!.split(' ')[1]);
  const narrow = await top();
  expect(narrow).toBeLessThan(40);

  // α = 0.05 and back to 0.3, each as soon as the previous limit is drawn (a quick drag); the
  // axis read in the same task as the limit that moved.
  const during = await page.evaluate(async () => {
    type Store = { getState(): { updateOptimizer(i: number, patch: { lr: number }): void } };
    const store = (window as unknown as { __descent: { store: Store } }).__descent.store;
    const chartBox = document.querySelector('[data-testid="curvature-chart"]')!;
    const limitOf = () => document.querySelector('[data-testid="curvature-limit-0"]');
    const change = (lr: number) =>
      new Promise<number>((resolve) => {
        const before = limitOf()?.getAttribute('data-limit');
        const observer = new MutationObserver(() => {
          const now = limitOf()?.getAttribute('data-limit');
          if (now === undefined || now === null || now === before) return;
          observer.disconnect();
          resolve(Number(chartBox.getAttribute('data-domain')!.split(' ')[1]));
        });
        observer.observe(chartBox, { attributes: true, subtree: true, childList: true });
        store.getState().updateOptimizer(0, { lr });
      });
    const wide = await change(0.05);
    const back = await change(0.3);
    return { wide, back };
  });
  expect(during.wide).toBeGreaterThanOrEqual(40); // widened at once for the limit 40
  expect(during.back).toBe(during.wide); // held: α = 0.3's limit drawn on the same axis

  // At rest the axis fits α = 0.3's values again.
  await expect(chart).toHaveAttribute('data-held', 'false');
  expect(await top()).toBe(narrow);
});

test('dark theme and Chinese: the tab’s words, the limit’s label', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(
    curvatureLink(
      ellipse([
        { type: 'gd', lr: 0.45 },
        { type: 'momentum', lr: 0.45, momentum: 0.5 },
        { type: 'lion', lr: 0.05 },
      ]),
    ),
  );
  await expect(page.getByTestId('curvature-line-2')).toHaveAttribute('data-samples', '101', {
    timeout: 20_000,
  });
  // Heavy ball: 2(1 + μ)/α = 3/0.45; Lion has no limit, and the hint says why.
  await expect(page.getByTestId('curvature-limit-label-1')).toHaveText('3/α = 6.67');
  await expect(page.getByTestId('curvature-limit-2')).toHaveCount(0);
  await expect(page.getByTestId('curvature-hint')).toContainText('Lion: no limit');
  await settled(page);
  await shot(page, 'dark');

  await page.getByRole('combobox', { name: 'Language / 语言' }).selectOption('zh');
  await expect(page.getByRole('tab', { name: '曲率' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('curvature-key')).toContainText('稳定性界限');
  await expect(page.getByTestId('curvature-hint')).toContainText('Lion：没有界限');
  await expect(page.getByTestId('curvature-limit-label-0')).toHaveText('2/α = 4.44');
  await shot(page, 'zh');
});

test('Adam: the preconditioned λmax against 38/α; the switch shows the Hessian’s instead', async ({
  page,
}) => {
  await page.goto(curvatureLink(ellipse([{ type: 'adam', lr: 0.05 }])));
  const line = page.getByTestId('curvature-line-0');
  await expect(line).toHaveAttribute('data-sharpness', 'preconditioned', { timeout: 20_000 });
  const limit = page.getByTestId('curvature-limit-0');
  // β1 = 0.9: (2 + 2β1)/(1 − β1) = 38.
  expect(await numberOf(limit, 'data-factor')).toBeCloseTo(38, 12);
  await expect(page.getByTestId('curvature-limit-label-0')).toHaveText('38/α = 760');
  await expect(page.getByTestId('curvature-hint')).toContainText('preconditioned Hessian P⁻¹H');
  // A preconditioned λ: P = √v̂ + ε rescales the Hessian's 4, so the value is not 4.
  const preconditioned = await numberOf(line, 'data-last-value');
  expect(Number.isFinite(preconditioned)).toBe(true);
  expect(preconditioned).not.toBeCloseTo(4, 3);
  await settled(page);
  await shot(page, 'adam');

  const toggle = page.getByRole('group', { name: 'Sharpness shown' });
  await toggle.getByRole('button', { name: 'Hessian λmax' }).click();
  await expect(toggle.getByRole('button', { name: 'Hessian λmax' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(line).toHaveAttribute('data-sharpness', 'hessian');
  expect(await numberOf(line, 'data-last-value')).toBeCloseTo(4, 12);
  // Adam's limit bounds the preconditioned λ: none is drawn against the Hessian's.
  await expect(limit).toHaveCount(0);
  // The choice is the view's: in the link, and a link opens on it.
  await expect.poll(() => new URL(page.url()).searchParams.get('sharp')).toBe('hessian');
  await page.goto(page.url());
  await expect(page.getByTestId('curvature-line-0')).toHaveAttribute('data-sharpness', 'hessian', {
    timeout: 20_000,
  });
});

test('a model: the MLP’s λmax every 10 steps once its curvature is computed', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?chart=curvature');
  await expect(page.getByRole('tab', { name: 'λmax' })).toHaveAttribute('aria-selected', 'true');
  await state(page, `(s.setProblem({ type: 'mlp' }), s.setSteps(200), s.pause(), true)`);
  // setProblem waits for the models' code on a first visit: the panel's status before it is the
  // first view's (src/state/kinds-gate.ts).
  await expectState(page, 's.scenario.problem.type').toBe('mlp');
  const panel = page.getByTestId('curvature-panel');
  await expect(panel).toHaveAttribute('data-status', 'complete', { timeout: 90_000 });
  for (const index of [0, 1]) {
    const line = page.getByTestId(`curvature-line-${index}`);
    await expect(line).toHaveAttribute('data-every', '10');
    // Points 0, 10, …, 200 of a run that did not diverge.
    await expect(line).toHaveAttribute('data-samples', '21');
    expect(await numberOf(line, 'data-last-value')).toBeGreaterThan(0);
  }
  // The first view's runs: gradient descent against 2/α, Adam's preconditioned λ against 38/α.
  await expect(page.getByTestId('curvature-line-1')).toHaveAttribute(
    'data-sharpness',
    'preconditioned',
  );
  await expect(page.getByTestId('curvature-hint')).toContainText('every 10 steps');
  await expect(page.getByRole('progressbar', { name: 'Curvature progress' })).toHaveCount(0);
  await settled(page);
  await shot(page, 'mlp');
});
