/**
 * A slider input's results repaint the page's composited layers and do not lay the page out
 * into layers again (issue 17; docs/benchmark.md, "Session 23"). Chromium does that full update
 * (PaintArtifactCompositor::Update) at any frame where a paint chunk's bounds changed, and a
 * run's loss line, its path and its marker change theirs at each input. Each group of them is
 * drawn over an invisible rectangle that keeps its chunk's bounds (src/ui/paint-bounds.tsx);
 * without it, the results' frame of every input paid the full update (0.44 against 0.19 ms of
 * layerising on the development VM).
 *
 * Read from a Chromium trace: the frames pushed to the compositor while the learning rate is
 * stepped with the keyboard and each result is drawn, and which of them were full updates.
 */
import { expect, test } from '@playwright/test';
import { alphaSliderStepped, settled } from './helpers';

interface TraceEvent {
  name: string;
  ph: string;
}

const count = (trace: { traceEvents: TraceEvent[] }, name: string) =>
  trace.traceEvents.filter((event) => event.name === name && event.ph === 'X').length;

test('stepping α repaints the layers: the results’ frames are not full compositing updates', async ({
  page,
  browser,
}) => {
  const { slider } = await alphaSliderStepped(page, 1);
  const line = page.getByTestId('loss-line-1');

  const inputs = 6;
  await browser.startTracing(page, { categories: ['blink'] });
  for (let i = 0; i < inputs; i++) {
    const before = await line.getAttribute('d');
    await slider.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await expect(line).not.toHaveAttribute('d', before!);
    await settled(page);
  }
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const frames = count(trace, 'LocalFrameView::pushPaintArtifactToCompositor');
  const fullUpdates = count(trace, 'PaintArtifactCompositor::Update');
  // An input's frame and its results' frame each: at least one frame an input was pushed…
  expect(frames).toBeGreaterThanOrEqual(inputs);
  // …and few were laid out into layers again. Without the bounds every results' frame was (one
  // an input at least). A lag shown after 150 ms on a busy machine dims the runs and says
  // "computing", a change of the page itself: the test allows a few.
  expect(fullUpdates).toBeLessThanOrEqual(Math.floor(inputs / 3));
});
