/**
 * The curvature on the landscape and in the step inspector (issue 20; docs/curvature-views.md):
 * the local quadratic model at the pointer, its λ the core's exact Hessian's at the point it
 * reports, elongated in Rosenbrock's valley and a hyperbola on a saddle; the inspector's α·λmax
 * and regime word for gradient descent on an ellipse at three α, each word computed here from
 * the Hessian and the core's stepRegime; the same in Chinese; and neither for a model's slice.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { eigen2 } from '../src/core/curvature/eigen2';
import { hessian2Of } from '../src/core/curvature/hessian2';
import { stepRegime } from '../src/core/curvature/stability';
import { enCurvatureView } from '../src/i18n/en-curvature-view';
import { enOpeners } from '../src/i18n/en-openers';
import { zhCurvatureView } from '../src/i18n/zh-curvature-view';
import { fitView } from '../src/plot/viewport';
import type { View } from '../src/core/problems';
import type { OptimizerSpec, ProblemSpec, Scenario } from '../src/scenario/types';
import { NO_ARROWS } from '../src/state/arrow-settings';
import { formatNumber } from '../src/ui/inspector/format';
import { encodeLink } from '../src/url/codec';
import { DEFAULT_VIEW, type LinkView } from '../src/url/fields';
import { collectErrors, settled } from './helpers';

/** Engine results under two busy cores can take seconds: generous, never a speed check. */
const ENGINE = { timeout: 20_000 };

const MODEL_ON = { arrows: { ...NO_ARROWS, model: true } };

function scenarioOf(
  problem: ProblemSpec,
  optimizers: OptimizerSpec[],
  start: number[],
  steps = 40,
): Scenario {
  return { version: 1, problem, start, steps, seed: 1, optimizers };
}

async function open(page: Page, scenario: Scenario, view: Partial<LinkView>): Promise<void> {
  await page.goto(`/?${encodeLink({ scenario, view: { ...DEFAULT_VIEW, ...view } })}`);
  await expect(page.getByTestId('trajectory-0')).toBeVisible(ENGINE);
  await settled(page);
}

/** Moves the pointer over data point (x, y) of a landscape showing `window`. */
async function hoverAt(page: Page, window: View, [x, y]: [number, number]): Promise<void> {
  const plot = (await page.locator('.landscape__hit').boundingBox())!;
  // The landscape fits the window to the plot's aspect ratio (equal units), as fitView does.
  const shown = fitView(window, plot.width, plot.height);
  const px = plot.x + ((x - shown.x[0]) / (shown.x[1] - shown.x[0])) * plot.width;
  const py = plot.y + ((shown.y[1] - y) / (shown.y[1] - shown.y[0])) * plot.height;
  await page.mouse.move(px, py);
}

/** The model's point and λ as drawn, and the core's eigenvalues of H at that very point. */
async function modelAgainstCore(page: Page, problem: ProblemSpec) {
  const model = page.getByTestId('local-model');
  const attr = async (name: string) => Number(await model.getAttribute(name));
  const [x, y] = [await attr('data-x'), await attr('data-y')];
  const h = new Float64Array(3);
  hessian2Of(problem)!(x, y, h);
  const core = eigen2(h[0]!, h[1]!, h[2]!);
  return {
    x,
    y,
    shape: await model.getAttribute('data-shape'),
    lambdaMax: await attr('data-lambda-max'),
    lambdaMin: await attr('data-lambda-min'),
    core,
  };
}

/** Same number to 1e-12 relative: the worker runs the same code on the same point. */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

