/**
 * Drives the Curvature tab's work from the main thread (issue 20; docs/curvature-chart.md): asks
 * the lab worker for one run's curvature at a time, only while the tab is shown; caches each
 * run's curvature by everything it depends on (`curvatureKey`: the problem, start, steps, seed
 * and the run's numbers), so a drag of one run's α recomputes that run alone and going back to
 * an earlier setting costs nothing; shows a run's previous curvature, marked stale, until its new
 * one arrives. A call made outdated by a change is superseded in its lane by the next one, after
 * `debounceMs` (a model's drag restarts the work once, not at every input); Cancel and leaving
 * the tab stop a long call for real (the lab worker is replaced: src/engine/lanes.ts). The cache,
 * the stale previous curvature, Cancel and Resume: RunJobScheduler
 * (src/ui/worker-jobs/run-job-scheduler.ts).
 *
 * No React and no worker here: the call to the worker is injected, so this is tested in Node.
 */
import type { Outcome } from '../../engine/lanes';
import type { CurvatureData } from '../../engine/worker-curvature';
import type { Scenario } from '../../scenario/types';
import { runNumbersKey } from '../../state/run-views';
import {
  RunJobScheduler,
  type JobSchedulerOptions,
  type JobView,
} from '../worker-jobs/run-job-scheduler';

/** Asks the worker for run `runIndex`'s curvature; `onProgress` hears a model's progress. */
export type CurvatureCall = (
  scenario: Scenario,
  runIndex: number,
  onProgress: (done: number, total: number) => void,
) => Promise<Outcome<CurvatureData | null>>;

/** One run's curvature for one setting. */
export interface CurvatureEntry {
  readonly key: string;
  /** `pending` until the worker answers; `none` where the problem has no curvature. */
  state: 'pending' | 'done' | 'none';
  data: CurvatureData | null;
  /** How far the call for it is, 0 to 1 (a model's Lanczos runs). */
  progress: number;
}

/**
 * What the panel draws; `done` and `total` count visible runs. Its status is never `waiting`: the
 * pause after a change only delays superseding the call in hand, which is still computing.
 */
export interface CurvatureView extends JobView<CurvatureEntry> {
  /** The run whose call is in hand, or null. */
  current: number | null;
  /** The call in hand's progress, 0 to 1. */
  currentProgress: number;
}

export interface CurvatureSchedulerOptions extends JobSchedulerOptions {
  /** A call older than this is stopped when the tab is left (a short one is let finish). */
  longCallMs?: number;
  /** Values kept over all entries (a 10⁶-step run has 10⁶ values). */
  cacheValues?: number;
}

/** Everything a run's curvature depends on, and nothing else (name, colour, visibility). */
export const curvatureKey = runNumbersKey;

const valuesOf = (entry: CurvatureEntry) =>
  entry.data ? entry.data.lambdaMax.length * (entry.data.preconditioned ? 2 : 1) : 0;

export class CurvatureScheduler extends RunJobScheduler<CurvatureEntry, CurvatureView> {
  private readonly longCallMs: number;

  constructor(
    private readonly call: CurvatureCall,
    options: CurvatureSchedulerOptions = {},
  ) {
    super(options, {
      size: options.cacheSize ?? 32,
      weigh: valuesOf,
      weight: options.cacheValues ?? 8_000_000,
    });
    this.longCallMs = options.longCallMs ?? 250;
    this.emit();
  }

  /** The scenario shown; a change of what a run's curvature depends on lifts a Cancel. */
  setScenario(scenario: Scenario): void {
    if (scenario === this.scenario) return;
    this.adopt(scenario);
    // Visibility counts too: a run shown again is computed.
    this.emit();
    this.pump();
  }

  /** The tab is shown (curvature is computed) or not (nothing more is asked). */
  override setActive(active: boolean): void {
    if (!active) this.clearPause();
    // A long call (a model's) is stopped when its tab is left; a short one finishes and is kept.
    if (!active && this.inFlight && this.now() - this.inFlight.startedAt > this.longCallMs) {
      this.abandon();
    }
    super.setActive(active);
  }

  protected keyOf(scenario: Scenario, index: number): string {
    return curvatureKey(scenario, index);
  }

  protected newEntry(key: string): CurvatureEntry {
    return { key, state: 'pending', data: null, progress: 0 };
  }

  protected showsPrevious(entry: CurvatureEntry, previous: CurvatureEntry): boolean {
    return entry.state === 'pending' && previous.state === 'done';
  }

  /** Stops the call in the worker; its answer, if it comes, is still kept. */
  protected dropCall(): void {
    if (this.inFlight) this.abandon();
  }

  private abandon(): void {
    this.inFlight = null;
    this.stop();
    this.clearPause();
  }

  /** The next visible run without its curvature, in the runs' order. */
  private nextJob(): { index: number; entry: CurvatureEntry } | null {
    for (let index = 0; index < this.keys.length; index++) {
      if (!this.visible(index)) continue;
      const entry = this.entryAt(index);
      if (entry.state === 'pending') return { index, entry };
    }
    return null;
  }

  protected pump(): void {
    if (!this.workable() || this.pausing) return;
    const job = this.inFlight;
    if (job) {
      // Still wanted: it finishes first. Outdated: the next call supersedes it, after a pause.
      if (this.keys[job.index] === job.entry.key && this.visible(job.index)) return;
      if (!this.nextJob()) return;
      this.pause(() => this.issue());
      return;
    }
    this.issue();
  }

  private issue(): void {
    const scenario = this.workable();
    const next = scenario && this.nextJob();
    if (!scenario || !next) return;
    const { index, entry } = next;
    entry.progress = 0;
    this.send(
      index,
      entry,
      (job) =>
        this.call(scenario, index, (done, total) => {
          if (this.inFlight !== job) return;
          entry.progress = total > 0 ? Math.min(1, done / total) : 0;
          this.emit();
        }),
      (data) => {
        entry.data = data;
        entry.state = data ? 'done' : 'none';
        entry.progress = 1;
        this.evict();
      },
    );
  }

  protected buildView(): CurvatureView {
    let done = 0;
    let total = 0;
    for (let i = 0; i < this.keys.length; i++) {
      if (!this.visible(i)) continue;
      total++;
      if (this.entryAt(i).state !== 'pending') done++;
    }
    const job = this.inFlight;
    return {
      ...this.jobView(done, total),
      current: job ? job.index : null,
      currentProgress: job ? job.entry.progress : 0,
    };
  }
}
