/**
 * The inspection of the selected run at the cursor, asked of the lab worker while the inspector
 * is open (by ../worker-request-loop.ts): again whenever the scenario, the selected run or the
 * cursor changes, at most ~10 requests a second during playback, and never more than one in the
 * worker at a time: a change while one is running is asked for when it returns, with the inputs
 * of then (latest wins). A replay of a long run (10⁶ steps) takes longer than the lanes' 250 ms abort
 * threshold, and replacing the lab worker would also cut the sweeps and maps short.
 */
import { useEffect, useState } from 'react';
import type { InspectedStep } from '../../engine/worker-inspect';
import { appStore, type AppState } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import { useEngine } from '../engine-context';
import { startRequestLoop, type InflightSlot } from '../worker-request-loop';

/** The shortest time between two requests: 10 a second. */
export const INSPECT_INTERVAL_MS = 100;

export type InspectionState =
  | { status: 'loading' }
  | { status: 'ready'; inspection: InspectedStep | null }
  | { status: 'error'; message: string };

/** The request in the worker, across mounts: a panel reopened at once waits for the old one. */
const inflight: InflightSlot = { current: null };

const inputsChanged = (a: AppState, b: AppState) =>
  a.scenario !== b.scenario ||
  a.selectedRun !== b.selectedRun ||
  effectiveCursor(a) !== effectiveCursor(b);

export function useInspection(): InspectionState {
  const { engine } = useEngine();
  const [state, setState] = useState<InspectionState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const stop = startRequestLoop({
      intervalMs: INSPECT_INTERVAL_MS,
      changed: inputsChanged,
      inflight,
      send() {
        const s = appStore.getState();
        const runIndex = Math.min(s.selectedRun, s.scenario.optimizers.length - 1);
        return engine.inspect(s.scenario, runIndex, effectiveCursor(s)).then(
          (outcome) => {
            if (live && outcome.status === 'done')
              setState({ status: 'ready', inspection: outcome.value });
          },
          (error: unknown) => {
            if (live) setState({ status: 'error', message: String(error) });
          },
        );
      },
    });
    return () => {
      live = false;
      stop();
    };
  }, [engine]);
  return state;
}
