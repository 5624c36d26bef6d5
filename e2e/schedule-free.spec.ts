/**
 * Schedule-Free SGD and AdamW in the app, and the averaged paths (docs/optimizers.md#schedule-free-sgd,
 * "Two points"): both types are added from the menu with their sliders; a run that averages draws
 * its averaged point dashed beside θ (Schedule-Free's x, ASGD's ax), with the landscape's key in
 * English and Chinese; a slider moves both paths.
 */
import { expect, test, type Page } from '@playwright/test';
import { getPreset } from '../src/presets/presets';
import type { OptimizerSpec } from '../src/scenario/types';
import { encodeLink } from '../src/url/codec';
import { DEFAULT_VIEW } from '../src/url/fields';
import { collectErrors, expectState, state } from './helpers';

/** Engine results under two busy cores can take seconds: generous, never a speed check. */
const ENGINE = { timeout: 20_000 };

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = collectErrors(page);
});
test.afterEach(() => expect(errors).toEqual([]));

/** Opens runs on a function from a start, as a link does. */
async function openRuns(
  page: Page,
  name: string,
  start: number[],
  optimizers: OptimizerSpec[],
  lang = '',
): Promise<void> {
  const scenario = { version: 1 as const, problem: { type: 'function' as const, name }, start };
  const link = encodeLink({
    scenario: { ...scenario, steps: 150, seed: 1, optimizers },
    view: DEFAULT_VIEW,
  });
  await page.goto(`/?${link}${lang}`);
}

/** The `d` of a path, once drawn. */
const pathOf = (page: Page, testId: string) => page.getByTestId(testId).getAttribute('d');

test('both Schedule-Free types are added from the menu with their sliders, and draw x beside y', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Run 1: Gradient descent' })).toBeVisible(ENGINE);
  const add = page.getByRole('button', { name: 'Add optimizer' });
  const added: [string, readonly string[]][] = [
    [
      'Schedule-Free SGD',
      ['momentum μ', 'warm-up steps T_w', 'averaging power r', 'lr power of the weights p'],
    ],
    ['Schedule-Free AdamW', ['β1', 'β2', 'ε', 'warm-up steps T_w', 'weight decay λ']],
  ];
  for (const [i, [title, sliders]] of added.entries()) {
    await add.click();
    await page.getByRole('menuitem', { name: title, exact: true }).click();
    const card = page.getByRole('region', { name: `Run ${i + 3}: ${title}` });
    await expect(card).toHaveAttribute('aria-current', 'true');
    await expect(card.getByRole('slider', { name: 'learning rate α', exact: true })).toBeVisible();
    for (const name of sliders)
      await expect(card.getByRole('slider', { name, exact: true })).toBeVisible();
    // Its outcome: a final loss, or where it diverged (SGD's reference default α = 1 on Rosenbrock).
    await expect(card.getByText(/final loss \d|diverged at step \d/)).toBeVisible(ENGINE);
  }
  await expectState(page, 's.scenario.optimizers.map((o) => o.type)').toEqual([
    'gd',
    'adam',
    'schedule-free-sgd',
    'schedule-free-adamw',
  ]);
  // Only the averaging types carry a second trajectory; AdamW's (α = 0.0025) is drawn dashed.
  await expectState(page, 's.results?.map((r) => r.averaged !== undefined)').toEqual([
    false,
    false,
    true,
    true,
  ]);
  await expect(page.getByTestId('averaged-3')).toBeVisible(ENGINE);
  await expect(page.getByTestId('averaged-0')).toHaveCount(0);
  await expect(page.getByTestId('averaged-key')).toContainText('θ: where the gradient is taken');
  await expect(page.getByTestId('averaged-key')).toContainText('Schedule-Free’s answer x');
  await expect(page.getByTestId('averaged-key')).not.toContainText('ASGD');
});