test('in Rosenbrock’s valley the model at the pointer is a long ellipse, its λ the core’s', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const problem: ProblemSpec = { type: 'function', name: 'rosenbrock' };
  const window: View = { x: [-2, 2], y: [-1, 3] };
  await open(page, scenarioOf(problem, [{ type: 'gd', lr: 0.001 }], [-1.5, 2], 200), {
    ...MODEL_ON,
    window,
  });
  // On the valley's floor y = x², left of the minimum.
  await hoverAt(page, window, [-1, 1]);
  const model = page.getByTestId('local-model');
  await expect(model).toHaveAttribute('data-at', 'pointer', ENGINE);
  await expect(model).toHaveAttribute('data-shape', 'ellipse');
  const drawn = await modelAgainstCore(page, problem);
  expect(Math.abs(drawn.x + 1)).toBeLessThan(0.05);
  expect(Math.abs(drawn.y - 1)).toBeLessThan(0.05);
  expect(same(drawn.lambdaMax, drawn.core.lambdaMax)).toBe(true);
  expect(same(drawn.lambdaMin, drawn.core.lambdaMin)).toBe(true);
  // Elongated: the valley is hundreds of times more curved across than along.
  expect(drawn.lambdaMin).toBeGreaterThan(0);
  expect(drawn.lambdaMax / drawn.lambdaMin).toBeGreaterThan(100);
  // The drawn contour is long along the valley and narrow across it: the spread of its points
  // (sampled along the path) is many times larger along its main direction than across.
  const elongation = await page.locator('.landscape__model-level').evaluateAll((paths) => {
    const points: [number, number][] = [];
    for (const path of paths as SVGPathElement[]) {
      const length = path.getTotalLength();
      for (let i = 0; i <= 100; i++) {
        const p = path.getPointAtLength((length * i) / 100);
        points.push([p.x, p.y]);
      }
    }
    const n = points.length;
    const mx = points.reduce((sum, p) => sum + p[0], 0) / n;
    const my = points.reduce((sum, p) => sum + p[1], 0) / n;
    let [a, b, c] = [0, 0, 0];
    for (const [x, y] of points) {
      a += (x - mx) ** 2 / n;
      b += ((x - mx) * (y - my)) / n;
      c += (y - my) ** 2 / n;
    }
    const half = Math.hypot((a - c) / 2, b);
    return Math.sqrt(((a + c) / 2 + half) / Math.max(1e-9, (a + c) / 2 - half));
  });
  expect(elongation).toBeGreaterThan(5);
  // The axes at α = 0.001: α·λmax against the limit 2, read back from the arrows.
  const axis = page.getByTestId('local-model-axis-max');
  expect(Number(await axis.getAttribute('data-scaled'))).toBeCloseTo(0.001 * drawn.lambdaMax, 9);
  await expect(axis).toHaveAttribute(
    'data-diverging',
    String(stepRegime({ type: 'gd', lr: 0.001 }, 0.001, drawn.lambdaMax) === 'diverging'),
  );
  // The read-out adds λmax and the caption says what is drawn.
  await expect(page.getByTestId('hover-lambda-max')).toBeVisible();
  await expect(page.getByTestId('local-model-caption')).toContainText(
    enCurvatureView.curvatureView.shape.minimum,
  );

  // The pointer away: the model moves to the selected run's point at the cursor.
  await page.mouse.move(5, 5);
  await expect(model).toHaveAttribute('data-at', 'run', ENGINE);
  expect(errors).toEqual([]);
});

