/**
 * The step inspector in the link (`inspect=1`, src/url/view-fields.ts, docs/links.md): a link
 * opens it, so a lesson step can show it (issue 16); opening and closing it replace the address
 * bar's entry, as looking around does; Back and Forward restore it with the rest of the view.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors, expectState } from './helpers';

// A dev server on a loaded machine serves hundreds of modules slowly; the build is far quicker.
test.describe.configure({ timeout: 60_000 });

/** The first paint, a lazy chunk and KaTeX can take a while on a loaded machine. */
const SLOW = { timeout: 20_000 };

const LINK = '/?v=1&p=rosenbrock&o=adam(lr=0.01)';

const query = (page: Page) => new URL(page.url()).search;

test('a link with inspect=1 opens the inspector on the selected run’s step at the cursor', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto(`${LINK}&t=20&inspect=1`);
  const panel = page.getByRole('region', { name: 'Step inspector' });
  await expect(panel).toBeVisible(SLOW);
  // The step taken apart: its title, the rule typeset, and the numbers of the step.
  await expect(page.getByTestId('inspector-title')).toHaveText(/^Step 20 → 21 · Adam$/, SLOW);
  await expect(panel.locator('.inspector__formula .katex')).toBeVisible(SLOW);
  await expect(page.getByTestId('inspector-scalar-t')).toHaveText('21');
  await expect(page.getByTestId('inspector-delta-0')).toHaveText(/\d/);
  await expect(page.getByRole('button', { name: 'Inspect step' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('status', { name: 'Link notice' })).toHaveCount(0);
  expect(query(page)).toContain('inspect=1');

  // Closing it takes inspect out of the address bar, in place (no new entry).
  const entries = await page.evaluate(() => history.length);
  await panel.getByRole('button', { name: 'Close the step inspector' }).click();
  await expect(panel).toHaveCount(0);
  await expect.poll(() => query(page)).not.toContain('inspect');
  expect(query(page)).toContain('t=20');
  expect(await page.evaluate(() => history.length)).toBe(entries);

  // Opening it by the button puts it back.
  await page.getByRole('button', { name: 'Inspect step' }).click();
  await expect(panel).toBeVisible();
  await expect.poll(() => query(page)).toContain('inspect=1');
  expect(await page.evaluate(() => history.length)).toBe(entries);
  expect(errors).toEqual([]);
});

test('Back and Forward restore the inspector with the rest of the view', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto(LINK);
  await expect(page.getByTestId('trajectory-0')).toBeVisible(SLOW);
  const panel = page.getByRole('region', { name: 'Step inspector' });
  await expect(panel).toHaveCount(0);

  // A new run is a new history entry; the inspector opened there belongs to that entry.
  await page.getByRole('button', { name: 'Add optimizer' }).click();
  await page.getByRole('menuitem', { name: 'RMSprop' }).click();
  await expect(page.getByTestId('trajectory-1')).toBeVisible(SLOW);
  await expect.poll(() => query(page)).toContain('o=rmsprop');
  await page.getByRole('button', { name: 'Inspect step' }).click();
  await expect(page.getByTestId('inspector-step')).toBeVisible(SLOW);
  await expect.poll(() => query(page)).toContain('inspect=1');

  await page.goBack();
  await expect(page.getByTestId('trajectory-1')).toHaveCount(0);
  await expect(panel).toHaveCount(0);
  await expectState(page, 's.inspectorOpen').toBe(false);
  expect(query(page)).not.toContain('inspect');

  await page.goForward();
  await expect(page.getByTestId('trajectory-1')).toBeVisible(SLOW);
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('inspector-step')).toBeVisible(SLOW);
  expect(query(page)).toContain('inspect=1');
  expect(errors).toEqual([]);
});

test('inspect=banana gives the usual notice, the inspector closed and a working app', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto(`${LINK}&inspect=banana`);
  const notice = page.getByRole('status', { name: 'Link notice' });
  await expect(notice).toBeVisible(SLOW);
  await expect(notice).toContainText('inspect');
  await expect(notice).toContainText('must be 1 or 0');
  await expect(page.getByTestId('trajectory-0')).toBeVisible(SLOW);
  const panel = page.getByRole('region', { name: 'Step inspector' });
  await expect(panel).toHaveCount(0);
  // The address bar shows the link as understood.
  await expect.poll(() => query(page)).not.toContain('inspect');
  expect(query(page)).toContain('o=adam');

  await page.getByRole('button', { name: 'Dismiss link notice' }).click();
  await expect(notice).toHaveCount(0);
  await page.getByRole('button', { name: 'Inspect step' }).click();
  await expect(page.getByTestId('inspector-title')).toContainText('Adam', SLOW);
  await expect.poll(() => query(page)).toContain('inspect=1');
  expect(errors).toEqual([]);
});

test('presenting, a link with inspect=1 shows the inspector too, and its × closes it', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto(`${LINK}&t=5&present=1&inspect=1`);
  const panel = page.getByRole('region', { name: 'Step inspector' });
  await expect(panel).toBeVisible(SLOW);
  await expect(page.getByTestId('inspector-title')).toHaveText(/^Step 5 → 6 · Adam$/, SLOW);
  // The presenter's tools row has no Inspect button; the card's × is the way out.
  await expect(page.getByRole('button', { name: 'Inspect step' })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Close the step inspector' }).click();
  await expect(panel).toHaveCount(0);
  await expect.poll(() => query(page)).not.toContain('inspect');
  expect(errors).toEqual([]);
});
