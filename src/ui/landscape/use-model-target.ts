/**
 * Where the landscape's local quadratic model is drawn and with which α (docs/curvature-views.md):
 * at the pointer while it is over the plot, else at the selected run's point at the timeline's
 * cursor (so that it follows the run as it plays, and shows on a projector without a mouse);
 * its axes are scaled by the selected run's learning rate of that step. null when the model is
 * off, hidden with the runs (predicting), or the problem is a model's slice (more than 2
 * parameters: the slice's Hessian is not the model's).
 */
import { useMemo } from 'react';
import type { OptimizerSpec } from '../../scenario/types';
import { problemDimension } from '../../state/selectors';
import { runViews } from '../../state/run-views';
import { useAppShallow } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';

export interface ModelTarget {
  point: [number, number];
  /** At the pointer, or at the selected run's point of step `step`. */
  at: { kind: 'pointer' } | { kind: 'run'; step: number };
  runIndex: number;
  /** The selected run's name and optimizer, whose α scales the axes. */
  name: string;
  spec: OptimizerSpec;
  /** α of the step leaving the cursor's point (after any schedule); the spec's α without results. */
  lr: number;
}

/** Whether the problem's landscape can show the model: 2 parameters, no slice. */
export function modelAvailable(problem: Parameters<typeof problemDimension>[0]): boolean {
  return problemDimension(problem) === 2;
}

export function useModelTarget(hover: [number, number] | null): ModelTarget | null {
  const selected = useAppShallow((s) => {
    const on = s.arrows.model === true && !s.predicting && modelAvailable(s.scenario.problem);
    const views = on ? runViews(s) : null;
    const view = views?.runs.find((run) => run.index === s.selectedRun && !run.hidden);
    const spec = s.scenario.optimizers[s.selectedRun];
    if (!on || views?.plane || !spec) return { on: false } as const;
    const result = view?.drawn;
    const k = result ? Math.min(effectiveCursor(s), result.loss.length - 1) : -1;
    return {
      on: true,
      runIndex: s.selectedRun,
      name: view?.name ?? '',
      spec: view?.spec ?? spec,
      lr: result && k >= 0 ? (result.lr[Math.min(k, result.lr.length - 1)] ?? spec.lr) : spec.lr,
      step: k,
      x: result && k >= 0 ? result.trajectory[2 * k] : undefined,
      y: result && k >= 0 ? result.trajectory[2 * k + 1] : undefined,
    };
  });
  const hx = hover?.[0];
  const hy = hover?.[1];
  return useMemo((): ModelTarget | null => {
    if (!selected.on) return null;
    const { runIndex, name, spec, lr, step, x, y } = selected;
    const base = { runIndex, name, spec, lr };
    if (hx !== undefined && hy !== undefined)
      return { ...base, point: [hx, hy], at: { kind: 'pointer' } };
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y))
      return null;
    return { ...base, point: [x, y], at: { kind: 'run', step } };
    // `selected` keeps its object while its fields are equal (a shallow selector).
  }, [selected, hx, hy]);
}
