/**
 * The main thread's engine: two instances of the engine worker behind latest-wins lanes, one for
 * runs and probes (slider drags must never wait behind a surface) and one for surfaces and
 * thumbnails. Only the worker's type crosses into this file.
 */
import { wrap, type Remote } from 'comlink';
import type { WorkerApi } from '../../workers/engine.worker';
import type { Probe, SurfaceImage, SurfaceRequest } from './api';
import { Lanes, type LaneEvents, type Outcome, type WorkerHandle } from './lanes';
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

const OPTIONS = { abortAfterMs: 250, deadlineMs: 60_000 };

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
  labRequest<T>(kind: string, call: (remote: Remote_) => Promise<T>): Promise<Outcome<T>> {
    return this.lab.request(kind, call);
  }

  run(scenario: Scenario): Promise<Outcome<RunResult[]>> {
    return this.compute.request('run', (remote) => remote.run(scenario));
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
