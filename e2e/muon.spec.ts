/**
 * Muon in the app (docs/optimizers.md#muon): on a network it is added from the menu with its
 * sliders and the Nesterov switch, trains, and the step inspector typesets its rule; on a 2D
 * function the menu shows it disabled with the reason, and a link asking for it says why.
 */
import { expect, test } from '@playwright/test';
import { buildProblem } from '../src/core/problems';
import type { ProblemSpec } from '../src/scenario/types';
import { encodeLink } from '../src/url/codec';
import { DEFAULT_VIEW } from '../src/url/fields';
import { collectErrors, expectState, state } from './helpers';

/** Engine results under two busy cores can take seconds: generous, never a speed check. */
const ENGINE = { timeout: 30_000 };

const REASON =
  'Muon orthogonalises the update of each weight matrix of a model; this problem has 2 parameters and no matrix, so it does not apply (choose logistic regression or a network)';

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = collectErrors(page);
});
test.afterEach(() => expect(errors).toEqual([]));

test('on a network Muon is added from the menu with its sliders, trains, and its rule is typeset', async ({
  page,
}) => {
  const problem: ProblemSpec = { type: 'mlp', hidden: [8], data: { generator: 'moons' } };
  const start = [...buildProblem(problem).info.start];
  const scenario = {
    version: 1 as const,
    problem,
    start,
    steps: 200,
    seed: 1,
    optimizers: [{ type: 'adamw' as const, lr: 0.01 }],
  };
  await page.goto(`/?${encodeLink({ scenario, view: DEFAULT_VIEW })}`);
  await expect(page.getByRole('region', { name: 'Run 1: AdamW' })).toBeVisible(ENGINE);
  await page.getByRole('button', { name: 'Add optimizer' }).click();
  const item = page.getByRole('menuitem', { name: 'Muon', exact: true });
  await expect(item).not.toHaveAttribute('aria-disabled', 'true');
  await item.click();
  const card = page.getByRole('region', { name: 'Run 2: Muon' });
  await expect(card).toHaveAttribute('aria-current', 'true');
  for (const name of [
    'learning rate α',
    'momentum μ',
    'Newton–Schulz steps k',
    'weight decay λ',
    'Adam’s learning rate αₐ (biases)',
  ])
    await expect(card.getByRole('slider', { name, exact: true })).toBeVisible();
  await expect(card.getByRole('switch', { name: 'Nesterov' })).toBeChecked();
  await expectState(page, '[s.scenario.optimizers[1].type, s.scenario.optimizers[1].lr]').toEqual([
    'muon',
    0.02,
  ]);
  // It trains: a final loss, below the start's.
  await expect(card.getByText(/final loss \d/)).toBeVisible(ENGINE);
  await expect
    .poll(
      () =>
        state(
          page,
          's.results && s.resultsScenario === s.scenario && s.results[1] ? [s.results[1].loss[0], s.results[1].loss[s.results[1].loss.length - 1], s.results[1].divergedAt] : null',
        ),
      ENGINE,
    )
    .not.toBeNull();
  const [first, last, divergedAt] = (await state(
    page,
    '[s.results[1].loss[0], s.results[1].loss[s.results[1].loss.length - 1], s.results[1].divergedAt]',
  )) as [number, number, number | null];
  expect(divergedAt).toBeNull();
  expect(last).toBeLessThan(first * 0.8);

  // The step inspector typesets Muon's rule: Newton–Schulz of U, the biases' Adam.
  await page.getByRole('button', { name: 'Inspect step' }).click();
  const panel = page.getByRole('region', { name: 'Step inspector' });
  await expect(panel.locator('.inspector__formula .katex')).toBeVisible(ENGINE);
  await expect(page.getByTestId('inspector-title')).toContainText('Muon');
  await expect(panel.locator('.inspector__formula')).toContainText('NS');
});

test('on a 2D function Muon is disabled in the menu with the reason, and a link for it says why', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Run 1: Gradient descent' })).toBeVisible(ENGINE);
  await page.getByRole('button', { name: 'Add optimizer' }).click();
  const item = page.getByRole('menuitem', { name: 'Muon', exact: true });
  await expect(item).toHaveAttribute('aria-disabled', 'true');
  await expect(item).toHaveAttribute('title', REASON);
  await item.click({ force: true });
  await expectState(page, 's.scenario.optimizers.map((o) => o.type)').toEqual(['gd', 'adam']);

  await page.goto('/?p=booth&o=muon(lr=0.02)&o=adam(lr=0.1)');
  await expect(page.getByRole('status', { name: 'Link notice' })).toContainText(
    'Muon orthogonalises the update of each weight matrix of a model',
  );
  await expectState(page, 's.scenario.optimizers.map((o) => o.type)').toEqual(['adam']);
});