test('on a saddle the model is a hyperbola with its asymptotes, λmin < 0', async ({ page }) => {
  const errors = collectErrors(page);
  const problem: ProblemSpec = { type: 'function', name: 'saddle' };
  const window: View = { x: [-2, 2], y: [-2, 2] };
  await open(page, scenarioOf(problem, [{ type: 'gd', lr: 0.1 }], [1.5, 0.05]), {
    ...MODEL_ON,
    window,
  });
  await hoverAt(page, window, [1, 0.5]);
  const model = page.getByTestId('local-model');
  await expect(model).toHaveAttribute('data-at', 'pointer', ENGINE);
  await expect(model).toHaveAttribute('data-shape', 'hyperbola');
  const drawn = await modelAgainstCore(page, problem);
  expect(same(drawn.lambdaMax, drawn.core.lambdaMax)).toBe(true);
  expect(same(drawn.lambdaMin, drawn.core.lambdaMin)).toBe(true);
  expect(drawn.lambdaMin).toBeLessThan(0);
  expect(drawn.lambdaMax).toBeGreaterThan(0);
  await expect(model.locator('.landscape__model-asymptote')).toHaveCount(2);
  await expect(page.getByTestId('local-model-level')).toHaveCount(2); // both branches
  // Negative curvature: a step grows the error along that axis, marked as diverging.
  await expect(page.getByTestId('local-model-axis-min')).toHaveAttribute('data-diverging', 'true');
  await expect(page.getByTestId('local-model-caption')).toContainText(
    enCurvatureView.curvatureView.shape.saddle,
  );

  // In the dark theme, with the Arrows menu open over the drawn model: no serious or critical
  // axe violation (the painted canvas excluded, as e2e/a11y.spec.ts does: axe cannot relate its
  // pixels to the text over it).
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByTestId('arrows-button').click();
  await expect(page.getByTestId('arrows-toggle-model')).toBeChecked();
  await expect(model).toHaveAttribute('data-at', 'run', ENGINE);
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .exclude('.landscape__canvas')
    .analyze();
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the inspector names gradient descent’s regime on an ellipse at three α', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  const problem: ProblemSpec = { type: 'function', name: 'ellipse' };
  // λmax from the Hessian (constant on this quadratic), then α on each side of 1 and 2.
  const h = new Float64Array(3);
  hessian2Of(problem)!(3, 1, h);
  const { lambdaMax, lambdaMin } = eigen2(h[0]!, h[1]!, h[2]!);
  for (const product of [0.6, 1.5, 2.2]) {
    const spec: OptimizerSpec = { type: 'gd', lr: product / lambdaMax };
    const regime = stepRegime(spec, spec.lr, lambdaMax);
    await open(page, scenarioOf(problem, [spec], [3, 1], 30), { cursor: 1, inspect: true });
    const block = page.getByTestId('inspector-curvature');
    await expect(block).toHaveAttribute('data-regime', regime, ENGINE);
    await expect(page.getByTestId('inspector-regime')).toHaveText(
      enCurvatureView.curvatureView.inspector.regime[regime],
    );
    await expect(page.getByTestId('inspector-lambda-max')).toHaveText(formatNumber(lambdaMax));
    await expect(page.getByTestId('inspector-lambda-min')).toHaveText(formatNumber(lambdaMin));
    await expect(page.getByTestId('inspector-scaled')).toHaveText(
      formatNumber(spec.lr * lambdaMax),
    );
    await expect(page.getByTestId('inspector-limit')).toHaveText('2');
    await expect(page.getByTestId('inspector-regime-text')).toContainText(
      `α·λmax = ${formatNumber(spec.lr * lambdaMax)}`,
    );
  }
  expect(errors).toEqual([]);
});

test('in Chinese: the model’s caption and the inspector’s word; not offered for a model', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const problem: ProblemSpec = { type: 'function', name: 'ellipse' };
  const window: View = { x: [-4, 4], y: [-3, 3] };
  const spec: OptimizerSpec = { type: 'gd', lr: 0.35 };
  await open(page, scenarioOf(problem, [spec], [3, 1], 30), {
    ...MODEL_ON,
    window,
    cursor: 1,
    inspect: true,
    lang: 'zh',
  });
  await hoverAt(page, window, [2, 1]);
  await expect(page.getByTestId('local-model')).toHaveAttribute('data-at', 'pointer', ENGINE);
  await expect(page.getByTestId('local-model-caption')).toContainText(
    zhCurvatureView.curvatureView.shape.minimum,
  );
  const regime = stepRegime(spec, spec.lr, 4);
  await expect(page.getByTestId('inspector-regime')).toHaveText(
    zhCurvatureView.curvatureView.inspector.regime[regime],
    ENGINE,
  );

  // A model: the menu offers the option disabled, with its reason; the inspector points to the
  // Curvature chart; nothing is drawn.
  const model = scenarioOf(
    { type: 'logistic-regression' },
    [{ type: 'gd', lr: 0.5 }],
    [0, 0, 0],
    30,
  );
  await open(page, model, { ...MODEL_ON, cursor: 1, inspect: true });
  await page.getByTestId('arrows-button').click();
  await expect(page.getByTestId('arrows-toggle-model')).toBeDisabled();
  await expect(page.getByTestId('arrows-model-reason')).toHaveText(
    enOpeners.curvatureView.modelUnavailable,
  );
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('inspector-curvature-model')).toHaveText(
    enCurvatureView.curvatureView.inspector.model,
    ENGINE,
  );
  await expect(page.getByTestId('local-model')).toHaveCount(0);
  expect(errors).toEqual([]);
});
