/**
 * What the end-to-end specs share: reading the store through the test handle, collecting the
 * page's errors, and telling a painted landscape from a blank one.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
// The specs encode and decode links of models in Node: every problem kind at once, as the CLI has
// (the page loads the models' numerics on demand, src/kinds/load.ts).
import '../src/kinds/model-numerics';

/**
 * Evaluates `expression` in the page with `s` bound to the store's state (the test handle
 * `window.__descent`, src/main.tsx): `state(page, 's.results.length')`, `state(page, 's.pause()')`.
 */
export const state = (page: Page, expression: string) =>
  page.evaluate(`(() => { const s = window.__descent.store.getState(); return ${expression}; })()`);

/** Console errors and uncaught page errors seen from now on; the array fills as they come. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Uncaught page errors seen from now on (console errors not included). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** How many landscape pixels differ from the first one (every 97th sampled): blank has none. */
export function paintedPixels(page: Page): Promise<number> {
  return page.locator('.landscape__canvas').evaluate((canvas: HTMLCanvasElement) => {
    // A `bitmaprenderer` canvas (SurfaceCanvas.tsx): its pixels are read through a 2D copy.
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext('2d')!;
    context.drawImage(canvas, 0, 0);
    const data = context.getImageData(0, 0, copy.width, copy.height).data;
    let differing = 0;
    for (let i = 0; i < data.length; i += 4 * 97)
      if (data[i] !== data[0] || data[i + 1] !== data[1]) differing++;
    return differing;
  });
}

/** Opens `url` and waits for the first view to be drawn: both trajectories and the legend. */
export async function openFirstView(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.landscape__legend')).toBeVisible({ timeout: 20_000 });
}

/** Waits until the results on screen are those of the scenario now in the store. */
export const settled = (page: Page) =>
  expect
    .poll(() => state(page, 's.resultsScenario === s.scenario && !s.computing'), {
      timeout: 20_000,
    })
    .toBe(true);

/**
 * Opens `url`, waits for the second run's trajectory (the engine's first results, slow on a busy
 * machine) and until the results shown are the current scenario's: where most tests begin.
 */
export async function openSettled(page: Page, url = '/'): Promise<void> {
  await openWithResults(page, url);
  await settled(page);
}

/** Opens `url` and waits for the second run's trajectory: the engine's first results are in. */
export async function openWithResults(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
}

/** Clicks the button named `button` and waits for the dialog named `dialog`, which it returns. */
export async function openDialog(page: Page, button: string, dialog: string): Promise<Locator> {
  await page.getByRole('button', { name: button }).click();
  const opened = page.getByRole('dialog', { name: dialog });
  await expect(opened).toBeVisible();
  return opened;
}

/**
 * Reloads the page watching its errors from before the load, and waits for both runs of the first
 * view to be drawn; returns the errors (they fill as they come), for the test to check at its end.
 */
export async function reloadWatchingErrors(page: Page): Promise<string[]> {
  const errors = collectErrors(page);
  await page.reload();
  await expect(page.getByTestId('trajectory-0')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('trajectory-1')).toBeVisible({ timeout: 20_000 });
  return errors;
}

/**
 * Registers, for every test of the calling spec file: open `url` and wait until `ready(page)` is
 * visible (within `timeout`: the engine's first results can take seconds on a busy machine), and
 * fail the test if the page logged a console error or threw. Call it at the top of a spec file.
 */
export function eachTestOpens(
  ready: (page: Page) => Locator,
  { url = '/', timeout = 20_000 }: { url?: string; timeout?: number } = {},
): void {
  let errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors = collectErrors(page);
    await page.goto(url);
    await expect(ready(page)).toBeVisible({ timeout });
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });
}

/**
 * Polls the store expression until it meets the matcher that follows:
 * `await expectState(page, 's.cursor').toBe(0)`. A store read right after a click, a keypress or a
 * navigation may run before the app has caught up; the poll waits for it instead.
 */
export const expectState = (page: Page, expression: string, timeout = 20_000) =>
  expect.poll(() => state(page, expression), { timeout });

/**
 * The locator's box once layout has settled (two reads in a row agree): a box read while results
 * or fonts are still arriving can be stale by the time the mouse gets there.
 */
