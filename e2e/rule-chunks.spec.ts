/**
 * The optimizers' update rules on demand (issue 17; src/core/optimizers/rules.ts): the first view
 * loads no rule chunk (gradient descent's and Adam's rules are in the initial scripts); a link
 * straight to other types loads theirs in the engine worker and draws their paths; adding L-BFGS
 * from the first view's menu loads its rule then; and a rule's chunk that does not arrive is
 * said in the view's error, not a blank page.
 */
import { expect, test, type BrowserContext } from '@playwright/test';
import { FIRST_VIEW } from '../src/state/defaults';
import { encodeLink } from '../src/url/codec';
import { DEFAULT_VIEW } from '../src/url/fields';
import type { OptimizerSpec } from '../src/scenario/types';
import { collectErrors } from './helpers';

/** Engine results under two busy cores can take seconds: generous, never a speed check. */
const ENGINE = { timeout: 20_000 };

/** L-BFGS and Adafactor on Rosenbrock from the first view's start. */
const link = (optimizers: OptimizerSpec[]) =>
  `/?${encodeLink({ scenario: { ...FIRST_VIEW, optimizers }, view: DEFAULT_VIEW })}`;
const LBFGS_ADAFACTOR = link([
  { type: 'lbfgs', lr: 1, color: '#1f77b4' },
  { type: 'adafactor', lr: 0.01, color: '#ff7f0e' },
]);

/** The rule chunks (assets/rule-<type>-<hash>.js) any page or worker of `context` requests. */
function ruleRequests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (request) => {
    const name = /\/assets\/rule-([a-z-]+)-[\w-]+\.js$/.exec(request.url())?.[1];
    if (name) seen.push(name);
  });
  return seen;
}

test('a link to L-BFGS and Adafactor loads their rules and draws both paths', async ({
  page,
  context,
}) => {
  const errors = collectErrors(page);
  const requested = ruleRequests(context);
  await page.goto(LBFGS_ADAFACTOR);
  for (const [index, name] of ['L-BFGS', 'Adafactor'].entries()) {
    await expect(page.getByTestId(`trajectory-${index}`)).toBeVisible(ENGINE);
    await expect(
      page.getByRole('region', { name: `Run ${index + 1}: ${name}` }).getByText(/final loss \d/),
    ).toBeVisible(ENGINE);
  }
  expect([...new Set(requested)].sort()).toEqual(['adafactor', 'lbfgs']);
  expect(errors).toEqual([]);
});

test('the first view loads no rule; L-BFGS added from its menu loads its rule and draws', async ({
  page,
  context,
}) => {
  const errors = collectErrors(page);
  const requested = ruleRequests(context);
  await page.goto('/');
  await expect(page.getByTestId('trajectory-1')).toBeVisible(ENGINE);
  await expect(
    page.getByRole('region', { name: 'Run 2: Adam' }).getByText(/final loss \d/),
  ).toBeVisible(ENGINE);
  expect(requested).toEqual([]);

  await page.getByRole('button', { name: 'Add optimizer' }).click();
  await page.getByRole('menuitem', { name: 'L-BFGS', exact: true }).click();
  await expect(page.getByTestId('trajectory-2')).toBeVisible(ENGINE);
  await expect(
    page.getByRole('region', { name: 'Run 3: L-BFGS' }).getByText(/final loss \d/),
  ).toBeVisible(ENGINE);
  expect([...new Set(requested)]).toEqual(['lbfgs']);
  expect(errors).toEqual([]);
});

test('a rule whose chunk does not arrive is named in the view’s error', async ({
  page,
  context,
}) => {
  // As offline with the cache of an older build: the chunk's request fails.
  await context.route(/\/assets\/rule-adafactor-[\w-]+\.js$/, (route) => route.abort());
  await page.goto(LBFGS_ADAFACTOR);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not compute this view.', ENGINE);
  await expect(alert).toContainText('the update rule of Adafactor could not be loaded');
  await expect(alert).toContainText('check the connection and reload the page');
  // The page is the app, not a blank one: its runs and their controls are there.
  await expect(page.getByRole('region', { name: 'Run 1: L-BFGS' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add optimizer' })).toBeVisible();
});
