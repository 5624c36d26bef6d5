/**
 * x, y, f and ∇f under the pointer, asked of the worker (the main thread does not evaluate f).
 * Inside the plot's top-left corner, where nothing else sits (the tools row is above the plot,
 * the slice badge at its foot); when the pointer itself is in that corner, the top-right one, so
 * the read-out never hides what is pointed at (docs/app.md, "Layout").
 */
import { useEffect, useState } from 'react';
import type { Probe } from '../../engine/api';
import { useApp } from '../../state/store';
import { useEngine } from '../engine-context';
import { formatValue } from './format';
import { MARGIN, type Geometry } from './geometry';
import { inCorner } from './readout-corner';

export function HoverReadout({
  point,
  axes,
  geo,
}: {
  point: [number, number] | null;
  axes: readonly [string, string];
  geo: Geometry;
}) {
  const { engine } = useEngine();
  const problem = useApp((s) => s.scenario.problem);
  const plane = useApp((s) => s.plane);
  const [probe, setProbe] = useState<Probe | null>(null);

  useEffect(() => {
    if (!point) return;
    let live = true;
    // The store's plane object: the engine sends its vectors to the worker once and names it by
    // id on every later hover (src/engine/worker-planes.ts).
    engine.probe(problem, point, plane ?? undefined).then(
      (outcome) => {
        if (live && outcome.status === 'done') setProbe(outcome.value);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [engine, problem, plane, point]);

  if (!point) return null;
  const current =
    probe && probe.point[0] === point[0] && probe.point[1] === point[1] ? probe : null;
  const right = inCorner(geo, point);
  return (
    <div
      className={`landscape__readout numeric${right ? ' landscape__readout--right' : ''}`}
      style={
        right
          ? { top: MARGIN.top + 6, right: MARGIN.right + 6 }
          : { top: MARGIN.top + 6, left: MARGIN.left + 6 }
      }
      data-testid="hover-readout"
      aria-live="off"
    >
      <span>
        {axes[0]} = {formatValue(point[0])}
      </span>
      <span>
        {axes[1]} = {formatValue(point[1])}
      </span>
      <span>f = {current ? formatValue(current.f) : '…'}</span>
      <span>
        ∇f = {current ? `(${formatValue(current.grad[0])}, ${formatValue(current.grad[1])})` : '…'}
      </span>
    </div>
  );
}
