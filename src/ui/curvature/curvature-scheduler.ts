/**
 * Drives the Curvature tab's work from the main thread (issue 20; docs/curvature-chart.md): asks
 * the lab worker for one run's curvature at a time, only while the tab is shown; caches each
 * run's curvature by everything it depends on (`curvatureKey`: the problem, start, steps, seed
 * and the run's numbers), so a drag of one run's α recomputes that run alone and going back to
 * an earlier setting costs nothing; shows a run's previous curvature, marked stale, until its new
 * one arrives. A call made outdated by a change is superseded in its lane by the next one, after
 * `debounceMs` (a model's drag restarts the work once, not at every input); Cancel and leaving
 * the tab stop a long call for real (the lab worker is replaced: src/engine/lanes.ts).
 *
 * No React and no worker here: the call to the worker is injected, so this is tested in Node.
 */
import type { Outcome } from '../../engine/lanes';
import type { CurvatureData } from '../../engine/worker-curvature';
import type { Scenario } from '../../scenario/types';
import { numericKey, problemKey } from '../../state/run-views';

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

export type CurvatureStatus = 'idle' | 'computing' | 'cancelled' | 'complete' | 'error';

/** What the panel draws. */
export interface CurvatureView {
  /** Per run of the scenario: the entry shown (its previous one while the new one is pending). */
  runs: { entry: CurvatureEntry; stale: boolean }[];
  status: CurvatureStatus;
  /** Visible runs answered, of the visible runs. */
  done: number;
  total: number;
  /** The run whose call is in hand, or null. */
  current: number | null;
  /** The call in hand's progress, 0 to 1. */
  currentProgress: number;
  error: string | null;
}

export interface CurvatureSchedulerOptions {
  /** Stops the call in the worker for real (the lab worker is replaced). */
  stop?: () => void;
  /** How long to wait after a change before superseding a call it made outdated (ms). */
  debounceMs?: number;
  /** A call older than this is stopped when the tab is left (a short one is let finish). */
  longCallMs?: number;
  /** Entries kept, and values kept over all of them (a 10⁶-step run has 10⁶ values). */
  cacheSize?: number;
  cacheValues?: number;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Everything a run's curvature depends on, and nothing else (name, colour, visibility). */
export function curvatureKey(scenario: Scenario, runIndex: number): string {
  const spec = scenario.optimizers[runIndex];
  return JSON.stringify([
    problemKey(scenario.problem),
    scenario.start,
    scenario.steps,
    scenario.seed,
    spec ? numericKey(spec) : null,
  ]);
}

const valuesOf = (entry: CurvatureEntry) =>
  entry.data ? entry.data.lambdaMax.length * (entry.data.preconditioned ? 2 : 1) : 0;

interface Job {
  key: string;
  index: number;
  entry: CurvatureEntry;
  startedAt: number;
}

export class CurvatureScheduler {
  private scenario: Scenario | null = null;
  private keys: string[] = [];
  private readonly cache = new Map<string, CurvatureEntry>();
  private shown: (CurvatureEntry | undefined)[] = [];
  private active = false;
  private cancelled = false;
  private inFlight: Job | null = null;
  private timer: unknown = null;
  private error: string | null = null;
  private readonly listeners = new Set<() => void>();
  private view: CurvatureView;
  private readonly stop: () => void;
  private readonly debounceMs: number;
  private readonly longCallMs: number;
  private readonly cacheSize: number;
  private readonly cacheValues: number;
  private readonly now: () => number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(
    private readonly call: CurvatureCall,
    options: CurvatureSchedulerOptions = {},
  ) {
    this.stop = options.stop ?? (() => undefined);
    this.debounceMs = options.debounceMs ?? 150;
    this.longCallMs = options.longCallMs ?? 250;
    this.cacheSize = options.cacheSize ?? 32;
    this.cacheValues = options.cacheValues ?? 8_000_000;
    this.now = options.now ?? (() => performance.now());
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer =
      options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
    this.view = this.buildView();
  }

  /** The view for `useSyncExternalStore`: the same object until something changes. */
  getView = (): CurvatureView => this.view;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The scenario shown; a change of what a run's curvature depends on lifts a Cancel. */
  setScenario(scenario: Scenario): void {
    if (scenario === this.scenario) return;
    const keys = scenario.optimizers.map((_, i) => curvatureKey(scenario, i));
    const changed = keys.length !== this.keys.length || keys.some((k, i) => k !== this.keys[i]);
    this.scenario = scenario;
    if (changed) {
      this.keys = keys;
      this.cancelled = false;
      this.error = null;
      for (const key of keys) this.entry(key);
    }
    // Visibility counts too: a run shown again is computed.
    this.emit();
    this.pump();
  }

