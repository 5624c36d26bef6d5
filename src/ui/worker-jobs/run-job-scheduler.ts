/**
 * What the lab worker's per-run schedulers share — the α sweep's (src/ui/lab/sweep-scheduler.ts)
 * and the λmax tab's (src/ui/curvature/curvature-scheduler.ts). Each asks the worker for one job
 * at a time, for one run of the scenario, only while its panel is shown; keeps every run's result
 * in a cache by a key of everything the result depends on (`keyOf`), least recently used going
 * first, so going back to an earlier setting costs nothing; and while a run's new entry has
 * nothing to show, shows the entry shown before, marked stale, so a slider drag does not blank
 * the chart.
 *
 * Here: the scenario's keys, the cache, the call in hand (`send`: an answer is valid for its key
 * whatever changed meanwhile, so it always goes into the cache), Cancel and Resume, the pause
 * after a change, the status, and the view for `useSyncExternalStore`. Each scheduler keeps what
 * differs: what to ask next and when (`pump`), what Cancel does to the call in hand
 * (`dropCall`), when an entry makes way for the previous one (`showsPrevious`), and what its view
 * counts.
 *
 * No React and no worker: the call is injected, so this is tested in Node
 * (test/ui/run-job-scheduler.test.ts).
 */
import type { Outcome } from '../../engine/lanes';
import type { Scenario } from '../../scenario/types';

export type JobStatus = 'idle' | 'waiting' | 'computing' | 'cancelled' | 'complete' | 'error';

/** What every scheduler's panel draws. */
export interface JobView<Entry> {
  /** Per run of the scenario: the entry shown (its previous one, stale, while the new is blank). */
  runs: { entry: Entry; stale: boolean }[];
  status: JobStatus;
  /** Work done and work needed, in the scheduler's unit (a run, an α). */
  done: number;
  total: number;
  error: string | null;
}

/** The call in the worker: for which run and entry, since when (ms, `now`). */
export interface Job<Entry> {
  readonly index: number;
  readonly entry: Entry;
  readonly startedAt: number;
}

export interface JobSchedulerOptions {
  /** Stops the call in the worker for real (the lab worker is replaced). */
  stop?: () => void;
  /** How long to wait after a change before asking again (ms). */
  debounceMs?: number;
  /** Entries kept: least recently used go first, but never a run's own or the one it shows. */
  cacheSize?: number;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** The cache's bounds: entries, and optionally a weight over all of them (values held). */
export interface CacheBounds<Entry> {
  size: number;
  weigh?: (entry: Entry) => number;
  weight?: number;
}

export abstract class RunJobScheduler<Entry extends { readonly key: string }, View> {
  protected scenario: Scenario | null = null;
  /** Each run's key (`keyOf`), in the scenario's order. */
  protected keys: string[] = [];
  protected readonly cache = new Map<string, Entry>();
  protected active = false;
  protected cancelled = false;
  protected error: string | null = null;
  protected inFlight: Job<Entry> | null = null;
  protected readonly stop: () => void;
  protected readonly debounceMs: number;
  protected readonly now: () => number;
  /** Per run, the entry the last view showed as current: what a stale run shows. */
  private readonly shown: (Entry | undefined)[] = [];
  private timer: unknown = null;
  private readonly listeners = new Set<() => void>();
  private view!: View;
  private readonly bounds: Required<CacheBounds<Entry>>;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  /** A scheduler calls `emit()` at the end of its constructor, for the first view. */
  protected constructor(options: JobSchedulerOptions, bounds: CacheBounds<Entry>) {
    this.stop = options.stop ?? (() => undefined);
    this.debounceMs = options.debounceMs ?? 150;
    this.now = options.now ?? (() => performance.now());
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer =
      options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
    this.bounds = { weigh: () => 0, weight: Infinity, ...bounds };
  }

  /** The scenario shown. */
  abstract setScenario(scenario: Scenario): void;
  /** Everything run `index`'s result depends on, and nothing else (name, colour, visibility). */
  protected abstract keyOf(scenario: Scenario, index: number): string;
  /** A new entry, with nothing computed. */
  protected abstract newEntry(key: string): Entry;
  /** Whether `previous` is shown, stale, in the place of `entry` (which has nothing to show). */
  protected abstract showsPrevious(entry: Entry, previous: Entry): boolean;
  /** Asks the worker for the next job, if one is due now. */
  protected abstract pump(): void;
  /** What Cancel does to the call in hand. */
  protected abstract dropCall(): void;
  protected abstract buildView(): View;

