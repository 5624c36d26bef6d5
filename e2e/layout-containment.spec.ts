/**
 * A slider input lays out only what it changed, not the page (issue 17; docs/benchmark.md,
 * "Session 19"): the slider and its field, the run's final loss, the landscape's paths and the
 * loss chart's lines each sit in a box that contains its layout (HyperparamRow.css,
 * RunStatus.css, plot.css, Landscape.css). Chromium lays a change out from the nearest relayout
 * boundary up, and a grid or flex item is never one: without those boxes every input and every
 * result laid the whole document out again (0.5–0.8 ms a frame on the development VM).
 *
 * Playback likewise: the timeline's thumb and step and each card's "loss at 120" are in boxes
 * of their own (Timeline.css, src/ui/contained-text.tsx), so its frames lay out those boxes.
 *
 * Read from a Chromium trace: the roots of every layout while the learning rate is stepped with
 * the keyboard and each result is drawn, or while the runs play. A loss that keeps changing keeps
 * its box's widest width ("5.20", "5.29e-4": src/ui/use-held-width.ts).
 */
import { expect, test } from '@playwright/test';
import { alphaSliderStepped, openSettled, settled } from './helpers';

interface TraceEvent {
  name: string;
  ph: string;
  args?: { endData?: { layoutRoots?: { nodeName: string }[] } };
}

/** The node names of each layout's roots in a trace, one list per layout. */
function layoutRoots(trace: { traceEvents: TraceEvent[] }): string[][] {
  return trace.traceEvents
    .filter((event) => event.name === 'Layout' && event.ph === 'X')
    .map((event) => (event.args?.endData?.layoutRoots ?? []).map((root) => root.nodeName));
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

test('stepping α lays out the slider’s, the loss’s and the plots’ boxes, not the document', async ({
  page,
  browser,
}) => {
  const { card, slider } = await alphaSliderStepped(page, 0);
  const path = page.getByTestId('trajectory-0');

  await browser.startTracing(page, { categories: CATEGORIES });
  for (let i = 0; i < 4; i++) {
    const before = await path.getAttribute('d');
    await slider.press('ArrowRight');
    await expect(path).not.toHaveAttribute('d', before!);
    await settled(page);
  }
  const roots = layoutRoots(JSON.parse((await browser.stopTracing()).toString('utf8')));
  // The inputs' and the results' frames were laid out…
  expect(roots.length).toBeGreaterThanOrEqual(4);
  const named = roots.flat().join(' ');
  expect(named).toContain('hyperparam-row__island');
  expect(named).toContain('landscape__svg');
  // …and most of them not from the document. Without the boxes every one was (2 an input). On
  // a quiet machine none is; one CI run saw 4 beside the boxes' own, from something else on the
  // page (a lag shown after 150 ms dims the runs and says "computing", which is a change of the
  // page itself), so the test allows a minority.
  const fromDocument = roots.filter((list) => list.includes('#document')).length;
  expect(fromDocument).toBeLessThanOrEqual(Math.floor(roots.length / 2));
  expect(roots.length - fromDocument).toBeGreaterThanOrEqual(4);
  expect(await card.getByTestId('run-status-0').textContent()).toMatch(/ 4\.\d\d$/);
});

test('a loss that changes its form keeps its box’s widest width: laid out within it', async ({
  page,
  browser,
}) => {
  await openSettled(page);
  const card = page.getByRole('region', { name: /^Run 1:/ });
  const field = card.getByRole('textbox', { name: /learning rate α/ });
  const path = page.getByTestId('trajectory-0');
  const status = card.getByTestId('run-status-0');
  await browser.startTracing(page, { categories: CATEGORIES });
  // Gradient descent's final loss: 5.20 at α 0.0005, 5.29e-4 at 0.002 — another form each time.
  const texts: string[] = [];
  for (const lr of ['0.002', '0.0005', '0.002', '0.0005']) {
    const before = await path.getAttribute('d');
    await field.fill(lr);
    await field.press('Enter');
    await expect(path).not.toHaveAttribute('d', before!);
    await settled(page);
    texts.push((await status.textContent())!);
  }
  const roots = layoutRoots(JSON.parse((await browser.stopTracing()).toString('utf8')));
  expect(texts.map((text) => text.includes('e-'))).toEqual([true, false, true, false]);
  // The first, wider, form widened the box (laid out with the page); each later result was laid
  // out within it, its width held while the loss keeps changing (src/ui/use-held-width.ts). A
  // box as wide as each form changed width at each of them, laid out from the document.
  const withinLoss = roots.filter((list) =>
    list.some((name) => name.includes('run-status__value')),
  );
  expect(withinLoss.length).toBeGreaterThanOrEqual(texts.length - 1);
});

test('playing lays out the timeline’s and the cards’ boxes, not the document', async ({
  page,
  browser,
}) => {
  await openSettled(page);
  const status = page.getByTestId('run-status-0');
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.evaluate(() => {
    const { store } = (window as unknown as { __descent: { store: AppStoreHandle } }).__descent;
    const state = store.getState();
    state.setSpeed(100);
    state.setCursor(0);
    state.play();
  });
  // Until the cards have said the loss at a later step at least three times.
  for (const step of [30, 60, 90])
    await expect
      .poll(async () => Number(await status.getAttribute('data-step')))
      .toBeGreaterThanOrEqual(step);
  await page.evaluate(() =>
    (window as unknown as { __descent: { store: AppStoreHandle } }).__descent.store
      .getState()
      .pause(),
  );
  const roots = layoutRoots(JSON.parse((await browser.stopTracing()).toString('utf8')));

  expect(roots.length).toBeGreaterThanOrEqual(10);
  const named = roots.flat().join(' ');
  expect(named).toContain('timeline__range-island');
  expect(named).toContain('timeline__step');
  expect(named).toContain('run-status__step');
  // The step grows a digit at 10 and 100 (its box widens: laid out from the page), and the
  // first frame after Play changes the transport's button; without the boxes every frame was.
  const fromDocument = roots.filter((list) => list.includes('#document')).length;
  expect(fromDocument).toBeLessThanOrEqual(Math.floor(roots.length / 3));
  expect(await status.textContent()).toMatch(/^loss at \d+ /);
});

interface AppStoreHandle {
  getState(): {
    setSpeed(speed: number): void;
    setCursor(step: number): void;
    play(): void;
    pause(): void;
  };
}
