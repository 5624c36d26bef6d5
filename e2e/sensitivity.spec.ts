import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectState, openSettled, stableBox, watchLabRequests } from './helpers';

/** Both maps finished: 19 × 21 β cells and 21 × 21 α–ε cells. */
const ALL_RUNS = /^840 runs · /;

/** 840 runs in the lab worker: seconds of work, more when the machine is shared. */
const MAPS = { timeout: 45_000 };

test.describe.configure({ timeout: 90_000 });

test('the maps of the selected Adam run: click a cell to set β1 and β2, and the trajectory follows', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openSettled(page);
  await page.getByRole('tab', { name: 'β, ε maps' }).click();

  // The first view selects gradient descent: the tab says so and offers the Adam run.
  await expect(page.getByTestId('maps-notice')).toContainText('has no β1 and β2');
  await page.getByRole('button', { name: /Show the maps of Adam \(run 2\)/ }).click();
  await expectState(page, 's.selectedRun').toBe(1);
  // As a teacher would in front of a class (issue 14, point 6): the maps enlarged, so that a
  // cell is large enough to aim at.
  await page.getByRole('button', { name: 'Enlarge chart' }).click();
  await expectState(page, 's.chartEnlarged').toBe(true);

  const beta = page.getByTestId('map-beta');
  await expect(beta).toBeVisible();
  await expect(page.getByTestId('map-alpha-eps')).toBeVisible();
  await expect(page.getByTestId('maps-status')).toHaveText(ALL_RUNS, MAPS);
  await expect(page.getByRole('progressbar', { name: 'Maps progress' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/sensitivity.png' });

  // Hovering reads the cell out.
  const hit = beta.getByRole('group', { name: /Final loss over β1 and β2/ });
  const pointAt = async () => {
    const box = await stableBox(hit);
    return { x: box.x + box.width * 0.2, y: box.y + box.height * 0.15 };
  };
  const readoutText = page.getByTestId('maps-readout');
  await page.mouse.move(...(Object.values(await pointAt()) as [number, number]));
  await expect(readoutText).toHaveText(/^β1 [\d.]+, β2 [\d.]+: f − f\* /);
  // The read-out may reflow the panel: aim again at the same place on the map once it shows,
  // and read the cell out once it names the cell now under the pointer.
  const at = await pointAt();
  await page.mouse.move(at.x + 1, at.y);
  await page.mouse.move(at.x, at.y);
  await expect(readoutText).toHaveText(/^β1 [\d.]+, β2 [\d.]+: f − f\* /);
  const readout = (await readoutText.textContent())!;
  const [, beta1, beta2] = /^β1 ([\d.]+), β2 ([\d.]+)/.exec(readout)!;

  // Clicking sets both on the run (the values read out), and the run is recomputed.
  const before = await page.getByTestId('trajectory-1').getAttribute('d');
  const markerBefore = await page.getByTestId('map-beta-marker').getAttribute('transform');
  await page.mouse.click(at.x, at.y);
  await expectState(page, 's.scenario.optimizers[1].beta1').toBe(Number(beta1));
  await expectState(page, 's.scenario.optimizers[1].beta2').toBe(Number(beta2));
  await expect(page.getByTestId('trajectory-1')).not.toHaveAttribute('d', before!, {
    timeout: 20_000,
  });
  await expect(page.getByTestId('map-beta-marker')).not.toHaveAttribute('transform', markerBefore!);
  // Setting a map's own values does not recompute it: still complete, no progress shown.
  await expect(page.getByTestId('maps-status')).toHaveText(ALL_RUNS);

  // The keyboard: focus a map, move one cell to the right, Enter sets it.
  const alphaEps = page.getByTestId('map-alpha-eps').getByRole('group');
  await alphaEps.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  // The first view's α = 0.1 is a cell; one step right on the fifth-of-a-decade grid is 0.158.
  await expectState(page, 's.scenario.optimizers[1].lr').toBe(0.158);
  await expectState(page, 's.scenario.optimizers[1].eps').toBe(1e-8);
  expect(errors).toEqual([]);
});

test('Cancel stops the maps part-way and Resume finishes them', async ({ page }) => {
  const errors = collectErrors(page);
  // Mini-batch regression over 4,000 steps: about 2 s of work on an idle 2-core machine, time
  // enough to cancel. (1,000 steps were 520 ms there: once, the maps were done before Cancel.)
  await page.goto('/?p=linear-regression(batchSize=10)&n=4000&o=adam(lr=0.05)&chart=maps');
  await expect(page.getByRole('progressbar', { name: 'Maps progress' })).toBeVisible({
    timeout: 20_000,
  });
  const lab = await watchLabRequests(page, 'maps:');
  const cancel = page.getByRole('button', { name: 'Cancel' });
  // A chunk asked since the watch began: what is in flight from here on is counted.
  await expect.poll(async () => (await lab()).asked).toBeGreaterThan(0);
  // Cancel pressed while a map's chunk is in the lab worker (checked in the same task as the
  // click): that chunk is stopped for real, its worker replaced by a fresh idle one, rather than
  // left to compute what nobody waits for.
  await expect(cancel).toBeVisible();
  const atCancel = await page.evaluate(async () => {
    type Lane = { running: unknown };
    const lab = (
      window as unknown as {
        __descent: { engine: { lab: { lanes: Map<string, Lane>; generation: number } } };
      }
    ).__descent.engine.lab;
    const mapsRunning = () =>
      [...lab.lanes].filter(([kind, lane]) => kind.startsWith('maps:') && lane.running).length;
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === 'Cancel',
    )!;
    while (mapsRunning() === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    const generation = lab.generation;
    button.click();
    return { replaced: lab.generation !== generation, stillRunning: mapsRunning() };
  });
  expect(atCancel).toEqual({ replaced: true, stillRunning: 0 });
  const askedAtCancel = (await lab()).asked;

  const status = page.getByTestId('maps-status');
  await expect(status).toHaveText(/^Cancelled at \d+ of 840 runs$/);
  const stoppedAt = (await status.textContent())!;
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  // Nothing more arrives after Cancel: once a chunk in flight is answered, nothing more was
  // asked of the lab worker and the count still reads as it did.
  await expect.poll(async () => (await lab()).pending, { timeout: 30_000 }).toBe(0);
  expect((await lab()).asked).toBe(askedAtCancel);
  await expect(status).toHaveText(stoppedAt);

  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(status).toHaveText(ALL_RUNS, MAPS);
  expect(errors).toEqual([]);
});

/** The pixels of a map's cells, as a data URL (equal URLs: the same picture). */
const cells = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator('canvas')
    .evaluate((c: HTMLCanvasElement) => c.toDataURL());

test('a change to another setting recomputes the β map; the α–ε map only moves its ring', async ({
  page,
}) => {
  await page.goto('/?chart=maps&sel=2');
  await expect(page.getByTestId('maps-status')).toHaveText(ALL_RUNS, MAPS);
  const ring = await page.getByTestId('map-alpha-eps-marker').getAttribute('transform');
  const betaCells = await cells(page, 'map-beta');
  // Every status the α–ε map goes through from here on.
  await page.evaluate(() => {
    const map = document.querySelector('[data-testid="map-alpha-eps"]')!;
    const seen: string[] = [];
    Object.assign(window, { __alphaEpsStatuses: seen });
    new MutationObserver(() => seen.push(map.getAttribute('data-status')!)).observe(map, {
      attributes: true,
      attributeFilter: ['data-status'],
    });
  });
  await page.evaluate(`window.__descent.store.getState().updateOptimizer(1, { lr: 0.05 })`);
  await expect(page.getByTestId('map-alpha-eps-marker')).not.toHaveAttribute('transform', ring!);
  // The β map depends on α: computed again, it shows other losses.
  await expect.poll(() => cells(page, 'map-beta'), MAPS).not.toBe(betaCells);
  await expect(page.getByTestId('maps-status')).toHaveText(ALL_RUNS, MAPS);
  // The α–ε map maps α itself: it stayed complete throughout (its colours may shift with the
  // shared scale).
  expect(await page.evaluate('window.__alphaEpsStatuses')).toEqual([]);
  await expect(page.getByTestId('map-alpha-eps')).toHaveAttribute('data-status', 'done');
});
