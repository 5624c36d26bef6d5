/**
 * The optimizer types of issue 21 in the app (docs/optimizers.md#rprop, #asgd, #adafactor,
 * #newton): each is added from the menu with its hyperparameters' sliders, a slider moves the
 * path, the step inspector typesets its rule, and Newton at a saddle is said to be attracted.
 */
import { expect, test, type Page } from '@playwright/test';
import { getPreset } from '../src/presets/presets';
import type { OptimizerSpec } from '../src/scenario/types';
import { encodeLink } from '../src/url/codec';
import { DEFAULT_VIEW } from '../src/url/fields';
import { collectErrors, expectState, stableBox, state } from './helpers';

/** Engine results under two busy cores can take seconds: generous, never a speed check. */
const ENGINE = { timeout: 20_000 };

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = collectErrors(page);
});
test.afterEach(() => expect(errors).toEqual([]));

/** Opens the Newton-at-a-saddle preset (Beale from (1, 1.4): plain, saddle-free, GD). */
async function openNewtonSaddle(page: Page): Promise<void> {
  const preset = getPreset('newton-saddle')!;
  await page.goto(
    `/?${encodeLink({ scenario: preset.scenario, view: { ...DEFAULT_VIEW, ...preset.view } })}`,
  );
  await expect(page.getByTestId('trajectory-1')).toBeVisible(ENGINE);
}

/** Selects run `index` as a click on its card would (a click's spot could land on a slider). */
const selectRun = (page: Page, index: number) =>
  page.evaluate(
    (i) =>
      (
        window as unknown as {
          __descent: { store: { getState(): { selectRun(i: number): void } } };
        }
      ).__descent.store
        .getState()
        .selectRun(i),
    index,
  );

/** Run `index`'s trajectory in the store's current results, once they are the scenario's. */
const trajectory = (page: Page, index: number) =>
  state(
    page,
    `s.results && s.resultsScenario === s.scenario ? [...s.results[${index}].trajectory] : null`,
  ) as Promise<number[] | null>;

test('each new type is added from the menu with its hyperparameters, and runs', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Run 1: Gradient descent' })).toBeVisible(ENGINE);
  const add = page.getByRole('button', { name: 'Add optimizer' });
  const added: [string, readonly string[]][] = [
    [
      'Rprop',
      ['decrease factor η₋', 'increase factor η₊', 'smallest step Δmin', 'largest step Δmax'],
    ],
    ['ASGD', ['decay term κ', 'power of the η decay ω', 'averaging start t₀', 'weight decay λ']],
    ['Adafactor', ['β2 decay τ', 'ε1, floor of the second moment', 'clipping threshold d']],
    ['Newton', ['damping δ']],
  ];
  for (const [i, [title, sliders]] of added.entries()) {
    await add.click();
    await page.getByRole('menuitem', { name: title, exact: true }).click();
    const card = page.getByRole('region', { name: `Run ${i + 3}: ${title}` });
    await expect(card).toHaveAttribute('aria-current', 'true');
    await expect(card.getByRole('slider', { name: 'learning rate α', exact: true })).toBeVisible();
    for (const name of sliders)
      await expect(card.getByRole('slider', { name, exact: true })).toBeVisible();
    // Its outcome: a final loss, or where it diverged (ASGD at PyTorch's α = 0.01 on Rosenbrock).
    await expect(card.getByText(/final loss \d|diverged at step \d/)).toBeVisible(ENGINE);
  }
  const newton = page.getByRole('region', { name: 'Run 6: Newton' });
  await expect(newton.getByRole('switch', { name: 'saddle-free' })).not.toBeChecked();
  await expectState(page, 's.scenario.optimizers.map((o) => o.type)').toEqual([
    'gd',
    'adam',
    'rprop',
    'asgd',
    'adafactor',
    'newton',
  ]);
  // ASGD's first step is plain SGD's at α = 0.01, past Rosenbrock's 2/λmax ≈ 0.001 at the start.
  await expectState(page, 's.results?.map((r) => r.divergedAt)').toEqual([
    null,
    null,
    null,
    4,
    null,
    null,
  ]);
});

