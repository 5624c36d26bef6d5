/**
 * x, y, f and ∇f at the surface point under the pointer, as the 2D view's read-out shows them
 * (src/ui/landscape/HoverReadout.tsx): the point is found on the drawn mesh
 * (src/plot/pick-surface.ts), f and ∇f there are asked of the engine, exactly.
 */
import { useEffect, useState } from 'react';
import type { Probe } from '../../engine/api';
import type { PlaneData } from '../../engine/plane';
import type { ProblemSpec } from '../../scenario/types';
import { useEngine } from '../engine-context';
import { formatValue } from '../landscape/format';

export function Readout3d({
  point,
  axes,
  problem,
  plane,
}: {
  point: [number, number] | null;
  axes: readonly [string, string];
  problem: ProblemSpec;
  plane: PlaneData | null;
}) {
  const { engine } = useEngine();
  const [probe, setProbe] = useState<Probe | null>(null);

  useEffect(() => {
    if (!point) return;
    let live = true;
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
  return (
    <div
      className="landscape__readout landscape3d__readout numeric"
      data-testid="hover-readout-3d"
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
