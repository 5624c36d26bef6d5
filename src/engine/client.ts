/**
 * The main thread's engine: three workers behind latest-wins lanes — two instances of the engine
 * worker, one for runs and probes (slider drags must never wait behind a surface), one for
 * surfaces and thumbnails, and the lab worker (the engine's calls and the lab tabs' own, started
 * at its first request: workers/lab.worker.ts). Every worker call is a typed method here: the UI
 * never sees a remote or a lane name (docs/app.md, "Work only where something changed"). Only
 * the worker's type crosses into this file.
 */
import { proxy, transfer, wrap, type Remote } from 'comlink';
// The workers' URLs: chunks of the app's build, sharing the page's chunks (src/worker-chunk.ts).
import engineWorkerUrl from 'virtual:engine-worker';
import labWorkerUrl from 'virtual:lab-worker';
import type { WorkerApi } from '../../workers/lab.worker';
import type { Probe, SurfaceImage, SurfaceRequest } from './api';
import { Lanes, type Alive, type LaneEvents, type Outcome, type WorkerHandle } from './lanes';
import { RunAssembler } from './run-assembler';
import { reportChannelOf } from './report-channel';
import type { StreamReport } from './run-stream';
import type { RunResult } from '../core/run';
import type { ProblemSpec, Scenario } from '../scenario/types';
import type { ModelRuns, PlaneSpec } from './plane';
import type { SliceMethod } from '../core/slice';
import type { View } from '../core/problems';
import type { SweepChunk } from '../core/sweep';
import type { MapAxes, MapCells, MapId } from '../core/sensitivity';
import type { InspectedStep } from './worker-inspect';
import type { CursorVectors } from '../core/cursor-vectors';
import type { CellRange } from './worker-maps';
import type { ArrowRequest } from './worker-arrows';
import type { CurvatureData } from './worker-curvature';
import type { CursorInsight, LayerSeriesData } from './worker-insight';
import type { InsightPart } from '../core/model-insight/table-predictions';
import { isPlaneUnknown, type PlaneRef } from './worker-planes';
import type { NoticeWords } from '../url/notice-words';
import { restartNotice } from './restart-words';

/**
 * A surface request as the main thread makes it: the plane is the store's own object (its
 * identity names it, see `Engine.withPlane`), not its id.
 */
export type SurfaceAsk = Omit<SurfaceRequest, 'plane'> & { plane?: PlaneSpec };

type Remote_ = Remote<WorkerApi>;

/** Which worker a lane runs on: the engine worker's calls, or those and the lab's. */
export type WorkerKind = 'engine' | 'lab';

