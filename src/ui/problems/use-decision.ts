/**
 * The selected run's predicted probability p(label 1) over the data plane at the cursor step,
 * asked of the worker (`engine.decision`) whenever the results, the selected run or the cursor
 * change: at most once per animation frame while scrubbing or playing, and never more than one
 * request in the worker at a time. A change while one is out is asked for when it returns, with
 * the inputs of then, so the lane's abort of long calls (which restarts the worker, cutting the
 * landscape's surface short too) never triggers from here.
 */
import { useEffect, useState } from 'react';
import type { View } from '../../core/problems';
import type { ProblemSpec } from '../../scenario/types';
import { isClassifier } from '../../kinds/registry';
import { appStore, type AppState } from '../../state/store';
import { runViews } from '../../state/run-views';
import { effectiveCursor } from '../../state/view-slice';
import { useEngine } from '../engine-context';
import { paramsAt } from './classifier-view';

/** A probability grid and what it shows. */
export interface DecisionGrid {
  /** p(label 1) per cell, row 0 at the top (src/core/surface.ts). */
  grid: Float64Array;
  nx: number;
  ny: number;
  /** The problem the grid belongs to: a grid of another problem is not drawn. */
  problem: ProblemSpec;
  /** The run and step whose parameters these are. */
  run: number;
  step: number;
}

const inputsChanged = (a: AppState, b: AppState) =>
  a.results !== b.results ||
  a.scenario.problem !== b.scenario.problem ||
  a.selectedRun !== b.selectedRun ||
  effectiveCursor(a) !== effectiveCursor(b);

/** The grid for the current results over `view` at `side` × `side` cells; null until one arrives. */
export function useDecision(view: View, side: number): DecisionGrid | null {
  const { engine } = useEngine();
  const [decision, setDecision] = useState<DecisionGrid | null>(null);
  const viewKey = `${view.x[0]},${view.x[1]},${view.y[0]},${view.y[1]}`;

  useEffect(() => {
    const [x0, x1, y0, y1] = viewKey.split(',').map(Number) as [number, number, number, number];
    const window: View = { x: [x0, x1], y: [y0, y1] };
    let live = true;
    let frame: number | null = null;
    let inflight = false;
    let stale = false;

    const send = () => {
      frame = null;
      if (inflight) {
        stale = true;
        return;
      }
      stale = false;
      const s = appStore.getState();
      // Only results paired with the problem shown (src/state/run-views.ts) are asked about:
      // those of the problem before are about to be replaced (the view would not draw them).
      const views = runViews(s);
      const problem = views.scenario?.problem;
      const run = Math.max(0, Math.min(s.selectedRun, views.runs.length - 1));
      const result = views.runs[run]?.result;
      const at = result ? paramsAt(result, effectiveCursor(s)) : null;
      // A 2D function has no classifier.
      if (!problem || !at || !isClassifier(problem)) return;
      inflight = true;
      engine.decision(problem, at.params, window, side, side).then(
        (outcome) => {
          inflight = false;
          if (!live) return;
          if (outcome.status === 'done' && outcome.value) {
            setDecision({ grid: outcome.value, nx: side, ny: side, problem, run, step: at.step });
          }
          if (stale) schedule();
        },
        () => {
          // A failed request (the worker restarted) leaves the last grid; the next change asks again.
          inflight = false;
        },
      );
    };
    const schedule = () => {
      if (frame === null) frame = requestAnimationFrame(send);
    };

    schedule();
    const unsubscribe = appStore.subscribe((next, prev) => {
      if (inputsChanged(next, prev)) schedule();
    });
    return () => {
      live = false;
      if (frame !== null) cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, [engine, viewKey, side]);

  return decision;
}