  /** The tab is shown (curvature is computed) or not (nothing more is asked). */
  setActive(active: boolean): void {
    this.active = active;
    if (!active) this.clearPause();
    // A long call (a model's) is stopped when its tab is left; a short one finishes and is kept.
    if (!active && this.inFlight && this.now() - this.inFlight.startedAt > this.longCallMs) {
      this.abandon();
    }
    this.emit();
    this.pump();
  }

  /** Stops the call in hand and asks for no more; what was computed stays. */
  cancel(): void {
    this.cancelled = true;
    if (this.inFlight) this.abandon();
    this.emit();
  }

  /** Goes on after a Cancel or an error. */
  resume(): void {
    this.cancelled = false;
    this.error = null;
    this.emit();
    this.pump();
  }

  private abandon(): void {
    this.inFlight = null;
    this.stop();
    this.clearPause();
  }

  /** Drops a pending pause before superseding a call (nothing will be asked after it). */
  private clearPause(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private entry(key: string): CurvatureEntry {
    let entry = this.cache.get(key);
    if (entry)
      this.cache.delete(key); // re-inserted as the most recently used
    else entry = { key, state: 'pending', data: null, progress: 0 };
    this.cache.set(key, entry);
    this.evict();
    return entry;
  }

  /** The least recently used entries not in the scenario go first, past either bound. */
  private evict(): void {
    let values = 0;
    for (const entry of this.cache.values()) values += valuesOf(entry);
    for (const [key, entry] of this.cache) {
      if (this.cache.size <= this.cacheSize && values <= this.cacheValues) break;
      if (this.keys.includes(key) || this.shown.includes(entry)) continue;
      values -= valuesOf(entry);
      this.cache.delete(key);
    }
  }

  private visible(index: number): boolean {
    return this.scenario?.optimizers[index]?.hidden !== true;
  }

  /** The next visible run without its curvature, in the runs' order. */
  private nextJob(): { index: number; entry: CurvatureEntry } | null {
    for (let index = 0; index < this.keys.length; index++) {
      if (!this.visible(index)) continue;
      const entry = this.cache.get(this.keys[index]!) ?? this.entry(this.keys[index]!);
      if (entry.state === 'pending') return { index, entry };
    }
    return null;
  }

  private pump(): void {
    if (!this.active || this.cancelled || this.error !== null || !this.scenario) return;
    if (this.timer !== null) return;
    const job = this.inFlight;
    if (job) {
      // Still wanted: it finishes first. Outdated: the next call supersedes it, after a pause.
      if (this.keys[job.index] === job.key && this.visible(job.index)) return;
      if (!this.nextJob()) return;
      this.timer = this.setTimer(() => {
        this.timer = null;
        this.issue();
      }, this.debounceMs);
      return;
    }
    this.issue();
  }

  private issue(): void {
    if (!this.active || this.cancelled || this.error !== null || !this.scenario) return;
    const next = this.nextJob();
    if (!next) return;
    const { index, entry } = next;
    const job: Job = { key: entry.key, index, entry, startedAt: this.now() };
    this.inFlight = job;
    entry.progress = 0;
    const onProgress = (done: number, total: number) => {
      if (this.inFlight !== job) return;
      entry.progress = total > 0 ? Math.min(1, done / total) : 0;
      this.emit();
    };
    this.call(this.scenario, index, onProgress).then(
      (outcome) => {
        if (outcome.status === 'done') {
          // Valid for its key whatever changed meanwhile, so it always goes into the cache.
          entry.data = outcome.value;
          entry.state = outcome.value ? 'done' : 'none';
          entry.progress = 1;
          this.evict();
        }
        if (this.inFlight === job) this.inFlight = null;
        this.emit();
        this.pump();
      },
      (error: unknown) => {
        if (this.inFlight !== job) return;
        this.inFlight = null;
        this.error = error instanceof Error ? error.message : String(error);
        this.emit();
      },
    );
    this.emit();
  }

  private buildView(): CurvatureView {
    let done = 0;
    let total = 0;
    const runs = this.keys.map((key, i) => {
      const entry = this.cache.get(key) ?? this.entry(key);
      if (this.visible(i)) {
        total++;
        if (entry.state !== 'pending') done++;
      }
      const previous = this.shown[i];
      if (entry.state === 'pending' && previous && previous !== entry && previous.state === 'done')
        return { entry: previous, stale: true };
      this.shown[i] = entry;
      return { entry, stale: false };
    });
    this.shown.length = this.keys.length;
    const status: CurvatureStatus =
      this.error !== null
        ? 'error'
        : done >= total
          ? 'complete'
          : this.cancelled
            ? 'cancelled'
            : !this.active
              ? 'idle'
              : 'computing';
    const job = this.inFlight;
    return {
      runs,
      status,
      done,
      total,
      current: job ? job.index : null,
      currentProgress: job ? job.entry.progress : 0,
      error: this.error,
    };
  }

  private emit(): void {
    this.view = this.buildView();
    for (const listener of this.listeners) listener();
  }
}
