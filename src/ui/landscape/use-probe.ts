/**
 * f, ∇f and the Hessian at one point of the landscape, asked of the worker (the main thread does
 * not evaluate f): the hover read-out's numbers and the local quadratic model's
 * (docs/curvature-views.md). One probe for both, so that they never ask twice for a point, and
 * never cancel each other's request (the engine's probes are latest-wins).
 */
import { useEffect, useState } from 'react';
import type { Probe } from '../../engine/api';
import { useApp } from '../../state/store';
import { useEngine } from '../engine-context';

/** The probe of `point`, or null until it comes (and for no point). */
export function useProbe(point: readonly [number, number] | null): Probe | null {
  const { engine } = useEngine();
  const problem = useApp((s) => s.scenario.problem);
  const plane = useApp((s) => s.plane);
  const [answer, setAnswer] = useState<{ probe: Probe; problem: unknown } | null>(null);
  const x = point?.[0];
  const y = point?.[1];

  useEffect(() => {
    if (x === undefined || y === undefined) return;
    let live = true;
    // The store's plane object: the engine sends its vectors to the worker once and names it by
    // id on every later hover (src/engine/worker-planes.ts).
    engine.probe(problem, [x, y], plane ?? undefined).then(
      (outcome) => {
        if (live && outcome.status === 'done') setAnswer({ probe: outcome.value, problem });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [engine, problem, plane, x, y]);

  // A probe of another point, or of the problem before, is not this point's.
  const probe = answer?.problem === problem ? answer.probe : null;
  return probe && point && probe.point[0] === point[0] && probe.point[1] === point[1]
    ? probe
    : null;
}
