/**
 * Benchmark, second part: the app in headless Chromium (Playwright), on the production build.
 * The interactive figures (interactive.ts: slider → painted, the main thread's cost per input,
 * long tasks, playback) and the time to interactive are measured twice, as the machine is and
 * under CPU throttling ×4 (issue 17); then the heavy figures (heavy.ts), the 3D view's
 * (landscape3d.ts) and the bundle's size (bundle.ts).
 */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, PRECISE_MEMORY_FLAG } from '../e2e/chromium';
import { bundleRows } from './bundle';
import { heavyRows } from './heavy';
import { digitsWorkerRows } from './digits';
import { interactiveRows, throttle } from './interactive';
import { landscape3dRows } from './landscape3d';
import { quantile } from './main-thread';
import { previewUrl, startPreview, stopPreview } from './preview';
import type { Row } from './rows';

const PORT = 4175;
const URL_ = previewUrl(PORT);
// performance.memory in exact bytes, for the peak heap of bench/heavy.ts.
const FLAGS = [...CHROMIUM_FLAGS, PRECISE_MEMORY_FLAG];
/** Chromium's CPU throttling for the slow-laptop rows (DevTools' "4× slowdown"). */
export const SLOW = 4;

/** The benchmark's own build directory (see preview.ts). */
const OUT_DIR = 'node_modules/.cache/descent-bench-dist';

/**
 * Time to interactive of a first visit on localhost: from navigation start to the frame that
 * shows the first view's trajectories, or to the end of the last long task if one is later
 * (the page answers input within 50 ms from then on). A fresh browser context per load, so no
 * HTTP cache and no service worker; the median of `loads`. Under CPU throttling `rate` from the
 * navigation on.
 */
async function timeToInteractive(browser: Browser, loads: number, rate: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await throttle(page, rate);
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

function ttiRow(times: number[], rate: number): Row {
  const median = quantile(times, 0.5);
  const limit = rate === 1 ? 700 : 2000;
  return {
    name:
      `time to interactive, first visit on localhost${rate === 1 ? '' : `, CPU ×${rate}`} ` +
      `(median of ${times.length}: ${times.map((t) => Math.round(t)).join(', ')} ms)`,
    value: Math.round(median),
    unit: 'ms',
    target: `≤ ${limit}`,
    pass: median <= limit,
  };
}

export async function runBrowserBench(): Promise<Row[]> {
  const server = await startPreview(PORT, OUT_DIR);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
  const log = (line: string) => process.stderr.write(`  ${line}\n`);
  try {
    const rows: Row[] = [];
    for (const rate of [1, SLOW]) {
      log(`interactive figures, CPU ×${rate}`);
      rows.push(...(await interactiveRows(browser, URL_, rate)));
      rows.push(ttiRow(await timeToInteractive(browser, 5, rate), rate));
    }
    return [
      ...rows,
      ...(await heavyRows(browser, URL_, log)),
      ...(await digitsWorkerRows(browser, URL_, log)),
      ...(await landscape3dRows(browser, URL_, log)),
      ...bundleRows(OUT_DIR),
    ];
  } finally {
    await browser.close();
    stopPreview(server);
  }
}
