/**
 * The 3D view's figures (issue 19, point 3; docs/3d.md): with 8 runs × 2,000 steps on screen,
 * slider → 3D frame painted (p95), and the frame rate while orbiting (target ≥ 55 fps in headless
 * Chromium with software GL), on the 256 × 256 mesh the issue names and on the app's own
 * (MESH_SIDE, src/ui/landscape3d/mesh-side.ts), each on a page of its own. The orbit is
 * driven inside the page, one pointer move per animation frame, as a hand dragging the view;
 * the frames counted are the scene's own (`data-frames`), drawn on demand.
 * `npm run bench -- --3d` runs these alone.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../e2e/chromium';
import { MESH_SIDE } from '../src/ui/landscape3d/mesh-side';
import { quantile } from './main-thread';
import { PLAYBACK_SCENARIO, setScenario } from './interactive';
import { previewUrl, startPreview, stopPreview } from './preview';
import type { Row } from './rows';

/** The mesh issue 19 states its frame rate for. */
const ISSUE_SIDE = 256;

/** Waits for the 3D view to show the current scenario's 8 paths on a finished surface. */
async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const canvas = document.querySelector('[data-testid="landscape-3d"]');
    return (
      canvas?.getAttribute('data-surface') === 'ready' &&
      canvas.getAttribute('data-paths') === '8' &&
      Number(canvas.getAttribute('data-frames')) > 0
    );
  });
}

/**
 * Orbits for `seconds`: a pointer drag across the view, one move per animation frame (as a hand
 * on a mouse, whose moves Chromium delivers once per frame), driven inside the page so that the
 * driver's round trips do not set the pace. The scene's frames per second, and whether frames
 * were coarse while it moved.
 */
function orbit(page: Page, seconds: number): Promise<{ fps: number; coarse: boolean }> {
  // No named function in here: tsx (esbuild keepNames) would wrap it in `__name(…)`, which does
  // not exist in the page, where Playwright runs this function's source.
  return page.evaluate(async (s) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="landscape-3d"]')!;
    const box = canvas.getBoundingClientRect();
    const y = box.top + box.height / 2;
    let x = box.left + box.width * 0.3;
    let frames0 = 0;
    let start = 0;
    let coarse = false;
    for (let phase = 0; ; phase++) {
      const done = start > 0 && performance.now() - start >= s * 1000;
      const type = phase === 0 ? 'pointerdown' : done ? 'pointerup' : 'pointermove';
      canvas.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          pointerId: 1,
          pointerType: 'mouse',
          isPrimary: true,
          button: type === 'pointermove' ? -1 : 0,
          buttons: type === 'pointerup' ? 0 : 1,
          clientX: x,
          clientY: y,
        }),
      );
      if (done) break;
      if (phase === 0) {
        frames0 = Number(canvas.getAttribute('data-frames'));
        start = performance.now();
      }
      x += x > box.left + box.width * 0.7 ? -box.width * 0.4 : 3;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      coarse ||= canvas.getAttribute('data-resolution') === 'coarse';
    }
    const elapsed = (performance.now() - start) / 1000;
    return { fps: (Number(canvas.getAttribute('data-frames')) - frames0) / elapsed, coarse };
  }, seconds);
}

/** `count` α changes of run 2, each timed from the input to the first 3D frame after it. */
function sliderTo3d(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const slider = document.querySelector<HTMLInputElement>(
      'section[aria-label^="Run 2:"] input[type=range][aria-label="learning rate α"]',
    )!;
    const canvas = document.querySelector('[data-testid="landscape-3d"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const min = Number(slider.min);
    const max = Number(slider.max);
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const painted = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(canvas, { attributes: true, attributeFilter: ['data-frames'] });
      });
      const t0 = performance.now();
      setValue.call(slider, String(min + (max - min) * (0.35 + (0.3 * ((i * 7) % 10)) / 10)));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const t1 = await Promise.race([
        painted,
        new Promise<number>((r) => setTimeout(() => r(NaN), 3000)),
      ]);
      times.push(t1 - t0);
      await new Promise((r) => setTimeout(r, 60));
    }
    return times;
  }, count);
}

/** One mesh side's figures: the 3D view alone at 1280 × 720, the side set on the test handle. */
async function sideRows(browser: Browser, url: string, side: number, log: (line: string) => void) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.goto(`${url}?v=1`);
    // Before the 3D view asks for its first grid (use-surface-mesh.ts reads it then).
    await page.evaluate((n) => {
      const handle = (window as unknown as { __descent: Record<string, unknown> }).__descent;
      handle.meshSide = n;
    }, side);
    await setScenario(page, PLAYBACK_SCENARIO, 1);
    await page.evaluate(() => {
      const { store } = (
        window as unknown as {
          __descent: { store: { getState(): { setLandscapeView(v: string): void } } };
        }
      ).__descent;
      store.getState().setLandscapeView('3d');
    });
    await page.getByTestId('landscape-3d').waitFor();
    await ready(page);
    const drawn = Number(await page.getByTestId('landscape-3d').getAttribute('data-mesh-side'));
    if (drawn !== side) throw new Error(`asked for a ${side} mesh, the view drew ${drawn}`);
    await page.waitForTimeout(500);
    await orbit(page, 1); // warm-up
    const { fps, coarse } = await orbit(page, 4);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="landscape-3d"]')?.getAttribute('data-resolution') ===
        'full',
    );
    await sliderTo3d(page, 5); // warm-up
    const latencies = (await sliderTo3d(page, 30)).filter(Number.isFinite);
    const p95 = quantile(latencies, 0.95);
    log(
      `3D, ${side}² mesh: orbit ${fps.toFixed(1)} fps (coarse frames while moving: ${coarse}), ` +
        `slider → 3D p95 ${p95.toFixed(1)} ms`,
    );
    return { fps, p95, changes: latencies.length };
  } finally {
    await page.close();
  }
}

export async function landscape3dRows(
  browser: Browser,
  url: string,
  log: (line: string) => void,
): Promise<Row[]> {
  const rows: Row[] = [];
  const sides = MESH_SIDE === ISSUE_SIDE ? [ISSUE_SIDE] : [ISSUE_SIDE, MESH_SIDE];
  for (const side of sides) {
    const { fps, p95, changes } = await sideRows(browser, url, side, log);
    const mesh = `${side} × ${side} mesh${side === MESH_SIDE ? ', the app’s' : ''}`;
    rows.push(
      {
        name: `3D view: frame rate while orbiting (8 runs × 2,000 steps, ${mesh}, software GL)`,
        value: fps,
        unit: 'fps',
        target: '≥ 55',
        pass: fps >= 55,
      },
      {
        // "As fast as the 2D ones" (issue 19): the 2D view's own target.
        name: `3D view: slider → 3D frame painted, p95 (8 runs × 2,000 steps, ${mesh}, ${changes} changes)`,
        value: p95,
        unit: 'ms',
        target: '≤ 25',
        pass: p95 <= 25,
      },
    );
  }
  return rows;
}

/** `npm run bench -- --3d`: the production build served on a port of its own, these rows alone. */
export async function runLandscape3dBench(log: (line: string) => void): Promise<Row[]> {
  const port = 4176;
  const server = await startPreview(port, 'node_modules/.cache/descent-bench-3d-dist');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
  });
  try {
    return await landscape3dRows(browser, previewUrl(port), log);
  } finally {
    await browser.close();
    stopPreview(server);
  }
}