function spawnWorker(kind: WorkerKind): WorkerHandle<Remote_> {
  // The engine worker offers a subset of WorkerApi (not the lab's calls), which only the lab
  // lane makes.
  const worker = new Worker(kind === 'lab' ? labWorkerUrl : engineWorkerUrl, {
    type: 'module',
    name: kind,
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

  constructor(
    events: LaneEvents = {},
    spawn: (kind: WorkerKind) => WorkerHandle<Remote_> = spawnWorker,
  ) {
    let busyCompute = false;
    let busySurface = false;
    const report = () => events.onBusy?.(busyCompute || busySurface);
    const onRestart = (reason: string, said?: NoticeWords) => events.onRestart?.(reason, said);
    this.compute = new Lanes(() => spawn('engine'), OPTIONS, {
      onRestart,
      onBusy: (busy) => ((busyCompute = busy), report()),
    });
    this.surfaces = new Lanes(() => spawn('engine'), OPTIONS, {
      onRestart,
      onBusy: (busy) => ((busySurface = busy), report()),
    });
    this.lab = new Lanes(() => spawn('lab'), { ...OPTIONS, lazy: true }, { onRestart });
  }

  /** Ids of the planes sent to workers, by the store's plane object. */
  private readonly planeIds = new WeakMap<PlaneSpec, number>();
  private nextPlaneId = 1;
  /** The plane ids each worker (by its remote, new with every restart) has been sent. */
  private readonly sentPlanes = new WeakMap<object, Set<number>>();

  /**
   * A request of `kind` to the lab worker, latest-wins per kind. Private: the UI calls the typed
   * methods below and never sees a remote or a lane name. (The e2e helper `watchLabRequests`
   * wraps it at run time to count a kind's requests.)
   */
  private labRequest<T>(
    kind: string,
    call: (remote: Remote_, alive: Alive) => Promise<T>,
  ): Promise<Outcome<T>> {
    return this.lab.request(kind, call);
  }

  /**
   * Sends `call` with the plane named by id: the plane's vectors cross to a worker once, and again
   * only when that worker says it does not know the id (a fresh worker after a restart has it in
   * the set of a new remote; one that dropped it from its LRU throws PLANE_UNKNOWN).
   */
  private withPlane<T>(
    lanes: Lanes<Remote_>,
    kind: string,
    plane: PlaneSpec | undefined,
    call: (remote: Remote_, ref: PlaneRef | undefined) => Promise<T>,
  ): Promise<Outcome<T>> {
    return lanes.request(kind, async (remote) => {
      if (!plane) return call(remote, undefined);
      let id = this.planeIds.get(plane);
      if (id === undefined) this.planeIds.set(plane, (id = this.nextPlaneId++));
      let sent = this.sentPlanes.get(remote);
      if (!sent) this.sentPlanes.set(remote, (sent = new Set()));
      if (sent.has(id)) {
        try {
          return await call(remote, { id });
        } catch (error) {
          if (!isPlaneUnknown(error)) throw error;
        }
      }
      const { method, center, d1, d2, view } = plane;
      const value = await call(remote, { id, plane: { method, center, d1, d2, view } });
      sent.add(id);
      return value;
    });
  }

  /** One chunk of a learning-rate sweep: run `runIndex` again at each α of `lrs` (latest wins). */
  sweepChunk(scenario: Scenario, runIndex: number, lrs: number[]): Promise<Outcome<SweepChunk>> {
    return this.labRequest('sweep', (remote) => remote.sweepChunk(scenario, runIndex, lrs));
  }

  /** Stops the sweep for real: a waiting chunk never runs, a running one ends with its worker. */
  cancelSweep(): void {
    this.lab.cancel('sweep');
  }

  /** One chunk of cells of sensitivity map `map` of run `runIndex` (latest wins per map). */
  mapChunk(
    map: MapId,
    scenario: Scenario,
    runIndex: number,
    axes: MapAxes,
    cells: CellRange,
  ): Promise<Outcome<MapCells>> {
    return this.labRequest(`maps:${map}`, (remote) =>
      remote.mapChunk(scenario, runIndex, axes, cells),
    );
  }

  /** Stops map `map`'s work for real (the lab's other requests go to a fresh worker). */
  cancelMap(map: MapId): void {
    this.lab.cancel(`maps:${map}`);
  }

  /** Step k → k + 1 of run `runIndex`, replayed in the lab worker (the step inspector). */
  inspect(
    scenario: Scenario,
    runIndex: number,
    step: number,
  ): Promise<Outcome<InspectedStep | null>> {
    return this.labRequest('inspect', (remote) => remote.inspect(scenario, runIndex, step));
  }

  /** ∇f, α and the direction state at each requested run's step (the landscape's arrows). */
  cursorVectors(
    scenario: Scenario,
    requests: readonly ArrowRequest[],
  ): Promise<Outcome<(CursorVectors | null)[]>> {
    return this.labRequest('arrows', (remote) => remote.cursorVectors(scenario, requests));
  }

  /**
   * λmax along run `runIndex` (the Curvature tab; null where the problem has none), in the lab
   * worker, latest wins; `onProgress` hears how far a model's Lanczos runs are while this call
   * is the latest.
   */
  curvature(
    scenario: Scenario,
    runIndex: number,
    onProgress: (done: number, total: number) => void,
  ): Promise<Outcome<CurvatureData | null>> {
    return this.labRequest('curvature', (remote, alive) =>
      remote.curvature(
        scenario,
        runIndex,
        proxy((done: number, total: number) => {
          if (alive()) onProgress(done, total);
        }),
      ),
    );
  }

  /**
   * Run `runIndex`'s per-layer gradient norms and update/weight ratios from its trajectory (the
   * Inside tab; docs/models.md), in the lab worker, latest wins. The trajectory is copied.
   */
  layerSeries(
    scenario: Scenario,
    runIndex: number,
    trajectory: Float64Array,
    points: number,
  ): Promise<Outcome<LayerSeriesData>> {
    return this.labRequest('insight-series', (remote) =>
      remote.layerSeries(scenario, runIndex, trajectory, points),
    );
  }

  /** A table classifier's confusion on a held-out part at `params` (the Inside tab), latest wins. */
  cursorInsight(
    scenario: Scenario,
    params: Float64Array,
    part: InsightPart,
  ): Promise<Outcome<CursorInsight | null>> {
    return this.labRequest('insight-at', (remote) => remote.cursorInsight(scenario, params, part));
  }

  /** Stops the curvature call in hand for real (the lab's other requests go to a fresh worker). */
  cancelCurvature(): void {
    this.lab.cancel('curvature');
  }

  /** The surface painted for an export (in the lab worker: the landscape's lanes stay free). */
  exportSurface(request: SurfaceAsk): Promise<Outcome<SurfaceImage>> {
    const { plane, ...rest } = request;
    return this.withPlane(this.lab, 'export-surface', plane, (remote, ref) =>
      remote.surface({ ...rest, ...(ref ? { plane: ref } : {}) }),
    );
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
      const channel = reportChannelOf(remote, (port) => remote.openReports(transfer(port, [port])));
      const stream = channel.open(onReport);
      // Sent at once when the channel is open, not a microtask later: a slider's input event
      // flushes React's render of the run card synchronously (a controlled input), and the
      // worker can compute the run meanwhile instead of after it (issue 17).
      const send = () => remote.runStream(scenario, method, stream);
      return (channel.isReady ? send() : channel.ready.then(send))
        .then(async (count) => {
          expected = count;
          if (assembler.reports < count) await finished;
          return assembler;
        })
        .finally(() => channel.close(stream));
    });
  }

  /** A model scenario's runs with the plane of its landscape (more than 2 parameters). */
  runModel(scenario: Scenario, method: SliceMethod): Promise<Outcome<ModelRuns>> {
    return this.compute.request('run', (remote) => remote.runModel(scenario, method));
  }

  /** f and ∇f at a point (of `plane`, the store's plane object, for a model). */
  probe(problem: ProblemSpec, point: [number, number], plane?: PlaneSpec): Promise<Outcome<Probe>> {
    return this.withPlane(this.compute, 'probe', plane, (remote, ref) =>
      remote.probe(problem, point, ref),
    );
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

  surface(request: SurfaceAsk): Promise<Outcome<SurfaceImage>> {
    const { plane, ...rest } = request;
    return this.withPlane(this.surfaces, 'surface', plane, (remote, ref) =>
      remote.surface({ ...rest, ...(ref ? { plane: ref } : {}) }),
    );
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
    const { reason, said } = restartNotice('restartedTerminated');
    this.compute.restart(reason, said);
  }

  dispose(): void {
    this.compute.dispose();
    this.surfaces.dispose();
    this.lab.dispose();
  }
}
