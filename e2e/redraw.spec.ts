/**
 * Work only where something changed (issue 17): a slider input changes one run, so the landscape
 * redraws that run's trajectory and strokes the progress canvas once, when the new result is in;
 * the other runs' paths and the dimming of the recomputed run draw nothing on the canvas. While
 * the timeline plays, the run cards' losses change about 10 times a second, not every frame.
 */
import { expect, test } from '@playwright/test';
import { openFirstView, settled } from './helpers';

const LINK =
  '/?v=1&p=rosenbrock&n=400&o=gd(lr=0.001)&o=adam(lr=0.05)&o=momentum(lr=0.0005)&o=rmsprop(lr=0.01)';

test('a slider input redraws the progress canvas once, and only the changed run’s path', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __clears: number; __paths: Record<string, number> };
    w.__clears = 0;
    w.__paths = {};
    const clearRect = CanvasRenderingContext2D.prototype.clearRect;
    CanvasRenderingContext2D.prototype.clearRect = function (...args) {
      if (this.canvas.classList.contains('landscape__progress')) w.__clears++;
      return clearRect.apply(this, args);
    };
  });
  await openFirstView(page, LINK);
  await expect(page.getByTestId('trajectory-3')).toBeVisible();
  await settled(page);
  await page.getByRole('region', { name: /^Run 2:/ }).click({ position: { x: 8, y: 8 } });
  const slider = page
    .getByRole('region', { name: /^Run 2:/ })
    .getByRole('slider', { name: 'learning rate α', exact: true });
  await expect(slider).toBeVisible();
  await settled(page);

  // Count the canvas clears and every trajectory's `d` changes from here on.
  await page.evaluate(() => {
    const w = window as unknown as { __clears: number; __paths: Record<string, number> };
    w.__clears = 0;
    for (const path of document.querySelectorAll('[data-testid^="trajectory-"]')) {
      const id = path.getAttribute('data-testid')!;
      w.__paths[id] = 0;
      new MutationObserver(() => w.__paths[id]!++).observe(path, {
        attributes: true,
        attributeFilter: ['d'],
      });
    }
  });
  const before = await page.getByTestId('trajectory-1').getAttribute('d');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('trajectory-1')).not.toHaveAttribute('d', before!);
  await settled(page);

  const counts = await page.evaluate(() => {
    const w = window as unknown as { __clears: number; __paths: Record<string, number> };
    return { clears: w.__clears, paths: w.__paths };
  });
  expect(counts.paths).toEqual({
    'trajectory-0': 0,
    'trajectory-1': 1,
    'trajectory-2': 0,
    'trajectory-3': 0,
  });
  expect(counts.clears).toBe(1);
});

test('while playing, a run card’s loss changes about 10 times a second; paused, it is exact', async ({
  page,
}) => {
  await openFirstView(page, '/?v=1&p=rosenbrock&n=5000&o=adam(lr=0.05)&o=gd(lr=0.001)');
  await settled(page);
  const shown = await page.evaluate(async () => {
    const store = (
      window as unknown as {
        __descent: { store: { getState(): Record<string, unknown> } };
      }
    ).__descent.store;
    const act = (name: string, ...args: unknown[]) =>
      (store.getState()[name] as (...a: unknown[]) => void)(...args);
    const status = () =>
      Number(document.querySelector('[data-testid="run-status-0"]')!.getAttribute('data-step'));
    act('setSpeed', 300);
    act('setCursor', 0);
    act('play');
    const steps: number[] = [];
    // Forty frames of playback (only while it plays: a very slow machine may reach the end).
    for (let frame = 0; frame < 40 && store.getState().playing; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (store.getState().playing) steps.push(status());
    }
    act('pause');
    act('setCursor', 47);
    return steps;
  });
  // 300 steps a second: the read-out moves in steps of 30, while the cursor moves every frame.
  expect(shown.length).toBeGreaterThan(5);
  expect(shown.every((step) => step % 30 === 0)).toBe(true);
  expect(new Set(shown).size).toBeGreaterThan(1);
  // Paused, the read-out is the cursor's own step.
  await expect(page.getByTestId('run-status-0')).toHaveAttribute('data-step', '47');
});
