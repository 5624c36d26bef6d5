/**
 * Latest-wins request lanes over one restartable worker. Each kind of request (run, surface, …)
 * has a lane: at most one call of a kind is in the worker at a time, a newer request replaces a
 * waiting one (which resolves as superseded without ever running), and a result that is no
 * longer the latest is dropped, so stale results never reach the screen. When the worker dies
 * (an error event, or a call that shows no sign of life for `stallMs`) it is replaced by a fresh
 * one and the latest request of every lane is sent again. Liveness is judged by progress, not by
 * a total deadline: a long call that reports progress (`alive()`) is never declared dead. A call
 * still running `abortAfterMs` after it started while a newer one of its kind waits, or one
 * cancelled (`cancel`), is stopped by replacing the worker: a worker busy in a synchronous loop
 * reads no message, so terminating it is the one way to stop its work at once.
 *
 * Pure logic over a `WorkerHandle`, so it is tested in Node with fake workers.
 */
import type { NoticeWords } from '../url/notice-words';
import { restartNotice } from './restart-words';

/** What the lanes need of a worker: its API, a way to stop it, and word of its death. */
export interface WorkerHandle<Api> {
  remote: Api;
  terminate(): void;
  /** Registers the callback for an uncaught error in the worker. */
  onError(callback: (message: string) => void): void;
}

/** Outcome of a request: its value, or `superseded` when a newer request of its kind replaced it. */
export type Outcome<T> = { status: 'done'; value: T } | { status: 'superseded' };

export interface LaneEvents {
  /**
   * A worker died and a fresh one took over; `reason` says why in English, `said` in words the
   * app shows in the language shown (src/main.tsx).
   */
  onRestart?(reason: string, said?: NoticeWords): void;
  /** The number of requests in the worker changed (for a busy indicator). */
  onBusy?(busy: boolean): void;
}

export interface LaneOptions {
  /** Abort a running call older than this when a newer request of its kind arrives (ms). */
  abortAfterMs: number;
  /**
   * Consider the worker dead when a running call has shown no sign of life (its start, or its
   * last `alive()`) for this long (ms).
   */
  stallMs: number;
  /**
   * Start the worker at the first request rather than at once: the lab's worker serves tabs a
   * first view does not show, and a worker costs its start-up (an isolate, the engine's module
   * compiled) on the page's busiest moment (docs/benchmark.md, "Start-up").
   */
  lazy?: boolean;
  now?: () => number;
}

/**
 * A call's sign of life: marks progress (the watchdog resets) and says whether the call is still
 * the current one of its lane (false once superseded, cancelled or its worker replaced), so that
 * progress of stale work is not shown.
 */
export type Alive = () => boolean;

interface Request<Api> {
  seq: number;
  call: (remote: Api, alive: Alive) => Promise<unknown>;
  resolve: (outcome: Outcome<unknown>) => void;
  reject: (error: unknown) => void;
}

interface Lane<Api> {
  latest: number;
  running: (Request<Api> & { startedAt: number; aliveAt: number; generation: number }) | null;
  waiting: Request<Api> | null;
}

export class Lanes<Api> {
  /** The worker, or null before the first request of a lazy lanes' (and after a restart). */
  private handle: WorkerHandle<Api> | null = null;
  private generation = 0;
  private readonly lanes = new Map<string, Lane<Api>>();
  private readonly now: () => number;
  private watchdog: ReturnType<typeof setInterval> | null = null;
  private disposed = false;

  constructor(
    private readonly spawn: () => WorkerHandle<Api>,
    private readonly options: LaneOptions,
    private readonly events: LaneEvents = {},
  ) {
    this.now = options.now ?? (() => performance.now());
    if (!options.lazy) this.handle = this.start();
  }

  /** Sends `call` as the latest request of `kind`. */
  request<T>(kind: string, call: (remote: Api, alive: Alive) => Promise<T>): Promise<Outcome<T>> {
    const lane = this.lane(kind);
    return new Promise<Outcome<T>>((resolve, reject) => {
      const request: Request<Api> = {
        seq: ++lane.latest,
        call,
        resolve: resolve as (outcome: Outcome<unknown>) => void,
        reject,
      };
      lane.waiting?.resolve({ status: 'superseded' });
      lane.waiting = request;
      const running = lane.running;
      if (running) {
        const age = this.now() - running.startedAt;
        if (age > this.options.abortAfterMs && !this.othersWorking(lane)) {
          this.restart(null);
          return;
        }
        // Not old enough to abort yet: abort then, if it is still running and still outdated.
        this.later(this.options.abortAfterMs - age + 1, () => {
          if (lane.running === running && lane.waiting && !this.othersWorking(lane))
            this.restart(null);
        });
      }
      this.pump(kind, lane);
    });
  }

  /**
   * Cancels the requests of `kind`: a waiting one never runs, and a running one is stopped for
   * real by replacing the worker (the other lanes' interrupted requests are sent again). Both
   * resolve as superseded.
   */
  cancel(kind: string): void {
    const lane = this.lanes.get(kind);
    if (!lane) return;
    lane.latest++;
    lane.waiting?.resolve({ status: 'superseded' });
    lane.waiting = null;
    const running = lane.running;
    if (!running) return;
    lane.running = null;
    running.resolve({ status: 'superseded' });
    this.restart(null);
  }

