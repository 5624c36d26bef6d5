/**
 * The loss chart's value axis holds still while the values keep changing (src/plot/domain-hold.ts):
 * a change that comes within HOLD_MS of the previous one only widens the axis, and the axis fits
 * the values again once they rest. Rosenbrock with Adam: at α = 1 the loss falls below 10⁻², at
 * α = 0.1 it stays between 1 and 100.
 */
import { expect, test, type Page } from '@playwright/test';
import { settled } from './helpers';

const LINK = '/?v=1&p=rosenbrock&n=200&o=adam(lr=0.1)';

/** The loss chart's tick labels, x then y. */
const ticks = (page: Page) =>
  page.locator('.loss-chart__axes text:not([data-testid])').allTextContents();

test('the loss axis holds still while α keeps changing, and fits the values once they rest', async ({
  page,
}) => {
  await page.goto(LINK);
  await expect(page.getByTestId('loss-line-0')).toBeVisible({ timeout: 20_000 });
  await settled(page);
  const narrow = await ticks(page);
  expect(narrow).toContain('10');
  expect(narrow).not.toContain('0.01');

  // α = 1 and back to 0.1, each as soon as the previous result is drawn (a quick drag), the
  // ticks read in the same task as the line that changed.
  const during = await page.evaluate(async () => {
    type Store = { getState(): { updateOptimizer(i: number, patch: { lr: number }): void } };
    const store = (window as unknown as { __descent: { store: Store } }).__descent.store;
    const line = document.querySelector('[data-testid="loss-line-0"]')!;
    const read = () =>
      [...document.querySelectorAll('.loss-chart__axes text:not([data-testid])')].map(
        (t) => t.textContent,
      );
    const change = (lr: number) =>
      new Promise<(string | null)[]>((resolve) => {
        const before = line.getAttribute('d');
        const observer = new MutationObserver(() => {
          if (line.getAttribute('d') === before) return;
          observer.disconnect();
          resolve(read());
        });
        observer.observe(line, { attributes: true, attributeFilter: ['d'] });
        store.getState().updateOptimizer(0, { lr });
      });
    const wide = await change(1);
    const back = await change(0.1);
    return { wide, back };
  });
  expect(during.wide).toContain('0.01'); // widened at once for α = 1's lower losses
  expect(during.back).toEqual(during.wide); // held: α = 0.1's line drawn on the same axis

  // At rest the axis fits α = 0.1's values again.
  await expect.poll(() => ticks(page)).toEqual(narrow);
});