export async function stableBox(
  locator: Locator,
): Promise<{ x: number; y: number; width: number; height: number }> {
  let previous = '';
  await expect
    .poll(async () => {
      const box = JSON.stringify(await locator.boundingBox());
      const same = box === previous && box !== 'null';
      previous = box;
      return same;
    })
    .toBe(true);
  return JSON.parse(previous) as { x: number; y: number; width: number; height: number };
}

/** Lets `count` animation frames pass in the page: the unit that playback and painting move in. */
export const frames = (page: Page, count: number) =>
  page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const next = () => (--left <= 0 ? resolve() : requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
    count,
  );

/**
 * Counts the lab worker's requests whose kind starts with `prefix` (`'sweep'`, `'maps:'`) from
 * now on, through the test handle's engine: `asked` so far and `pending` (not yet answered).
 * Tells "nothing more was asked after Cancel" by what was asked, not by waiting a while.
 */
export async function watchLabRequests(page: Page, prefix: string) {
  await page.evaluate((kind) => {
    type Lab = { labRequest(k: string, call: unknown): Promise<unknown> };
    const engine = (window as unknown as { __descent: { engine: Lab } }).__descent.engine;
    const counts = { asked: 0, pending: 0 };
    Object.assign(window, { __labRequests: counts });
    const original = engine.labRequest.bind(engine);
    engine.labRequest = (k, call) => {
      if (!k.startsWith(kind)) return original(k, call);
      counts.asked++;
      counts.pending++;
      return original(k, call).finally(() => counts.pending--);
    };
  }, prefix);
  return () =>
    page.evaluate(
      () =>
        (window as unknown as { __labRequests: { asked: number; pending: number } }).__labRequests,
    );
}

/** Web workers of the page from now on, and how many have been terminated so far. */
export function watchWorkers(page: Page): { started: number; closed: number } {
  const seen = { started: 0, closed: 0 };
  page.on('worker', (worker) => {
    seen.started++;
    worker.on('close', () => seen.closed++);
  });
  return seen;
}

/**
 * A first visit: no storage (playwright.config.ts starts every other page as a returning
 * visitor's, who has seen the first-visit hint). `test.use(FIRST_VISIT)` in a describe.
 */
export const FIRST_VISIT = { storageState: { cookies: [], origins: [] } };

/** Clears the link's notices and the engine's notice (a test reads the next one alone). */
export async function clearNotices(page: Page): Promise<void> {
  await state(page, '(s.setLinkNotices([]), s.setNotice(null), true)');
}

/**
 * The app still works after hostile input: moving the selected run's α slider changes its
 * trajectory (e2e/hostile.spec.ts, e2e/hostile-lessons.spec.ts). Clears the notices first.
 */
export async function expectAppWorks(page: Page): Promise<void> {
  await clearNotices(page);
  const selected = (await state(page, 's.selectedRun')) as number;
  const path = page.getByTestId(`trajectory-${selected}`);
  await expect(path).toBeVisible({ timeout: 20_000 });
  // The path of the scenario shown, not of one whose results are still on their way.
  await settled(page);
  const before = await path.getAttribute('d');
  const slider = page
    .getByRole('region', { name: new RegExp(`^Run ${selected + 1}: `) })
    .getByRole('slider', { name: /learning rate α/ });
  await slider.focus();
  for (let i = 0; i < 20; i++) await slider.press('ArrowLeft');
  await expect(path).not.toHaveAttribute('d', before!, { timeout: 20_000 });
}

/**
 * The first view, settled, with run `index`'s α slider focused after a first key step (it
 * enables Undo, a header button's state), so that a trace taken next holds the steps' own work
 * only. Returns the run's card and its slider.
 */
export async function alphaSliderStepped(
  page: Page,
  index: number,
): Promise<{ card: Locator; slider: Locator }> {
  await openSettled(page);
  const card = page.getByRole('region', { name: new RegExp(`^Run ${index + 1}:`) });
  const slider = card.getByRole('slider', { name: 'learning rate α', exact: true });
  const path = page.getByTestId(`trajectory-${index}`);
  await slider.focus();
  const first = await path.getAttribute('d');
  await slider.press('ArrowRight');
  await expect(path).not.toHaveAttribute('d', first!);
  await settled(page);
  return { card, slider };
}
