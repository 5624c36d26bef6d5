/**
 * Benchmark, second part: the app in headless Chromium (Playwright), on the production build.
 * 6 runs × 2,000 steps on Rosenbrock with the surface filling the landscape:
 *   - slider `input` event → updated trajectory painted: p50 and p95 over 60 changes;
 *   - main-thread long tasks (> 50 ms) during a 5-second slider drag and during playback;
 *   - frames per second during playback.
 * "Painted" is the first animation frame after the trajectory's path changed: the browser paints
 * that frame right after its rAF callbacks.
 */
import { chromium, type Page } from '@playwright/test';
import { previewUrl, startPreview, stopPreview } from './preview';
import type { Row } from './rows';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, PRECISE_MEMORY_FLAG } from '../e2e/chromium';
import { bundleRows } from './bundle';
import { heavyRows } from './heavy';

const PORT = 4175;
const URL_ = previewUrl(PORT);
// performance.memory in exact bytes, for the peak heap of bench/heavy.ts.
const FLAGS = [...CHROMIUM_FLAGS, PRECISE_MEMORY_FLAG];

/** Six runs of 2,000 steps on Rosenbrock, every one on screen. */
const SCENARIO = {
  version: 1,
  problem: { type: 'function', name: 'rosenbrock' },
  start: [-1.5, 2],
  steps: 2000,
  seed: 1,
  optimizers: [
    { type: 'gd', lr: 0.001, color: '#0072b2' },
    { type: 'adam', lr: 0.05, color: '#d55e00' },
    { type: 'momentum', lr: 0.0005, color: '#009e73' },
    { type: 'rmsprop', lr: 0.01, color: '#cc79a7' },
    { type: 'nesterov', lr: 0.0005, color: '#e69f00' },
    { type: 'adamw', lr: 0.05, color: '#56b4e9' },
  ],
};

/** The benchmark's own build directory (see preview.ts). */
const OUT_DIR = 'node_modules/.cache/descent-bench-dist';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Installs a long-task observer before the app loads. */
async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

const longTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));

/** Times `count` slider changes from the input event to the first frame after the path changed. */
async function sliderLatency(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    // Run 2's card (index 1): with more than two runs only the selected card shows sliders.
    const slider = document.querySelector<HTMLInputElement>(
      'section[aria-label^="Run 2:"] input[type=range][aria-label="learning rate α"]',
    )!;
    const path = document.querySelector('[data-testid="trajectory-1"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const times: number[] = [];
    const min = Number(slider.min);
    const max = Number(slider.max);
    for (let i = 0; i < n; i++) {
      const before = path.getAttribute('d');
      const position = min + (max - min) * (0.35 + (0.3 * ((i * 7) % 10)) / 10);
      const painted = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (path.getAttribute('d') === before) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now()));
        });
        observer.observe(path, { attributes: true, attributeFilter: ['d'] });
      });
      const t0 = performance.now();
      setValue.call(slider, String(position + (i % 2) * 1e-9 * (max - min)));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const t1 = await Promise.race([
        painted,
        new Promise<number>((r) => setTimeout(() => r(NaN), 2000)),
      ]);
      times.push(t1 - t0);
      await new Promise((r) => setTimeout(r, 30));
    }
    return times;
  }, count);
}

/** Drags the slider thumb back and forth with the mouse for `seconds`. */
async function dragSlider(page: Page, seconds: number): Promise<void> {
  const slider = page
    .getByRole('region', { name: /^Run 2:/ })
    .getByRole('slider', { name: 'learning rate α', exact: true });
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.4, y);
  await page.mouse.down();
  const end = Date.now() + seconds * 1000;
  let t = 0;
  while (Date.now() < end) {
    const x = box.x + box.width * (0.4 + 0.25 * Math.sin(t));
    await page.mouse.move(x, y);
    t += 0.12;
  }
  await page.mouse.up();
}

/** Plays for `seconds` and counts animation frames. */
async function playback(page: Page, seconds: number): Promise<number> {
  return page.evaluate(async (s) => {
    const app = (
      window as unknown as {
        __descent: { store: { getState(): Record<string, (...a: unknown[]) => void> } };
      }
    ).__descent;
    const state = app.store.getState();
    state.setSpeed!(300);
    state.setCursor!(0);
    state.play!();
    let frames = 0;
    const start = performance.now();
    // No named function in here: tsx (esbuild keepNames) would wrap it in `__name(…)`, which
    // does not exist in the page, where Playwright runs this function's source.
    while (performance.now() - start < s * 1000) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      frames++;
    }
    app.store.getState().pause!();
    return frames / ((performance.now() - start) / 1000);
  }, seconds);
}

