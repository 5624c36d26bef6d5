/** The engine worker: exposes the engine API over comlink, transferring buffers and bitmaps. No logic of its own. */
import { expose, transfer } from 'comlink';
import { buffersOf, engineApi, type SurfaceRequest } from '../src/engine/api';
import type { ProblemSpec, Scenario } from '../src/scenario/types';
import { sweepWorkerApi } from '../src/engine/worker-sweep';
import { mapsWorkerApi } from '../src/engine/worker-maps';
import { inspectWorkerApi } from '../src/engine/worker-inspect';

const api = {
  // The learning-rate lab's calls (issue 5), each module its own file.
  ...sweepWorkerApi,
  ...mapsWorkerApi,
  ...inspectWorkerApi,
  run(scenario: Scenario) {
    const results = engineApi.run(scenario);
    return transfer(results, buffersOf(results));
  },
  surface(request: SurfaceRequest) {
    const image = engineApi.surface(request);
    return transfer(image, [image.bitmap]);
  },
  probe(problem: ProblemSpec, point: [number, number]) {
    return engineApi.probe(problem, point);
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
};

expose(api);

/** The worker's API as the main thread sees it (imported as a type only). */
export type WorkerApi = typeof api;