  /**
   * Whether another lane has a call in the worker that is still wanted (no newer request waits
   * to replace it). Stopping an outdated call means replacing the worker, which would throw that
   * work away and start it again: a hover probe superseded every 250 ms would then restart a
   * model's training for ever on a busy machine. In that case the outdated call runs to its end
   * (its result is dropped) and the newer one follows.
   */
  private othersWorking(lane: Lane<Api>): boolean {
    for (const other of this.lanes.values())
      if (other !== lane && other.running && !other.waiting) return true;
    return false;
  }

  /** Replaces the worker now, as if it had died (fault injection and tests). */
  restart(reason: string | null, said?: NoticeWords): void {
    this.handle?.terminate();
    this.generation++;
    // A lazy worker that has nothing to do starts again at the next request.
    this.handle = this.options.lazy && !this.hasWork() ? null : this.start();
    if (reason !== null) this.events.onRestart?.(reason, said);
    for (const [kind, lane] of this.lanes) {
      const running = lane.running;
      lane.running = null;
      if (running) {
        // Run the interrupted request again unless a newer one is waiting to replace it.
        if (lane.waiting) running.resolve({ status: 'superseded' });
        else lane.waiting = running;
      }
      this.pump(kind, lane);
    }
    this.reportBusy();
  }

  /** Stops the worker for good. */
  dispose(): void {
    this.disposed = true;
    if (this.watchdog) clearInterval(this.watchdog);
    this.handle?.terminate();
    for (const lane of this.lanes.values()) {
      lane.running?.resolve({ status: 'superseded' });
      lane.waiting?.resolve({ status: 'superseded' });
      lane.running = lane.waiting = null;
    }
  }

  private start(): WorkerHandle<Api> {
    const handle = this.spawn();
    const generation = this.generation;
    handle.onError((message) => {
      if (generation === this.generation) {
        const { reason, said } = restartNotice('restartedCrashed', { message });
        this.restart(reason, said);
      }
    });
    if (!this.watchdog && typeof setInterval === 'function') {
      this.watchdog = setInterval(
        () => this.checkDeadlines(),
        Math.min(1000, this.options.stallMs),
      );
    }
    return handle;
  }

  private later(ms: number, callback: () => void): void {
    if (typeof setTimeout !== 'function') return;
    setTimeout(() => {
      if (!this.disposed) callback();
    }, ms);
  }

  private checkDeadlines(): void {
    for (const lane of this.lanes.values()) {
      if (lane.running && this.now() - lane.running.aliveAt > this.options.stallMs) {
        const { reason, said } = restartNotice('restartedStalled');
        this.restart(reason, said);
        return;
      }
    }
    // An outdated call left running because another lane's work was wanted then: stopped as soon
    // as replacing the worker costs nobody anything.
    for (const lane of this.lanes.values()) {
      const running = lane.running;
      if (
        running &&
        lane.waiting &&
        this.now() - running.startedAt > this.options.abortAfterMs &&
        !this.othersWorking(lane)
      ) {
        this.restart(null);
        return;
      }
    }
  }

  private lane(kind: string): Lane<Api> {
    let lane = this.lanes.get(kind);
    if (!lane) {
      lane = { latest: 0, running: null, waiting: null };
      this.lanes.set(kind, lane);
    }
    return lane;
  }

  private pump(kind: string, lane: Lane<Api>): void {
    if (lane.running || !lane.waiting) return;
    const request = lane.waiting;
    lane.waiting = null;
    const startedAt = this.now();
    const running = { ...request, startedAt, aliveAt: startedAt, generation: this.generation };
    lane.running = running;
    this.reportBusy();
    const alive: Alive = () => {
      const current =
        lane.running === running &&
        running.generation === this.generation &&
        running.seq === lane.latest;
      if (current) running.aliveAt = this.now();
      return current;
    };
    let promise: Promise<unknown>;
    try {
      this.handle ??= this.start();
      promise = request.call(this.handle.remote, alive);
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(
      (value) =>
        this.settle(kind, lane, running, () => request.resolve(this.outcome(lane, request, value))),
      (error: unknown) => this.settle(kind, lane, running, () => request.reject(error)),
    );
  }

  private outcome(lane: Lane<Api>, request: Request<Api>, value: unknown): Outcome<unknown> {
    return request.seq === lane.latest ? { status: 'done', value } : { status: 'superseded' };
  }

  private settle(
    kind: string,
    lane: Lane<Api>,
    running: Lane<Api>['running'],
    finish: () => void,
  ): void {
    // A reply from a replaced worker, or for a request already re-sent, is ignored.
    if (lane.running !== running) return;
    lane.running = null;
    finish();
    this.pump(kind, lane);
    this.reportBusy();
  }

  private hasWork(): boolean {
    for (const lane of this.lanes.values()) if (lane.running || lane.waiting) return true;
    return false;
  }

  private reportBusy(): void {
    let busy = false;
    for (const lane of this.lanes.values()) busy ||= lane.running !== null || lane.waiting !== null;
    this.events.onBusy?.(busy);
  }
}
