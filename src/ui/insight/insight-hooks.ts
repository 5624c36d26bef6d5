/**
 * The Inside tab's worker answers (issue 22; docs/models.md), asked only while its views show and
 * cached: a run's per-layer series once per run and setting (by everything the run depends on,
 * so a change to another run or a re-run of the same settings costs nothing), a table
 * classifier's confusion once per run, step and held-out part. The cursor's answers go through
 * the request loop (../worker-request-loop.ts): at most one request in the worker, at most one
 * per frame while scrubbing or playing.
 */
import { useEffect, useState } from 'react';
import type { InsightPart } from '../../core/model-insight/table-predictions';
import type { RunResult } from '../../core/run';
import type { CursorInsight, LayerSeriesData } from '../../engine/worker-insight';
import type { Scenario } from '../../scenario/types';
import { runNumbersKey, runViews } from '../../state/run-views';
import { appStore, type AppState } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import { useEngine } from '../engine-context';
import { paramsAt } from '../problems/classifier-view';
import { startRequestLoop } from '../worker-request-loop';

/** Everything a run's numbers depend on (its problem, start, steps, seed and its own spec). */
const runKey = runNumbersKey;

/** A run has all its points: every step, or up to where it diverged. */
export function isFinished(result: RunResult, steps: number): boolean {
  return result.divergedAt !== null || result.loss.length === steps + 1;
}

/** A small least-recently-used map: the views' caches stay bounded. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly size: number) {}
  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.size) this.map.delete(this.map.keys().next().value!);
  }
}

/** Series of the last runs looked at (a 6,000-step run with 4 layers holds ~200 KB). */
const seriesCache = new Lru<LayerSeriesData>(16);
/** Confusions of the last steps looked at (a 10 × 10 matrix and 24 small pictures each). */
const cursorCache = new Lru<CursorInsight | null>(128);

export type SeriesState =
  | { status: 'none' }
  | { status: 'waiting' }
  | { status: 'computing' }
  | { status: 'done'; key: string; data: LayerSeriesData };

/** A copy of a typed array's own bytes (a view of a larger buffer would send all of it). */
function ownBytes(values: Float64Array): Float64Array {
  return values.byteLength === values.buffer.byteLength ? values : values.slice();
}

/**
 * Run `index`'s per-layer series, from its trajectory, once it has finished: `waiting` while it
 * runs, `computing` while the worker works, `done` with the data.
 */
export function useLayerSeries(
  scenario: Scenario | null,
  index: number,
  result: RunResult | null,
): SeriesState {
  const { engine } = useEngine();
  const finished = scenario !== null && result !== null && isFinished(result, scenario.steps);
  const key = scenario && finished ? runKey(scenario, index) : null;
  // Bumped when an answer is cached: the state below is read from the cache.
  const [, setAnswers] = useState(0);
  const hit = key === null ? undefined : seriesCache.get(key);

  useEffect(() => {
    if (!scenario || !result || key === null || seriesCache.get(key)) return;
    let live = true;
    const points = result.loss.length;
    engine.layerSeries(scenario, index, ownBytes(result.trajectory), points).then(
      (outcome) => {
        if (outcome.status !== 'done') return;
        seriesCache.set(key, outcome.value);
        if (live) setAnswers((n) => n + 1);
      },
      () => undefined, // a restarted worker: reopening the view asks again
    );
    return () => {
      live = false;
    };
    // The key says everything the series depends on; the result is read when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [engine, key]);

  if (!scenario || !result) return { status: 'none' };
  if (key === null) return { status: 'waiting' };
  return hit ? { status: 'done', key, data: hit } : { status: 'computing' };
}

/** A table classifier's confusion at the cursor step, and the run and step it is of. */
export interface CursorInsightAt {
  insight: CursorInsight;
  run: number;
  step: number;
}

const cursorInputsChanged = (a: AppState, b: AppState) =>
  a.results !== b.results || a.scenario !== b.scenario || effectiveCursor(a) !== effectiveCursor(b);

/** Run `runIndex`'s confusion on `part` at the cursor step; null until one arrives. */
export function useCursorInsight(part: InsightPart, runIndex: number): CursorInsightAt | null {
  const { engine } = useEngine();
  const [shown, setShown] = useState<CursorInsightAt | null>(null);

  useEffect(() => {
    let live = true;
    const stop = startRequestLoop({
      intervalMs: 16,
      changed: cursorInputsChanged,
      send: () => {
        const state = appStore.getState();
        const views = runViews(state);
        const scenario = views.scenario;
        const run = Math.max(0, Math.min(runIndex, views.runs.length - 1));
        const result = views.runs[run]?.result;
        const at = result ? paramsAt(result, effectiveCursor(state)) : null;
        if (!scenario || !at) return null;
        const key = `${runKey(scenario, run)}|${at.step}|${part}`;
        const hit = cursorCache.get(key);
        if (hit !== undefined) {
          if (hit) setShown({ insight: hit, run, step: at.step });
          return null;
        }
        return engine.cursorInsight(scenario, at.params, part).then(
          (outcome) => {
            if (outcome.status !== 'done') return;
            cursorCache.set(key, outcome.value);
            if (live && outcome.value) setShown({ insight: outcome.value, run, step: at.step });
          },
          () => undefined, // a restarted worker: the next change asks again
        );
      },
    });
    return () => {
      live = false;
      stop();
    };
  }, [engine, part, runIndex]);

  return shown;
}
