/**
 * A slider input lays out only what it changed, not the page (issue 17; docs/benchmark.md,
 * "Session 19"): the slider and its field, the run's final loss, the landscape's paths and the
 * loss chart's lines each sit in a box that contains its layout (HyperparamRow.css,
 * RunStatus.css, plot.css, Landscape.css). Chromium lays a change out from the nearest relayout
 * boundary up, and a grid or flex item is never one: without those boxes every input and every
 * result laid the whole document out again (0.5–0.8 ms a frame on the development VM).
 *
 * Read from a Chromium trace: the roots of every layout while the learning rate is stepped with
 * the keyboard and each result is drawn. Gradient descent's final loss stays within 4.xx, so its
 * box keeps its width (a value of another form takes another width: laid out from the page).
 */
import { expect, test } from '@playwright/test';
import { openSettled, settled } from './helpers';

interface TraceEvent {
  name: string;
  ph: string;
  args?: { endData?: { layoutRoots?: { nodeName: string }[] } };
}

test('stepping α lays out the slider’s, the loss’s and the plots’ boxes, not the document', async ({
  page,
  browser,
}) => {
  await openSettled(page);
  const card = page.getByRole('region', { name: /^Run 1:/ });
  const slider = card.getByRole('slider', { name: 'learning rate α', exact: true });
  const path = page.getByTestId('trajectory-0');
  // A first change before the trace: it enables Undo (a header button's state).
  await slider.focus();
  const first = await path.getAttribute('d');
  await slider.press('ArrowRight');
  await expect(path).not.toHaveAttribute('d', first!);
  await settled(page);

  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  for (let i = 0; i < 4; i++) {
    const before = await path.getAttribute('d');
    await slider.press('ArrowRight');
    await expect(path).not.toHaveAttribute('d', before!);
    await settled(page);
  }
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };

  const roots = trace.traceEvents
    .filter((event) => event.name === 'Layout' && event.ph === 'X')
    .map((event) => (event.args?.endData?.layoutRoots ?? []).map((root) => root.nodeName));
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
