/**
 * Work only where something changed (issue 17): a slider input changes one run, so the landscape
 * redraws that run's trajectory and strokes the progress canvas once, when the new result is in;
 * the other runs' paths and the dimming of the recomputed run draw nothing on the canvas: their
 * pixels come from a bitmap of them (ProgressLayer.tsx), and the picture is the one a fresh page
 * of the same link draws run by run. While
 * the timeline plays, the run cards' losses change about 10 times a second, not every frame.
 */
import { expect, test } from '@playwright/test';
import { openFirstView, settled } from './helpers';

/** What the page counts (set up before it loads, reset before the input). */
interface Counts {
  __clears: number;
  __paths: Record<string, number>;
  __strokes: number;
  __copies: number;
}

const LINK =
  '/?v=1&p=rosenbrock&n=400&o=gd(lr=0.001)&o=adam(lr=0.05)&o=momentum(lr=0.0005)&o=rmsprop(lr=0.01)';

test('a slider input redraws the progress canvas once, and only the changed run’s path', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as Counts;
    w.__clears = 0;
    w.__paths = {};
    w.__strokes = 0;
    w.__copies = 0;
    const clearRect = CanvasRenderingContext2D.prototype.clearRect;
    CanvasRenderingContext2D.prototype.clearRect = function (...args) {
      if (this.canvas.classList.contains('landscape__progress')) w.__clears++;
      return clearRect.apply(this, args);
    };
    // Strokes and copied bitmaps on the page's progress canvas.
    const stroke = CanvasRenderingContext2D.prototype.stroke;
    CanvasRenderingContext2D.prototype.stroke = function (...args: [Path2D?]) {
      if (this.canvas.classList.contains('landscape__progress')) w.__strokes++;
      return stroke.apply(this, args as [Path2D]);
    };
    const drawImage = CanvasRenderingContext2D.prototype.drawImage as (
      this: CanvasRenderingContext2D,
      ...args: unknown[]
    ) => void;
    CanvasRenderingContext2D.prototype.drawImage = function (
      this: CanvasRenderingContext2D,
      ...args: unknown[]
    ) {
      if (this.canvas.classList.contains('landscape__progress')) w.__copies++;
      return drawImage.apply(this, args);
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
    const w = window as unknown as Counts;
    w.__clears = 0;
    w.__strokes = 0;
    w.__copies = 0;
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
    const w = window as unknown as Counts;
    return { clears: w.__clears, paths: w.__paths, strokes: w.__strokes, copies: w.__copies };
  });
  expect(counts.paths).toEqual({
    'trajectory-0': 0,
    'trajectory-1': 1,
    'trajectory-2': 0,
    'trajectory-3': 0,
  });
  expect(counts.clears).toBe(1);
  // The three other runs copied as one bitmap, the selected run stroked on top.
  expect(counts.copies).toBe(1);
  expect(counts.strokes).toBe(1);

  // The same picture as every run stroked anew: after a zoom out and back, which redraws the
  // canvas whole at the same geometry.
  const pixels = () =>
    page.evaluate(() =>
      document.querySelector<HTMLCanvasElement>('.landscape__progress')!.toDataURL(),
    );
  const composite = await pixels();
  const zoom = (back: boolean) =>
    page.evaluate((back) => {
      const w = window as unknown as {
        __descent: { store: { getState(): { window: unknown; setWindow(v: unknown): void } } };
        __window?: unknown;
      };
      const state = w.__descent.store.getState();
      if (!back) w.__window = state.window;
      state.setWindow(back ? w.__window : { x: [-4, 4], y: [-2, 6] });
    }, back);
  await zoom(false);
  await expect.poll(pixels).not.toBe(composite);
  await zoom(true);
  await expect.poll(pixels).toBe(composite);
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