test('the preset draws Schedule-Free’s two paths, and a slider moves both', async ({ page }) => {
  const preset = getPreset('schedule-free-vs-cosine')!;
  await page.goto(
    `/?${encodeLink({ scenario: preset.scenario, view: { ...DEFAULT_VIEW, ...preset.view } })}`,
  );
  const averaged = page.getByTestId('averaged-0');
  await expect(averaged).toBeVisible(ENGINE);
  await expect(page.getByTestId('trajectory-0')).toBeVisible();
  // At the cursor, x's ring beside y's dot.
  await expect(page.getByTestId('averaged-marker-0')).toBeVisible();
  await expect(page.getByTestId('marker-0')).toBeVisible();
  await expect(averaged).toHaveAttribute(
    'aria-label',
    'Schedule-Free SGD, its averaged point (dashed)',
  );
  // Two paths, not one drawn twice: x and y part after the first step.
  await expect.poll(() => pathOf(page, 'averaged-0'), ENGINE).not.toBe(null);
  expect(await pathOf(page, 'averaged-0')).not.toBe(await pathOf(page, 'trajectory-0'));
  // The loss the chart plots is f(x), the answer (RunResult.loss of a Schedule-Free run).
  await expectState(
    page,
    's.results && s.results[0].averaged ? s.results[0].loss.length : null',
  ).toBe(401);
  const before = { y: await pathOf(page, 'trajectory-0'), x: await pathOf(page, 'averaged-0') };
  // μ (the interpolation weight) by the keyboard: both paths are computed again.
  const card = page.getByRole('region', { name: /^Run 1: Schedule-Free SGD/ });
  const slider = card.getByRole('slider', { name: 'momentum μ', exact: true });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect
    .poll(async () => (await state(page, 's.scenario.optimizers[0].momentum')) as number, ENGINE)
    .toBeLessThan(0.9);
  await expect.poll(() => pathOf(page, 'averaged-0'), ENGINE).not.toBe(before.x);
  await expect.poll(() => pathOf(page, 'trajectory-0'), ENGINE).not.toBe(before.y);
});

test('ASGD’s averaged point is drawn dashed beside θ, with the key in Chinese too', async ({
  page,
}) => {
  await openRuns(page, 'booth', [-5, -5], [{ type: 'asgd', lr: 0.02, t0: 5 }], '&lang=zh');
  const averaged = page.getByTestId('averaged-0');
  await expect(averaged).toBeVisible(ENGINE);
  await expect(averaged).toHaveAttribute('aria-label', 'ASGD（平均随机梯度下降） 的平均点（虚线）');
  await expect(page.getByTestId('averaged-key')).toContainText('θ：计算梯度的位置');
  // ASGD's average is its ax, not an answer as Schedule-Free's x is.
  await expect(page.getByTestId('averaged-key')).toContainText('平均点（ASGD 的 ax）');
  await expect(page.getByTestId('averaged-key')).not.toContainText('Schedule-Free');
  // From step t₀ + 2 on the average trails θ: two different paths.
  await expect.poll(() => pathOf(page, 'averaged-0'), ENGINE).not.toBe(null);
  expect(await pathOf(page, 'averaged-0')).not.toBe(await pathOf(page, 'trajectory-0'));
  // ASGD's answer stays θ: its loss is f(θ), and its average is the state's ax.
  await expectState(page, 's.results?.[0].averaged?.length').toBe(151 * 2);
});

test('the step inspector typesets each Schedule-Free rule with its z and x rows', async ({
  page,
}) => {
  await openRuns(
    page,
    'himmelblau',
    [0, 0],
    [
      { type: 'schedule-free-sgd', lr: 0.01, warmupSteps: 5 },
      { type: 'schedule-free-adamw', lr: 0.1 },
    ],
  );
  await expect(page.getByTestId('averaged-1')).toBeVisible(ENGINE);
  await page.getByRole('button', { name: 'Inspect step' }).click();
  const panel = page.getByRole('region', { name: 'Step inspector' });
  for (const [index, title] of ['Schedule-Free SGD', 'Schedule-Free AdamW'].entries()) {
    await page.evaluate(
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
    await expect(page.getByTestId('inspector-title')).toContainText(title, ENGINE);
    await expect(panel.locator('.inspector__formula .katex')).toBeVisible(ENGINE);
    // The average and the base iterate, per coordinate, with their live numbers.
    await expect(page.getByTestId('inspector-z-0')).toBeVisible();
    await expect(page.getByTestId('inspector-x-1')).toHaveText(/\d/);
  }
});
