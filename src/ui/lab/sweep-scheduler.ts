/**
 * Drives the learning-rate sweeps of a scenario's runs from the main thread: asks the worker for
 * one chunk of α at a time (sized to about `targetChunkMs` of work from the last chunk's
 * speed), so progress shows and Cancel is simply not asking again; waits `debounceMs` after a
 * change that needs new sweeps (a slider drag restarts once, not at every step); and caches
 * sweeps, finished or not, by everything they depend on (`sweepKey`), so moving a run's own α,
 * switching tabs or going back to an earlier setting costs nothing.
 *
 * No React and no worker here: the call to the worker is injected, so this is tested in Node.
 */
import type { SweepChunk, SweepPoint } from '../../core/sweep';
import type { Outcome } from '../../engine/lanes';
import type { Scenario } from '../../scenario/types';
import { sweepKey } from './sweep-model';
import { DEV_NS_PER_UNIT, stepUnits } from '../../core/budget';

/** Asks the worker for the sweep of run `runIndex` at `lrs`. */
export type SweepCall = (
  scenario: Scenario,
  runIndex: number,
  lrs: number[],
) => Promise<Outcome<SweepChunk>>;

/** One run's sweep over the grid: the points computed so far, by grid index. */
export interface SweepEntry {
  readonly key: string;
  readonly lrs: readonly number[];
  readonly points: (SweepPoint | undefined)[];
  done: number;
}

export type SweepStatus = 'idle' | 'waiting' | 'computing' | 'cancelled' | 'complete' | 'error';

/** What the panel draws. */
export interface SweepView {
  /**
   * One per run of the scenario. While a run's new sweep has no point yet, its previous one is
   * shown, marked stale (so a slider drag does not blank the chart).
   */
  runs: { entry: SweepEntry; stale: boolean }[];
  status: SweepStatus;
  /** Points computed and points needed, over every run. */
  done: number;
  total: number;
  error: string | null;
}

