/**
 * Drives the learning-rate sweeps of a scenario's runs from the main thread: asks the worker for
 * one chunk of α at a time (sized to about `targetChunkMs` of work from the last chunk's
 * speed), so progress shows and Cancel is simply not asking again; waits `debounceMs` after a
 * change that needs new sweeps (a slider drag restarts once, not at every step); and caches
 * sweeps, finished or not, by everything they depend on (`sweepKey`), so moving a run's own α,
 * switching tabs or going back to an earlier setting costs nothing. The cache, the stale
 * previous sweep, Cancel and Resume: RunJobScheduler (src/ui/worker-jobs/run-job-scheduler.ts).
 *
 * No React and no worker here: the call to the worker is injected, so this is tested in Node.
 */
import type { SweepChunk, SweepPoint } from '../../core/sweep';
import type { Outcome } from '../../engine/lanes';
import type { Scenario } from '../../scenario/types';
import { sweepKey } from './sweep-model';
import { DEV_NS_PER_UNIT, stepUnits } from '../../core/budget';
import {
  RunJobScheduler,
  type JobSchedulerOptions,
  type JobStatus,
  type JobView,
} from '../worker-jobs/run-job-scheduler';

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

export type SweepStatus = JobStatus;

/**
 * What the panel draws: per run its sweep (while a run's new sweep has no point yet, its previous
 * one, marked stale); `done` and `total` count points over every run.
 */
export type SweepView = JobView<SweepEntry>;

export interface SchedulerOptions extends JobSchedulerOptions {
  grid: readonly number[];
  /** The work per chunk to aim for, in ms of the worker's time. */
  targetChunkMs?: number;
}

export class SweepScheduler extends RunJobScheduler<SweepEntry, SweepView> {
  /**
   * The worker's last measured cost of one unit of work (src/core/budget.ts), in ms: per unit
   * rather than per step, so that a heavy model's first chunk is one α, not the whole grid. A
   * first guess: the development machine's.
   */
  private msPerUnit = DEV_NS_PER_UNIT * 1e-6;
  private readonly grid: readonly number[];
  private readonly targetChunkMs: number;

  constructor(
    private readonly call: SweepCall,
    options: SchedulerOptions,
  ) {
    super(options, { size: options.cacheSize ?? 48 });
    this.grid = options.grid;
    this.targetChunkMs = options.targetChunkMs ?? 30;
    this.emit();
  }

  /**
   * The scenario shown. A change of anything a sweep depends on restarts the sweeps after the
   * debounce (and lifts a Cancel); a change of α, colour, name or visibility only is free.
   */
  setScenario(scenario: Scenario): void {
    if (scenario === this.scenario) return;
    const first = this.scenario === null;
    if (!this.adopt(scenario)) return;
    this.clearPause();
    if (!first && this.debounceMs > 0) {
      this.pause(() => {
        this.pump();
        this.emit();
      });
    }
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

  protected keyOf(scenario: Scenario, index: number): string {
    return sweepKey(scenario, index, this.grid);
  }

  protected newEntry(key: string): SweepEntry {
    return { key, lrs: this.grid, points: new Array(this.grid.length), done: 0 };
  }

  protected showsPrevious(entry: SweepEntry): boolean {
    return entry.done === 0;
  }

  /**
   * Stops the chunk in the worker for real, so that the CPU goes idle at once rather than after a
   * chunk nobody waits for; what it answers anyway is kept, and nothing is asked before it has.
   */
  protected dropCall(): void {
    if (this.inFlight) this.stop();
  }

  /** The next run to work on: visible runs first, the one with the fewest points (lines grow together). */
  private nextJob(): { index: number; entry: SweepEntry } | null {
    let best: { index: number; entry: SweepEntry; rank: number } | null = null;
    for (let index = 0; index < this.keys.length; index++) {
      const entry = this.entryAt(index);
      if (entry.done >= this.grid.length) continue;
      const rank = (this.visible(index) ? 0 : this.grid.length) + entry.done;
      if (!best || rank < best.rank) best = { index, entry, rank };
    }
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

  protected pump(): void {
    const scenario = this.workable();
    if (!scenario || this.inFlight || this.pausing) return;
    const job = this.nextJob();
    if (!job) return;
    const { index, entry } = job;
    const wanted: number[] = [];
    const size = this.chunkSize();
    for (let i = 0; i < this.grid.length && wanted.length < size; i++) {
      if (!entry.points[i]) wanted.push(i);
    }
    const lrs = wanted.map((i) => this.grid[i]!);
    this.send(
      index,
      entry,
      () => this.call(scenario, index, lrs),
      (chunk) => {
        chunk.points.forEach((point, j) => {
          const i = wanted[j]!;
          if (!entry.points[i]) entry.done++;
          entry.points[i] = point;
        });
        const work = wanted.length * (scenario.steps + 1) * stepUnits(scenario.problem);
        if (chunk.elapsedMs > 0.5) this.msPerUnit = Math.max(1e-10, chunk.elapsedMs / work);
      },
    );
  }

  protected buildView(): SweepView {
    let done = 0;
    for (let i = 0; i < this.keys.length; i++) done += this.entryAt(i).done;
    return this.jobView(done, this.keys.length * this.grid.length, this.pausing);
  }
}