/**
 * Time to interactive of a first visit on localhost: from navigation start to the frame that
 * shows the first view's trajectories, or to the end of the last long task if one is later
 * (the page answers input within 50 ms from then on). A fresh browser context per load, so no
 * HTTP cache and no service worker; the median of `loads`.
 */
async function timeToInteractive(
  browser: Awaited<ReturnType<typeof chromium.launch>>,
  loads: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const marks = { painted: 0, longTaskEnd: 0 };
      Object.assign(window, { __tti: marks });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          marks.longTaskEnd = Math.max(marks.longTaskEnd, entry.startTime + entry.duration);
      }).observe({ type: 'longtask', buffered: true });
      const observer = new MutationObserver(() => {
        if (marks.painted || !document.querySelector('[data-testid="trajectory-1"][d]')) return;
        observer.disconnect();
        // The frame that shows it: rAF callbacks run just before that frame's paint.
        requestAnimationFrame(() => (marks.painted = performance.now()));
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(URL_);
    await page.waitForFunction(
      () => (window as unknown as { __tti: { painted: number } }).__tti.painted > 0,
    );
    await page.waitForTimeout(500); // long tasks right after the first paint still count
    const marks = await page.evaluate(
      () => (window as unknown as { __tti: { painted: number; longTaskEnd: number } }).__tti,
    );
    times.push(Math.max(marks.painted, marks.longTaskEnd));
    await context.close();
  }
  return times.sort((a, b) => a - b);
}

export async function runBrowserBench(): Promise<Row[]> {
  const server = await startPreview(PORT, OUT_DIR);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
  try {
    const tti = await timeToInteractive(browser, 5);
    const ttiMedian = percentile(tti, 0.5);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await observeLongTasks(page);
    await page.goto(URL_);
    await page.evaluate((scenario) => {
      const app = (
        window as unknown as {
          __descent: { store: { getState(): { setScenario(s: unknown): void } } };
        }
      ).__descent;
      app.store.getState().setScenario(scenario);
    }, SCENARIO);
    // Select run 2 (Adam, trajectory-1), so that its card is open and its α slider exists.
    await page.evaluate(() => {
      const app = (
        window as unknown as {
          __descent: { store: { getState(): { selectRun(index: number): void } } };
        }
      ).__descent;
      app.store.getState().selectRun(1);
    });
    await page
      .getByRole('region', { name: /^Run 2:/ })
      .getByRole('slider', { name: 'learning rate α', exact: true })
      .waitFor();
    await page.getByTestId('trajectory-5').waitFor();
    await page.waitForTimeout(500);

    await sliderLatency(page, 10); // warm-up
    const latencies = (await sliderLatency(page, 60)).filter(Number.isFinite).sort((a, b) => a - b);
    await longTasks(page);
    await dragSlider(page, 5);
    const dragLong = await longTasks(page);
    await page.waitForTimeout(300);
    await longTasks(page);
    const fps = await playback(page, 5);
    const playLong = await longTasks(page);

    const p50 = percentile(latencies, 0.5);
    const p95 = percentile(latencies, 0.95);
    return [
      {
        name: 'slider → painted trajectory, p50 (6 runs × 2,000 steps)',
        value: p50,
        unit: 'ms',
        target: '',
        pass: undefined,
      },
      {
        name: 'slider → painted trajectory, p95',
        value: p95,
        unit: 'ms',
        target: '≤ 33',
        pass: p95 <= 33,
      },
      {
        name: `slider changes measured`,
        value: latencies.length,
        unit: 'changes',
        target: '≥ 50',
        pass: latencies.length >= 50,
      },
      {
        name: 'long tasks during a 5 s slider drag',
        value: dragLong.length,
        unit: 'tasks',
        target: '0',
        pass: dragLong.length === 0,
      },
      {
        name: 'long tasks during 5 s of playback',
        value: playLong.length,
        unit: 'tasks',
        target: '0',
        pass: playLong.length === 0,
      },
      { name: 'playback frame rate', value: fps, unit: 'fps', target: '≥ 55', pass: fps >= 55 },
      {
        name: `time to interactive, first visit on localhost (median of ${tti.length}: ${tti.map((t) => Math.round(t)).join(', ')} ms)`,
        value: Math.round(ttiMedian),
        unit: 'ms',
        target: '≤ 1000',
        pass: ttiMedian <= 1000,
      },
      ...(await heavyRows(browser, URL_, (line) => process.stderr.write(`  ${line}\n`))),
      ...bundleRows(OUT_DIR),
    ];
  } finally {
    await browser.close();
    stopPreview(server);
  }
}
