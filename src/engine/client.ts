/**
 * The main thread's engine: two instances of the engine worker behind latest-wins lanes, one for
 * runs and probes (slider drags must never wait behind a surface) and one for surfaces and
 * thumbnails. Only the worker's type crosses into this file.
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { WorkerApi } from '../../workers/engine.worker';
import type { Probe, SurfaceImage, SurfaceRequest } from './api';
import { Lanes, type Alive, type LaneEvents, type Outcome, type WorkerHandle } from './lanes';
import { RunAssembler } from './run-assembler';
import type { StreamReport } from './run-stream';
import type { RunResult } from '../core/run';
import type { ProblemSpec, Scenario } from '../scenario/types';
import type { ModelRuns, PlaneSpec } from './plane';
import type { SliceMethod } from '../core/slice';
import type { View } from '../core/problems';

type Remote_ = Remote<WorkerApi>;

function spawnWorker(): WorkerHandle<Remote_> {
  const worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), {
    type: 'module',
  });
  const remote = wrap<WorkerApi>(worker);
  return {
    remote,
    terminate: () => worker.terminate(),
    onError: (callback) =>
      worker.addEventListener('error', (event) => {
        event.preventDefault(); // reported in the UI, not as an uncaught page error
        callback(event.message || 'worker error');
      }),
  };
}

/**
 * A call that shows no sign of life for 30 s is taken for a dead worker. Runs report progress
 * every ~100 ms; every other call is bounded by the work budget (src/core/budget.ts: at most
 * ~20 s on a slow laptop, a surface or a sweep chunk less), so only a stuck worker gets there.
 */
const OPTIONS = { abortAfterMs: 250, stallMs: 30_000 };

export class Engine {
  private readonly compute: Lanes<Remote_>;
  private readonly surfaces: Lanes<Remote_>;
  /** A third worker for the learning-rate lab (sweeps, maps, the step inspector): long jobs that
   * must never delay a slider's trajectory or a surface. */
  private readonly lab: Lanes<Remote_>;

  constructor(events: LaneEvents = {}, spawn: () => WorkerHandle<Remote_> = spawnWorker) {
    let busyCompute = false;
    let busySurface = false;
    const report = () => events.onBusy?.(busyCompute || busySurface);
    const onRestart = (reason: string) => events.onRestart?.(reason);
    this.compute = new Lanes(spawn, OPTIONS, {
      onRestart,
      onBusy: (busy) => ((busyCompute = busy), report()),
    });
    this.surfaces = new Lanes(spawn, OPTIONS, {
      onRestart,
      onBusy: (busy) => ((busySurface = busy), report()),
    });
    this.lab = new Lanes(spawn, OPTIONS, { onRestart });
  }

  /**
   * A request of `kind` to the lab worker, latest-wins per kind (e.g. `sweep:2` for run 2's
   * sweep): the lab's modules call the worker's API through this.
   */
  labRequest<T>(
    kind: string,
    call: (remote: Remote_, alive: Alive) => Promise<T>,
  ): Promise<Outcome<T>> {
    return this.lab.request(kind, call);
  }

  /**
   * Stops the lab's work of `kind` for real: a waiting request never runs, a running one ends
   * with its worker (the lab's other requests are sent again to a fresh one).
   */
  cancelLab(kind: string): void {
    this.lab.cancel(kind);
  }

  run(scenario: Scenario): Promise<Outcome<RunResult[]>> {
    return this.compute.request('run', (remote) => remote.run(scenario));
  }

  /**
   * A scenario's runs, streamed: `onPartial` gets the runs so far while the worker computes
   * (only while this request is the latest), and the outcome holds them all. `method` builds the
   * plane of a model (more than 2 parameters); null for a 2D problem.
   */
  runStream(
    scenario: Scenario,
    method: SliceMethod | null,
    onPartial: (runs: RunAssembler) => void,
  ): Promise<Outcome<RunAssembler>> {
    return this.compute.request('run', (remote, alive) => {
      // One assembler per attempt: a request sent again to a fresh worker starts over.
      const assembler = new RunAssembler();
      let expected: number | null = null;
      let finish: (() => void) | null = null;
      const finished = new Promise<void>((resolve) => (finish = resolve));
      const onReport = (report: StreamReport) => {
        assembler.apply(report);
        if (expected !== null && assembler.reports >= expected) finish?.();
        else if (!report.finished && alive()) onPartial(assembler);
      };
      // Reports come over their own channel: the call's reply may overtake the last of them.
      return remote.runStream(scenario, method, proxy(onReport)).then(async (count) => {
        expected = count;
        if (assembler.reports < count) await finished;
        return assembler;
      });
    });
  }

  /** A model scenario's runs with the plane of its landscape (more than 2 parameters). */
  runModel(scenario: Scenario, method: SliceMethod): Promise<Outcome<ModelRuns>> {
    return this.compute.request('run', (remote) => remote.runModel(scenario, method));
  }

  probe(problem: ProblemSpec, point: [number, number], plane?: PlaneSpec): Promise<Outcome<Probe>> {
    return this.compute.request('probe', (remote) => remote.probe(problem, point, plane));
  }

  /** A classifier's p(label 1) over a grid of the data plane at `params` (latest wins). */
  decision(
    problem: ProblemSpec,
    params: Float64Array,
    view: View,
    nx: number,
    ny: number,
  ): Promise<Outcome<Float64Array | null>> {
    return this.surfaces.request('decision', (remote) =>
      remote.decision(problem, params, view, nx, ny),
    );
  }

  surface(request: SurfaceRequest): Promise<Outcome<SurfaceImage>> {
    return this.surfaces.request('surface', (remote) => remote.surface(request));
  }

  thumbnails(
    width: number,
    height: number,
    pixelRatio: number,
  ): Promise<Outcome<{ name: string; bitmap: ImageBitmap }[]>> {
    return this.surfaces.request('thumbnails', (remote) =>
      remote.thumbnails(width, height, pixelRatio),
    );
  }

  /**
   * Fault injection: make the compute worker throw outside any call. The request is a message,
   * which a worker busy in a run only reads once the run is over: see `terminate` for a fault in
   * the middle of a computation.
   */
  crash(): void {
    this.compute.request('crash', (remote) => remote.crash()).catch(() => undefined);
  }

  /**
   * Fault injection: kill the compute worker now (`Worker.terminate()`), even mid-run, and take
   * the path a dying worker takes: a fresh worker, the interrupted requests sent again, a notice.
   */
  terminate(): void {
    this.compute.restart('the engine stopped (its worker was terminated) and was restarted');
  }

  dispose(): void {
    this.compute.dispose();
    this.surfaces.dispose();
    this.lab.dispose();
  }
}
