/**
 * Drives one sensitivity map: asks the worker for its cells chunk by chunk (each call a few tens
 * of milliseconds), keeps what came back in a cache keyed by what the map depends on, and lets
 * the user cancel and resume. Plain TypeScript without React, so it is tested with a fake
 * worker; the panel subscribes to it with useSyncExternalStore.
 */
import type { Outcome } from '../../engine/lanes';
import type { CellRange } from '../../engine/worker-maps';
import { cellCount, type MapAxes, type MapCells } from '../../core/sensitivity';
import type { Scenario } from '../../scenario/types';

/** A map's cells as far as they are known. Mutated in place as chunks arrive (it lives in the cache). */
export interface MapProgress {
  key: string;
  /** Final loss f per cell; NaN for cells not yet computed and for diverged ones. */
  values: Float64Array;
  /** The step where each cell's run diverged, or −1 (also for cells not yet computed). */
  divergedAt: Int32Array;
  /** Cells 0 … done − 1 are computed (chunks arrive in order). */
  done: number;
  total: number;
  /** Milliseconds the worker spent running this map's cells so far. */
  elapsedMs: number;
}

/**
 * What a map shows: `waiting` during the debounce, `running`, `done`, `cancelled` by the user,
 * `error` (with a message), or `none` when there is nothing to map.
 */
export type MapStatus = 'none' | 'waiting' | 'running' | 'done' | 'cancelled' | 'error';

/** A snapshot for the view: a new object on every change (the arrays inside are shared). */
export interface MapView {
  status: MapStatus;
  progress: MapProgress | null;
  /** The map shown before the current one, drawn faded where the current one has no cells yet. */
  previous: MapProgress | null;
  error: string | null;
  /** Increases on every change, so that drawing code can tell a new chunk from none. */
  version: number;
}

/** What to map: the scenario, the run, the axes, and the key of what the cells depend on (mapKey). */
export interface MapJob {
  key: string;
  scenario: Scenario;
  runIndex: number;
  axes: MapAxes;
}

/** One chunk request to the worker (latest-wins per map). */
export type FetchChunk = (
  scenario: Scenario,
  runIndex: number,
  axes: MapAxes,
  cells: CellRange,
) => Promise<Outcome<MapCells>>;

/** Maps computed (or partly computed) before, most recently used last. */
export class MapCache {
  private readonly entries = new Map<string, MapProgress>();
  constructor(private readonly capacity = 24) {}

  get(key: string): MapProgress | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: MapProgress): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value!);
    }
  }
}

/** A fresh, empty map for a job. */
export function emptyProgress(key: string, axes: MapAxes): MapProgress {
  const total = cellCount(axes);
  return {
    key,
    values: new Float64Array(total).fill(NaN),
    divergedAt: new Int32Array(total).fill(-1),
    done: 0,
    total,
    elapsedMs: 0,
  };
}

const NONE: MapView = { status: 'none', progress: null, previous: null, error: null, version: 0 };

export class MapController {
  private view: MapView = NONE;
  private job: MapJob | null = null;
  /** Bumped to stop a running loop: a loop only goes on while its generation is current. */
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly fetch: FetchChunk,
    private readonly cache: MapCache,
    /** Quiet time after the last change before computing, so a slider drag computes once. */
    private readonly debounceMs = 150,
  ) {}

  readonly getView = (): MapView => this.view;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Shows the map of `job` (null: nothing to map). The same key keeps the map as it is (a
   * mapped value changed: only the marker moves); a new key shows the cached map, or computes
   * it after the debounce, from where an earlier attempt stopped.
   */
  show(job: MapJob | null): void {
    if (job && this.job && job.key === this.job.key) {
      this.job = job; // newer scenario, same cells
      return;
    }
    this.stop();
    const shown = this.view.progress;
    this.job = job;
    if (!job) {
      this.set({ status: 'none', progress: null, previous: null, error: null });
      return;
    }
    let progress = this.cache.get(job.key);
    if (!progress) {
      progress = emptyProgress(job.key, job.axes);
      this.cache.set(job.key, progress);
    }
    if (progress.done >= progress.total) {
      this.set({ status: 'done', progress, previous: null, error: null });
      return;
    }
    const previous = shown && shown.done > 0 && shown !== progress ? shown : this.view.previous;
    this.set({ status: 'waiting', progress, previous, error: null });
    const generation = this.generation;
    this.timer = setTimeout(() => void this.loop(generation), this.debounceMs);
  }

  /** Stops computing; the cells so far stay (and are resumed from when asked). */
  cancel(): void {
    if (this.view.status !== 'waiting' && this.view.status !== 'running') return;
    this.stop();
    this.set({ ...this.view, status: 'cancelled' });
  }

  /** Computes the rest of a cancelled or failed map at once. */
  resume(): void {
    const progress = this.view.progress;
    if (!this.job || !progress || progress.done >= progress.total) return;
    if (this.view.status === 'running' || this.view.status === 'waiting') return;
    this.stop();
    void this.loop(this.generation);
  }

  /** Stops computing and forgets the job, so that a later show() starts afresh (from the cache). */
  dispose(): void {
    this.stop();
    this.job = null;
    this.listeners.clear();
  }

  private stop(): void {
    this.generation++;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async loop(generation: number): Promise<void> {
    this.timer = null;
    const progress = this.view.progress;
    if (!progress || generation !== this.generation) return;
    this.set({ ...this.view, status: 'running', error: null });
    while (generation === this.generation && progress.done < progress.total) {
      const job = this.job!;
      let outcome: Outcome<MapCells>;
      try {
        outcome = await this.fetch(job.scenario, job.runIndex, job.axes, {
          start: progress.done,
          count: progress.total - progress.done,
        });
      } catch (error) {
        if (generation === this.generation) {
          const message = error instanceof Error ? error.message : String(error);
          this.set({ ...this.view, status: 'error', error: message });
        }
        return;
      }
      // A newer request of this map's kind replaced this one: its loop carries on instead.
      if (outcome.status === 'superseded') return;
      const cells = outcome.value;
      // Kept even when this loop was stopped meanwhile: the cells are right for their key.
      if (cells.start === progress.done && cells.values.length > 0) {
        progress.values.set(cells.values, cells.start);
        progress.divergedAt.set(cells.divergedAt, cells.start);
        progress.done += cells.values.length;
        progress.elapsedMs += cells.elapsedMs;
      }
      if (generation !== this.generation) return;
      if (cells.values.length === 0) {
        this.set({ ...this.view, status: 'error', error: 'the worker returned no cells' });
        return;
      }
      const finished = progress.done >= progress.total;
      this.set({
        ...this.view,
        status: finished ? 'done' : 'running',
        previous: finished ? null : this.view.previous,
      });
    }
  }

  private set(view: Omit<MapView, 'version'>): void {
    this.view = { ...view, version: this.view.version + 1 };
    for (const listener of this.listeners) listener();
  }
}
