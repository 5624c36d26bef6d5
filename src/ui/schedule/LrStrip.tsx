/**
 * A thin strip under the loss chart with each visible run's lr per step (RunResult.lr) on a
 * log axis, its steps aligned with the loss chart above (same margins, same step scale), and
 * the shared cursor. Shown only when a visible run has a schedule: with constant lrs it would
 * be flat lines, and the loss chart keeps the room.
 *
 * Layout: the chart panel's body is not a flex column, so LrStrip.css makes it one while the
 * strip is there (`:has`); the loss chart (height 100%, min-height 0) then shrinks to leave the
 * strip its fixed height, and its size observer redraws it.
 *
 * The plot itself (LrStripPlot.tsx) loads when the strip first shows: the first view's runs have
 * no schedule, so it is not in the initial scripts (issue 17).
 */
import { Suspense } from 'react';
import { useApp } from '../../state/store';
import { onDemand } from '../lazy/on-demand';
import { lazyPart } from '../lazy/lazy-part';
import { isScheduled } from './patch';
import './LrStrip.css';

const LrStripPlot = lazyPart(
  onDemand(() => import('./LrStripPlot')),
  (m) => m.LrStripPlot,
);

export function LrStrip() {
  // Whether any visible run has a schedule, not the runs: a slider's α is not a render here.
  const shown = useApp((s) =>
    s.scenario.optimizers.some((o) => !o.hidden && isScheduled(o.schedule)),
  );
  const steps = useApp((s) => s.scenario.steps);
  if (!shown) return null;
  // Until the plot's chunk is in, an empty strip of the same height keeps the layout still.
  return (
    <Suspense fallback={<div className="lr-strip" aria-hidden="true" />}>
      <LrStripPlot steps={steps} />
    </Suspense>
  );
}