export interface SchedulerOptions {
  grid: readonly number[];
  debounceMs?: number;
  /** The work per chunk to aim for, in ms of the worker's time. */
  targetChunkMs?: number;
  /** Sweeps kept (least recently used go first). */
  cacheSize?: number;
  /**
   * Stops the chunk in the worker for real (the lab worker is replaced): called by `cancel`, so
   * that the CPU goes idle at once rather than after a chunk nobody waits for.
   */
  stop?: () => void;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export class SweepScheduler {
  private scenario: Scenario | null = null;
  private keys: string[] = [];
  private readonly cache = new Map<string, SweepEntry>();
  private shown: (SweepEntry | null)[] = [];
  private active = false;
  private cancelled = false;
  private inFlight = false;
  private timer: unknown = null;
  private error: string | null = null;
  /**
   * The worker's last measured cost of one unit of work (src/core/budget.ts), in ms: per unit
   * rather than per step, so that a heavy model's first chunk is one α, not the whole grid. A
   * first guess: the development machine's.
   */
  private msPerUnit = DEV_NS_PER_UNIT * 1e-6;
  private readonly listeners = new Set<() => void>();
  private view: SweepView;
  private readonly grid: readonly number[];
  private readonly debounceMs: number;
  private readonly targetChunkMs: number;
  private readonly cacheSize: number;
  private readonly stop: () => void;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(
    private readonly call: SweepCall,
    options: SchedulerOptions,
  ) {
    this.grid = options.grid;
    this.debounceMs = options.debounceMs ?? 150;
    this.targetChunkMs = options.targetChunkMs ?? 30;
    this.cacheSize = options.cacheSize ?? 48;
    this.stop = options.stop ?? (() => undefined);
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer =
      options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
    this.view = this.buildView();
  }

  /** The view for `useSyncExternalStore`: the same object until something changes. */
  getView = (): SweepView => this.view;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * The scenario shown. A change of anything a sweep depends on restarts the sweeps after the
   * debounce (and lifts a Cancel); a change of α, colour, name or visibility only is free.
   */
  setScenario(scenario: Scenario): void {
    if (scenario === this.scenario) return;
    const first = this.scenario === null;
    const keys = scenario.optimizers.map((_, i) => sweepKey(scenario, i, this.grid));
    const changed = keys.length !== this.keys.length || keys.some((k, i) => k !== this.keys[i]);
    this.scenario = scenario;
    if (!changed) return;
    this.keys = keys;
    this.cancelled = false;
    this.error = null;
    for (const key of keys) this.entry(key);
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    if (!first && this.debounceMs > 0) {
      this.timer = this.setTimer(() => {
        this.timer = null;
        this.pump();
        this.emit();
      }, this.debounceMs);
    }
    this.emit();
    this.pump();
  }

  /** The panel is shown (sweeps are computed) or not (nothing more is asked). */
  setActive(active: boolean): void {
    this.active = active;
    this.emit();
    this.pump();
  }

  /** Stops the chunk in hand and asks for no more; what was computed stays. */
  cancel(): void {
    this.cancelled = true;
    if (this.inFlight) this.stop();
    this.emit();
  }

  /** Goes on after a Cancel, or after an error. */
  resume(): void {
    this.cancelled = false;
    this.error = null;
    this.emit();
    this.pump();
  }

  /** Each run's complete sweep, or null where it is not complete. */
  completeSweeps(): ((SweepPoint | undefined)[] | null)[] {
    return this.keys.map((key) => {
      const entry = this.cache.get(key);
      return entry && entry.done === this.grid.length ? entry.points : null;
    });
  }

  private entry(key: string): SweepEntry {
    let entry = this.cache.get(key);
    if (entry)
      this.cache.delete(key); // re-inserted as the most recently used
    else entry = { key, lrs: this.grid, points: new Array(this.grid.length), done: 0 };
    this.cache.set(key, entry);
    for (const old of this.cache.keys()) {
      if (this.cache.size <= this.cacheSize) break;
      if (!this.keys.includes(old)) this.cache.delete(old);
    }
    return entry;
  }

  /** The next run to work on: visible runs first, the one with the fewest points (lines grow together). */
  private nextJob(): { index: number; entry: SweepEntry } | null {
    const scenario = this.scenario!;
    let best: { index: number; entry: SweepEntry; rank: number } | null = null;
    this.keys.forEach((key, index) => {
      const entry = this.cache.get(key) ?? this.entry(key);
      if (entry.done >= this.grid.length) return;
      const rank = (scenario.optimizers[index]?.hidden ? this.grid.length : 0) + entry.done;
      if (!best || rank < best.rank) best = { index, entry, rank };
    });
    return best;
  }

  private chunkSize(): number {
    const steps = (this.scenario?.steps ?? 1) + 1;
    const n = Math.floor(this.targetChunkMs / (this.msPerUnit * this.units() * steps));
    return Math.max(1, Math.min(this.grid.length, n));
  }

  /** Units of one step of the scenario's problem. */
  private units(): number {
    return this.scenario ? stepUnits(this.scenario.problem) : 1;
  }

  private pump(): void {
    if (!this.active || this.cancelled || this.inFlight || this.timer !== null) return;
    if (this.error !== null || !this.scenario) return;
    const job = this.nextJob();
    if (!job) return;
    const { index, entry } = job;
    const wanted: number[] = [];
    const size = this.chunkSize();
    for (let i = 0; i < this.grid.length && wanted.length < size; i++) {
      if (!entry.points[i]) wanted.push(i);
    }
    const scenario = this.scenario;
    this.inFlight = true;
    this.call(
      scenario,
      index,
      wanted.map((i) => this.grid[i]!),
    ).then(
      (outcome) => {
        this.inFlight = false;
        if (outcome.status === 'done') {
          // Valid for its key whatever changed meanwhile, so it always goes into the cache.
          outcome.value.points.forEach((point, j) => {
            const i = wanted[j]!;
            if (!entry.points[i]) entry.done++;
            entry.points[i] = point;
          });
          const work = wanted.length * (scenario.steps + 1) * stepUnits(scenario.problem);
          if (outcome.value.elapsedMs > 0.5) {
            this.msPerUnit = Math.max(1e-10, outcome.value.elapsedMs / work);
          }
        }
        this.emit();
        this.pump();
      },
      (error: unknown) => {
        this.inFlight = false;
        this.error = error instanceof Error ? error.message : String(error);
        this.emit();
      },
    );
    this.emit();
  }

  private buildView(): SweepView {
    const optimizers = this.scenario?.optimizers ?? [];
    let done = 0;
    const runs = this.keys.map((key, i) => {
      const entry = this.cache.get(key)!;
      done += entry.done;
      const previous = this.shown[i];
      if (entry.done === 0 && previous && previous !== entry)
        return { entry: previous, stale: true };
      this.shown[i] = entry;
      return { entry, stale: false };
    });
    this.shown.length = optimizers.length;
    const total = this.keys.length * this.grid.length;
    const status: SweepStatus =
      this.error !== null
        ? 'error'
        : done >= total
          ? 'complete'
          : this.cancelled
            ? 'cancelled'
            : !this.active
              ? 'idle'
              : this.timer !== null
                ? 'waiting'
                : 'computing';
    return { runs, status, done, total, error: this.error };
  }

  private emit(): void {
    this.view = this.buildView();
    for (const listener of this.listeners) listener();
  }
}
