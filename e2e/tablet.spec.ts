import { expect, test, type CDPSession } from '@playwright/test';
import { expectState, frames, openWithResults, state } from './helpers';

/**
 * Tablets, portrait and landscape, with a touch screen: the whole app fits the width, and the
 * landscape, sliders and scrubber answer to fingers. Touches are sent through the DevTools
 * protocol (Input.dispatchTouchEvent), as a real screen sends them, so the browser makes its own
 * pointer events and drives native sliders itself.
 */

type Point = { x: number; y: number };

/** Fingers down at `from`, moved to `to` in a few steps, then lifted. */
async function touchDrag(cdp: CDPSession, from: Point[], to: Point[], steps = 8): Promise<void> {
  const points = (t: number) =>
    from.map((p, i) => ({
      x: p.x + (to[i]!.x - p.x) * t,
      y: p.y + (to[i]!.y - p.y) * t,
      id: i,
    }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
  for (let i = 1; i <= steps; i++)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: points(i / steps),
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

for (const [name, viewport] of [
  ['portrait', { width: 768, height: 1024 }],
  ['landscape', { width: 1024, height: 768 }],
] as const) {
  test.describe(`a tablet in ${name} (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true });

    test.beforeEach(({ page }) => openWithResults(page));

    test('fits the width and shows the landscape, the optimizers and the chart', async ({
      page,
    }) => {
      await expect(page.getByTestId('landscape')).toBeVisible();
      await expect(page.locator('.optimizers-panel')).toBeVisible();
      await expect(page.locator('.loss-chart__line').first()).toBeVisible();
      // Measured once the layout has settled around the results (polled).
      await expect
        .poll(() =>
          page.evaluate(
            () => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth,
          ),
        )
        .toBeLessThanOrEqual(0);
      // Nothing sticks out of the page's right edge, however it is laid out.
      await expect
        .poll(() =>
          page.evaluate(() =>
            [...document.querySelectorAll('.app *')]
              .filter(
                (el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
              )
              .map((el) => el.className),
          ),
        )
        .toEqual([]);
      await page.screenshot({
        path: `test-results/screenshots/tablet-${name}.png`,
        fullPage: true,
      });
    });

    test('touch targets of the header, timeline and run cards are 32 px or more', async ({
      page,
    }) => {
      const small = await page.evaluate(() =>
        [
          ...document.querySelectorAll(
            '.app-header button, .timeline button, .timeline select, .optimizers-panel button, .optimizers-panel select, .landscape__tools button, .chart-panel__tab',
          ),
        ]
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.width < 32 || box.height < 32))
          .map(({ el, box }) => `${el.className} ${box.width}×${box.height}`),
      );
      expect(small).toEqual([]);
    });

    test('a tap on the landscape moves the start', async ({ page }) => {
      const before = (await state(page, 's.scenario.start')) as number[];
      const box = (await page.locator('.landscape__hit').boundingBox())!;
      await page.touchscreen.tap(box.x + box.width * 0.8, box.y + box.height * 0.8);
      await expect
        .poll(async () => ((await state(page, 's.scenario.start')) as number[])[0])
        .toBeGreaterThan(before[0]! + 0.5);
      await expectState(page, 's.scenario.start[1]').toBeLessThan(before[1]!);
    });

    test('a finger dragged along a slider changes α', async ({ page }) => {
      const cdp = await page.context().newCDPSession(page);
      const slider = page.locator('.hyperparam-row__slider').first();
      await slider.scrollIntoViewIfNeeded();
      const before = (await state(page, 's.scenario.optimizers[0].lr')) as number;
      const box = (await slider.boundingBox())!;
      const y = box.y + box.height / 2;
      const x0 = await slider.evaluate((el: HTMLInputElement) => {
        // The thumb's centre, from the slider's value (its position along the track).
        const r = el.getBoundingClientRect();
        const t = (Number(el.value) - Number(el.min)) / (Number(el.max) - Number(el.min));
        return r.left + 10 + t * (r.width - 20);
      });
      await touchDrag(cdp, [{ x: x0, y }], [{ x: box.x + box.width - 4, y }]);
      await expect
        .poll(() => state(page, 's.scenario.optimizers[0].lr') as Promise<number>)
        .toBeGreaterThan(before * 10);
    });

    test('a finger on the timeline scrubs back', async ({ page }) => {
      const cdp = await page.context().newCDPSession(page);
      const scrubber = page.locator('.timeline__range');
      const box = (await scrubber.boundingBox())!;
      const y = box.y + box.height / 2;
      await touchDrag(cdp, [{ x: box.x + box.width - 8, y }], [{ x: box.x + box.width * 0.3, y }]);
      await expect
        .poll(async () => Number(await scrubber.inputValue()))
        .toBeLessThan(Number(await scrubber.getAttribute('max')) * 0.5);
    });

    test('two fingers pinching apart zoom the landscape in', async ({ page }) => {
      const cdp = await page.context().newCDPSession(page);
      const box = (await page.locator('.landscape__hit').boundingBox())!;
      const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
      const start = await state(page, 's.scenario.start');
      const width = () =>
        state(page, 's.window && s.window.x[1] - s.window.x[0]') as Promise<number | null>;
      // Fingers 80 px apart spread to 240 px: the window becomes a third as wide.
      const pinch = () =>
        touchDrag(
          cdp,
          [
            { x: cx - 40, y: cy },
            { x: cx + 40, y: cy },
          ],
          [
            { x: cx - 120, y: cy },
            { x: cx + 120, y: cy },
          ],
        );
      await pinch();
      await expect.poll(width).not.toBeNull();
      await frames(page, 2); // the pinch's last move applied
      const first = (await width())!;
      await pinch();
      await expect.poll(async () => (await width())! / first).toBeCloseTo(1 / 3, 1);
      // A pinch is not a tap: the start did not move.
      expect(await state(page, 's.scenario.start')).toEqual(start);
    });
  });
}