test('dragging Newton’s damping slider moves its path', async ({ page }) => {
  await openNewtonSaddle(page);
  await selectRun(page, 0);
  const card = page.getByRole('region', { name: 'Run 1: Newton · plain' });
  const slider = card.getByRole('slider', { name: 'damping δ', exact: true });
  await expect.poll(() => trajectory(page, 0), ENGINE).not.toBeNull();
  const before = (await trajectory(page, 0))!;
  const box = await stableBox(slider);
  const y = box.y + box.height / 2;
  // From δ = 0 at the slider's left end, a short drag right: δ of a few tenths.
  await page.mouse.move(box.x + 7, y);
  await page.mouse.down();
  await page.mouse.move(box.x + 7 + (box.width - 14) * 0.05, y, { steps: 4 });
  await page.mouse.up();
  await expect
    .poll(async () => (await state(page, 's.scenario.optimizers[0].damping')) as number)
    .toBeGreaterThan(0);
  // The run is computed again: its path is no longer the undamped one.
  await expect
    .poll(async () => {
      const after = await trajectory(page, 0);
      return after !== null && after.some((x, i) => x !== before[i]);
    }, ENGINE)
    .toBe(true);
  const damping = (await state(page, 's.scenario.optimizers[0].damping')) as number;
  await expect(card.getByLabel('damping δ value')).toHaveValue(String(damping));
});

test('the step inspector typesets Newton’s rule and says it is attracted to the saddle', async ({
  page,
}) => {
  await openNewtonSaddle(page);
  await page.getByRole('button', { name: 'Inspect step' }).click();
  const panel = page.getByRole('region', { name: 'Step inspector' });
  await expect(panel.locator('.inspector__formula .katex')).toBeVisible(ENGINE);
  await expect(page.getByTestId('inspector-title')).toContainText('Newton');
  // The rule's solve, typeset: (H + δI)⁻¹g.
  await expect(panel.locator('.inspector__formula')).toContainText('δI');
  // Rows of H and the step s, per coordinate; λmin and λmax of H.
  await expect(page.getByTestId('inspector-hessianRow1-0')).toBeVisible();
  await expect(page.getByTestId('inspector-newtonStep-1')).toBeVisible();
  // At step 3 (the preset's cursor) H is indefinite: plain Newton heads for the saddle.
  await expect(page.getByTestId('inspector-regime')).toHaveText('attracted to a saddle', ENGINE);
  // Saddle-free Newton, at the start where H is indefinite too, goes downhill along λmin instead.
  await selectRun(page, 1);
  await page.getByRole('slider', { name: 'step' }).fill('0');
  await expect(page.getByTestId('inspector-title')).toContainText('Step 0 → 1', ENGINE);
  await expect(page.getByTestId('inspector-regime-text')).toContainText(
    'saddle-free Newton divides by |λmin| + δ',
    ENGINE,
  );
  await expect(page.getByTestId('inspector-regime')).not.toHaveText('attracted to a saddle');
});

test('each new type’s rule is typeset by the inspector', async ({ page }) => {
  const runs: OptimizerSpec[] = [
    { type: 'rprop', lr: 0.05 },
    { type: 'asgd', lr: 1e-3, t0: 5 },
    { type: 'adafactor', lr: 0.1 },
  ];
  const scenario = {
    version: 1 as const,
    problem: { type: 'function' as const, name: 'rosenbrock' },
    start: [-1.5, 2],
    steps: 50,
    seed: 1,
    optimizers: runs,
  };
  await page.goto(`/?${encodeLink({ scenario, view: { ...DEFAULT_VIEW, cursor: 10 } })}`);
  await expect(page.getByTestId('trajectory-2')).toBeVisible(ENGINE);
  await page.getByRole('button', { name: 'Inspect step' }).click();
  const panel = page.getByRole('region', { name: 'Step inspector' });
  const expected: [string, string][] = [
    ['Rprop', 'inspector-stepSize-0'],
    ['ASGD', 'inspector-ax-0'],
    ['Adafactor', 'inspector-uAdafactor-0'],
  ];
  for (const [index, [title, row]] of expected.entries()) {
    await selectRun(page, index);
    await expect(page.getByTestId('inspector-title')).toContainText(title, ENGINE);
    await expect(panel.locator('.inspector__formula .katex')).toBeVisible(ENGINE);
    await expect(page.getByTestId(row)).toBeVisible();
  }
});
