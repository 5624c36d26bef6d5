/** The engine worker: exposes the engine API over comlink, transferring buffers and bitmaps. No logic of its own. */
import { expose, transfer } from 'comlink';
import { buffersOf, engineApi, modelBuffers, type SurfaceRequest } from '../src/engine/api';
import { reportBuffers, type StreamReport } from '../src/engine/run-stream';
import type { PlaneRef } from '../src/engine/worker-planes';
import type { SliceMethod } from '../src/core/slice';
import type { View } from '../src/core/problems';
import type { ProblemSpec, Scenario } from '../src/scenario/types';
import { sweepWorkerApi } from '../src/engine/worker-sweep';
import { mapsWorkerApi } from '../src/engine/worker-maps';
import { inspectWorkerApi } from '../src/engine/worker-inspect';
import { arrowsWorkerApi } from '../src/engine/worker-arrows';
import { curvatureWorkerApi } from '../src/engine/worker-curvature';
import { insightWorkerApi } from '../src/engine/worker-insight';
import { withDataSets } from '../src/engine/worker-data';
import { fetchDataFile } from '../src/engine/data-fetch';

// Each call loads the shipped data set it needs first, if this worker has not (issue 22).
const api = withDataSets(
  {
    // The learning-rate lab's calls (issue 5), each module its own file.
    ...sweepWorkerApi,
    ...mapsWorkerApi,
    ...inspectWorkerApi,
    // The landscape's arrows at the cursor (issue 14): ∇f and the optimizer's state at step k.
    ...arrowsWorkerApi,
    // The Curvature tab's λmax along a run (issue 20), with progress for models.
    ...curvatureWorkerApi,
    // The Inside tab's per-layer norms and a table classifier's confusion (issue 22).
    ...insightWorkerApi,
    run(scenario: Scenario) {
      const results = engineApi.run(scenario);
      return transfer(results, buffersOf(results));
    },
    /** Reports go back through `onReport` (a comlink proxy) at once, their arrays transferred. */
    runStream(
      scenario: Scenario,
      method: SliceMethod | null,
      onReport: (report: StreamReport) => unknown,
    ) {
      return engineApi.runStream(scenario, method, (report) => {
        // A proxied callback: the call posts the report and returns a promise nobody waits for.
        Promise.resolve(onReport(transfer(report, reportBuffers(report)))).catch(() => undefined);
      });
    },
    runModel(scenario: Scenario, method: SliceMethod) {
      const output = engineApi.runModel(scenario, method);
      return transfer(output, modelBuffers(output));
    },
    decision(problem: ProblemSpec, params: Float64Array, view: View, nx: number, ny: number) {
      const grid = engineApi.decision(problem, params, view, nx, ny);
      return grid ? transfer(grid, [grid.buffer]) : grid;
    },
    surface(request: SurfaceRequest) {
      const image = engineApi.surface(request);
      return transfer(image, [image.bitmap]);
    },
    probe(problem: ProblemSpec, point: [number, number], plane?: PlaneRef) {
      return engineApi.probe(problem, point, plane);
    },
    thumbnails(width: number, height: number, pixelRatio: number) {
      const images = engineApi.thumbnails(width, height, pixelRatio);
      return transfer(
        images,
        images.map((image) => image.bitmap),
      );
    },
    /** For fault-injection tests: throw outside any call, as a crashing worker would. */
    crash() {
      setTimeout(() => {
        throw new Error('engine crash requested');
      });
    },
  },
  fetchDataFile,
);

expose(api);

/** The worker's API as the main thread sees it (imported as a type only). */
export type WorkerApi = typeof api;
