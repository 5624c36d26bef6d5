/**
 * ∇f, α and the optimizer's direction state at each arrowed run's cursor point, asked of the lab
 * worker (src/engine/worker-arrows.ts) by the loop the step inspector asks for its step with
 * (../worker-request-loop.ts): again whenever the results, the cursor, the selection or the
 * arrows change, at most 10 requests a second, one in the worker at a time. The arrows trail the
 * marker by a request or two while it plays and meet it when it stops.
 */
import { useEffect, useState } from 'react';
import type { CursorVectors } from '../../core/cursor-vectors';
import type { Scenario } from '../../scenario/types';
import { appStore, type AppState } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import { useEngine } from '../engine-context';
import { startRequestLoop } from '../worker-request-loop';
import type { ArrowRequest } from '../../engine/worker-arrows';

/** The shortest time between two requests: 10 a second, as the inspector's. */
export const ARROWS_INTERVAL_MS = 100;

/** The vectors of one request, with the scenario whose results they belong to. */
export interface CursorVectorSet {
  scenario: Scenario;
  byRun: ReadonlyMap<number, CursorVectors>;
}

/** The runs to arrow and each one's marker step; empty when no worker-fed arrow is on. */
export function arrowRequests(s: AppState): ArrowRequest[] {
  const { arrows, results, resultsScenario } = s;
  if (s.predicting || !(arrows.grad || arrows.state) || !results || !resultsScenario) return [];
  const cursor = effectiveCursor(s);
  const requests: ArrowRequest[] = [];
  results.forEach((result, runIndex) => {
    if (!arrows.allRuns && runIndex !== s.selectedRun) return;
    if (s.scenario.optimizers[runIndex]?.hidden || result.loss.length === 0) return;
    // The marker's step: the last valid point of a run that diverged before the cursor.
    requests.push({ runIndex, step: Math.min(cursor, result.loss.length - 1) });
  });
  return requests;
}

const inputsChanged = (a: AppState, b: AppState) =>
  a.resultsScenario !== b.resultsScenario ||
  a.results !== b.results ||
  a.selectedRun !== b.selectedRun ||
  a.arrows !== b.arrows ||
  a.predicting !== b.predicting ||
  effectiveCursor(a) !== effectiveCursor(b);

const sameRequests = (a: readonly ArrowRequest[], b: readonly ArrowRequest[]) =>
  a.length === b.length &&
  a.every((r, i) => r.runIndex === b[i]!.runIndex && r.step === b[i]!.step);

export function useCursorVectors(): CursorVectorSet | null {
  const { engine } = useEngine();
  const [vectors, setVectors] = useState<CursorVectorSet | null>(null);
  useEffect(() => {
    let live = true;
    let asked: { scenario: Scenario | null; requests: ArrowRequest[] } = {
      scenario: null,
      requests: [],
    };
    const stop = startRequestLoop({
      intervalMs: ARROWS_INTERVAL_MS,
      changed: inputsChanged,
      send() {
        const s = appStore.getState();
        const requests = arrowRequests(s);
        const scenario = s.resultsScenario;
        if (!scenario || requests.length === 0) return null;
        if (asked.scenario === scenario && sameRequests(asked.requests, requests)) return null;
        asked = { scenario, requests };
        return engine.cursorVectors(scenario, requests).then(
          (outcome) => {
            if (!live || outcome.status !== 'done') return;
            const byRun = new Map<number, CursorVectors>();
            for (const entry of outcome.value) if (entry) byRun.set(entry.runIndex, entry);
            setVectors({ scenario, byRun });
          },
          // A scenario the worker refuses has no arrows; the runs' own errors are shown elsewhere.
          () => live && setVectors(null),
        );
      },
    });
    return () => {
      live = false;
      stop();
    };
  }, [engine]);
  return vectors;
}
