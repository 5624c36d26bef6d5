/**
 * The interactive figures of the browser benchmark (docs/benchmark.md, part 2), measured on one
 * page as it is or under Chromium's CPU throttling (issue 17: ×4, the DevTools stand-in for a
 * low-end laptop): slider → painted trajectory, the main thread's cost per slider input (from a
 * trace, main-thread.ts), long tasks during a mouse drag and during playback, and playback's
 * frame rate with eight runs.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { frameFloor } from './frame-floor';
import { inputCosts, quantile, type WindowCost } from './main-thread';
import type { Row } from './rows';

/** Six runs of 2,000 steps on Rosenbrock, every one on screen. */
export const SCENARIO = {
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

/** Playback is timed with the most runs the app allows: eight. */
export const PLAYBACK_SCENARIO = {
  ...SCENARIO,
  optimizers: [
    ...SCENARIO.optimizers,
    { type: 'adagrad', lr: 0.01, color: '#000000' },
    { type: 'nadam', lr: 0.002, color: '#999999' },
  ],
};

/** Slows the page's CPU `rate` times (1: as it is); returns the session that holds it. */
export async function throttle(page: Page, rate: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

type StoreHandle = {
  __descent: { store: { getState(): Record<string, (...a: never[]) => void> } };
};

export async function setScenario(page: Page, scenario: unknown, selected: number): Promise<void> {
  await page.evaluate(
    ([s, index]) => {
      const state = (window as unknown as StoreHandle).__descent.store.getState() as unknown as {
        setScenario(s: unknown): void;
        selectRun(i: number): void;
      };
      state.setScenario(s);
      state.selectRun(index as number);
    },
    [scenario, selected] as const,
  );
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

/**
 * Times `count` slider changes from the input event to the first frame after the path changed.
 * Each input comes 30 ms after the previous one's frame: at one phase of the display's 60 Hz
 * frames, a little before the next frame begins, which paints the input's own change before its
 * results arrive (two frames an input: the worst phase, docs/benchmark.md "Session 21"). With
 * `spread`, a further 0 to 15 ms (a tenth of a frame apart) spreads the inputs over the phases,
 * as key presses come; a drag's moves are dispatched at the frame's start by Chromium itself.
 */
async function sliderLatency(
  page: Page,
  count: number,
  mark = '',
  spread = false,
): Promise<number[]> {
  return page.evaluate(
    async ([n, prefix, spreading]) => {
      // Run 2's card (index 1): with more than two runs only the selected card shows sliders.
      const slider = document.querySelector<HTMLInputElement>(
        'section[aria-label^="Run 2:"] input[type=range][aria-label="learning rate α"]',
      )!;
      const path = document.querySelector('[data-testid="trajectory-1"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const times: number[] = [];
      const min = Number(slider.min);
      const max = Number(slider.max);
      for (let i = 0; i < (n as number); i++) {
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
        if (prefix) performance.mark(`${prefix}${i}`);
        const t0 = performance.now();
        setValue.call(slider, String(position + (i % 2) * 1e-9 * (max - min)));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = await Promise.race([
          painted,
          new Promise<number>((r) => setTimeout(() => r(NaN), 2000)),
        ]);
        times.push(t1 - t0);
        const phase = spreading ? ((i * 7) % 10) * (1000 / 60 / 10) : 0;
        await new Promise((r) => setTimeout(r, 30 + phase));
      }
      return times;
    },
    [count, mark, spread] as const,
  );
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
 * The main thread's cost of `count` slider inputs, from a trace recorded while they happen: each
 * input is marked (`slider-<i>`) and followed, as in sliderLatency, by its painted frame.
 */
async function sliderCosts(
  browser: Browser,
  page: Page,
  count: number,
  spread = false,
): Promise<WindowCost[]> {
  await browser.startTracing(page, {
    // toplevel gives the scheduler's tasks, devtools.timeline their parts; the
    // disabled-by-default timeline categories would add overhead to what is measured.
    categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'],
  });
  await sliderLatency(page, count, 'slider-', spread);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: Parameters<typeof inputCosts>[0];
  };
  return inputCosts(trace.traceEvents, 'slider-');
}

/** The interactive figures at CPU throttling `rate` (1 or 4), on a fresh page of the app. */
export async function interactiveRows(browser: Browser, url: string, rate: number): Promise<Row[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const suffix = rate === 1 ? '' : `, CPU ×${rate}`;
  const slow = rate !== 1;
  try {
    await observeLongTasks(page);
    await page.goto(url);
    await page.getByTestId('trajectory-1').waitFor();
    await throttle(page, rate);
    // Run 2 (Adam, trajectory-1) selected, so that its card is open and its α slider exists.
    await setScenario(page, SCENARIO, 1);
    await page
      .getByRole('region', { name: /^Run 2:/ })
      .getByRole('slider', { name: 'learning rate α', exact: true })
      .waitFor();
    await page.getByTestId('trajectory-5').waitFor();
    await page.waitForTimeout(500);

    await sliderLatency(page, 10); // warm-up
    const latencies = (await sliderLatency(page, 60)).filter(Number.isFinite);
    const costs = await sliderCosts(browser, page, 30);
    // The same at every phase of the frame (sliderLatency): what most inputs cost.
    const spreadCosts = await sliderCosts(browser, page, 30, true);
    // The floor beside it, unthrottled only: what one frame of a bare page costs this machine.
    const floor = slow ? null : await frameFloor(browser, 30);
    const totals = costs.map((c) => c.total);
    const medianPart = (part: keyof WindowCost['parts']) =>
      quantile(
        costs.map((c) => c.parts[part]),
        0.5,
      ).toFixed(1);
    await longTasks(page);
    await dragSlider(page, 5);
    const dragLong = await longTasks(page);
    await setScenario(page, PLAYBACK_SCENARIO, 1);
    await page.getByTestId('trajectory-7').waitFor();
    await page.waitForTimeout(300);
    await longTasks(page);
    const fps = await playback(page, 5);
    const playLong = await longTasks(page);

    const p95 = quantile(latencies, 0.95);
    const costMedian = quantile(totals, 0.5);
    return [
      {
        name: `slider → painted trajectory, p50 (6 runs × 2,000 steps${suffix})`,
        value: quantile(latencies, 0.5),
        unit: 'ms',
        target: '',
        pass: undefined,
      },
      {
        name: `slider → painted trajectory, p95${suffix}`,
        value: p95,
        unit: 'ms',
        target: slow ? '≤ 60' : '≤ 25',
        pass: p95 <= (slow ? 60 : 25),
      },
      {
        name: `slider changes measured${suffix}`,
        value: latencies.length,
        unit: 'changes',
        target: '≥ 50',
        pass: latencies.length >= 50,
      },
      {
        name:
          `main-thread cost per slider input, median${suffix} (scripting ${medianPart('scripting')}, ` +
          `style ${medianPart('style')}, layout ${medianPart('layout')}, paint ${medianPart('paint')}, ` +
          `other ${medianPart('other')} ms)`,
        value: costMedian,
        unit: 'ms',
        target: slow ? '' : '≤ 6',
        pass: slow ? undefined : costMedian <= 6,
      },
      ...(floor === null
        ? []
        : [
            {
              name: 'main-thread cost per input on a page of one slider (this machine’s floor), median',
              value: floor,
              unit: 'ms',
              target: '',
              pass: undefined,
            },
            {
              name: 'main-thread cost per slider input / the floor, measured side by side',
              value: costMedian / floor,
              unit: '×',
              target: '',
              pass: undefined,
            },
          ]),
      {
        name: `main-thread cost per slider input, inputs spread over the frame’s phase, median${suffix}`,
        value: quantile(
          spreadCosts.map((c) => c.total),
          0.5,
        ),
        unit: 'ms',
        target: '',
        pass: undefined,
      },
      {
        name: `main-thread cost per slider input, p95${suffix}`,
        value: quantile(totals, 0.95),
        unit: 'ms',
        target: '',
        pass: undefined,
      },
      {
        name: `long tasks during a 5 s slider drag${suffix}`,
        value: dragLong.length,
        unit: 'tasks',
        target: '0',
        pass: dragLong.length === 0,
      },
      {
        name: `long tasks during 5 s of playback, 8 runs${suffix}`,
        value: playLong.length,
        unit: 'tasks',
        target: slow ? '' : '0',
        pass: slow ? undefined : playLong.length === 0,
      },
      {
        name: `playback frame rate, 8 runs${suffix}`,
        value: fps,
        unit: 'fps',
        target: slow ? '≥ 50' : '≥ 58',
        pass: fps >= (slow ? 50 : 58),
      },
    ];
  } finally {
    await page.close();
  }
}