  /** The view for `useSyncExternalStore`: the same object until something changes. */
  getView = (): View => this.view;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The panel is shown (work is asked for) or not (nothing more is asked). */
  setActive(active: boolean): void {
    this.active = active;
    this.emit();
    this.pump();
  }

  /** Stops the work and asks for no more; what was computed stays. */
  cancel(): void {
    this.cancelled = true;
    this.dropCall();
    this.emit();
  }

  /** Goes on after a Cancel or an error. */
  resume(): void {
    this.cancelled = false;
    this.error = null;
    this.emit();
    this.pump();
  }

  /** Takes `scenario` on; true when a run's key changed, which lifts a Cancel and an error. */
  protected adopt(scenario: Scenario): boolean {
    const keys = scenario.optimizers.map((_, i) => this.keyOf(scenario, i));
    const changed = keys.length !== this.keys.length || keys.some((k, i) => k !== this.keys[i]);
    this.scenario = scenario;
    if (changed) {
      this.keys = keys;
      this.cancelled = false;
      this.error = null;
      for (const key of keys) this.entry(key);
    }
    return changed;
  }

  /** The scenario to work on, or null while nothing may be asked. */
  protected workable(): Scenario | null {
    return this.active && !this.cancelled && this.error === null ? this.scenario : null;
  }

  protected visible(index: number): boolean {
    return this.scenario?.optimizers[index]?.hidden !== true;
  }

  /** Run `index`'s entry. */
  protected entryAt(index: number): Entry {
    const key = this.keys[index]!;
    return this.cache.get(key) ?? this.entry(key);
  }

  /** The entry for `key`, made if new, now the most recently used. */
  protected entry(key: string): Entry {
    let entry = this.cache.get(key);
    if (entry) this.cache.delete(key);
    else entry = this.newEntry(key);
    this.cache.set(key, entry);
    this.evict();
    return entry;
  }

  /** Past either bound, the least recently used entries that no run uses or shows go first. */
  protected evict(): void {
    const { size, weigh, weight } = this.bounds;
    let held = 0;
    for (const entry of this.cache.values()) held += weigh(entry);
    for (const [key, entry] of this.cache) {
      if (this.cache.size <= size && held <= weight) break;
      if (this.keys.includes(key) || this.shown.includes(entry)) continue;
      held -= weigh(entry);
      this.cache.delete(key);
    }
  }

  /**
   * Sends run `index`'s call for `entry`. Its answer goes into the cache (`store`) whatever
   * changed meanwhile — it is valid for its key — and the next call is asked for; an error stops
   * the work, unless the call was given up (`inFlight` no longer it).
   */
  protected send<R>(
    index: number,
    entry: Entry,
    call: (job: Job<Entry>) => Promise<Outcome<R>>,
    store: (value: R) => void,
  ): void {
    const job: Job<Entry> = { index, entry, startedAt: this.now() };
    this.inFlight = job;
    call(job).then(
      (outcome) => {
        if (outcome.status === 'done') store(outcome.value);
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

  /** Runs `then` after `debounceMs`, unless `clearPause` comes first. */
  protected pause(then: () => void): void {
    this.timer = this.setTimer(() => {
      this.timer = null;
      then();
    }, this.debounceMs);
  }

  protected clearPause(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  protected get pausing(): boolean {
    return this.timer !== null;
  }

  /** The view's shared part; `waiting`: the work waits for the pause after a change. */
  protected jobView(done: number, total: number, waiting = false): JobView<Entry> {
    const runs = this.keys.map((_, i) => {
      const entry = this.entryAt(i);
      const previous = this.shown[i];
      if (previous && previous !== entry && this.showsPrevious(entry, previous))
        return { entry: previous, stale: true };
      this.shown[i] = entry;
      return { entry, stale: false };
    });
    this.shown.length = this.keys.length;
    const status: JobStatus =
      this.error !== null
        ? 'error'
        : done >= total
          ? 'complete'
          : this.cancelled
            ? 'cancelled'
            : !this.active
              ? 'idle'
              : waiting
                ? 'waiting'
                : 'computing';
    return { runs, status, done, total, error: this.error };
  }

  protected emit(): void {
    this.view = this.buildView();
    for (const listener of this.listeners) listener();
  }
}
