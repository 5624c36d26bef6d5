/**
 * The machine's floor for the cost of a slider input (docs/benchmark.md, "Session 18" and
 * "Session 19"): the main thread's cost, measured as the app's is (bench/main-thread.ts), of the
 * same spaced inputs on a page that holds one range input and nothing else. Each input there is
 * one frame that moves the thumb; the app's is two (the input's and its results'). The VM's speed
 * moved the app's figure by half between sessions; the ratio of the two, measured side by side,
 * says how much of it is the app's.
 */
import type { Browser } from '@playwright/test';
import { inputCosts, quantile } from './main-thread';

const PAGE = `<!doctype html><html><body style="margin:40px;font:13px sans-serif">
<input type="range" min="0" max="1000" value="500" style="width:300px" aria-label="floor">
</body></html>`;

/** The median cost (ms) of `count` spaced slider inputs on a page of one slider. */
export async function frameFloor(browser: Browser, count: number): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.setContent(PAGE);
    const inputs = (n: number, prefix: string) =>
      page.evaluate(
        async ([total, mark]) => {
          const slider = document.querySelector<HTMLInputElement>('input[type=range]')!;
          for (let i = 0; i < (total as number); i++) {
            if (mark) performance.mark(`${mark}${i}`);
            slider.value = String(350 + 30 * ((i * 7) % 10) + (i % 2));
            slider.dispatchEvent(new Event('input', { bubbles: true }));
            // Its frame, then the next, as the app's inputs wait for the results' frame.
            await new Promise((resolve) => requestAnimationFrame(resolve));
            await new Promise((resolve) => requestAnimationFrame(resolve));
            await new Promise((resolve) => setTimeout(resolve, 30));
          }
        },
        [n, prefix] as const,
      );
    await inputs(10, ''); // warm-up
    await browser.startTracing(page, {
      categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'],
    });
    await inputs(count, 'floor-');
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents: Parameters<typeof inputCosts>[0];
    };
    return quantile(
      inputCosts(trace.traceEvents, 'floor-').map((cost) => cost.total),
      0.5,
    );
  } finally {
    await page.close();
  }
}
