/**
 * The calls of the lab worker's lane (src/engine/client.ts) beside the engine's: the α sweep and
 * β/ε maps (issue 5), the step inspector's replay (issue 5), the landscape's arrows at the cursor
 * (issue 14), λmax along a run (issue 20), the Inside tab (issue 22). Only the lab worker
 * (workers/lab.worker.ts) carries them: it starts the first time one is asked for, so the first
 * view's engine workers do not load this code (issue 17, initial JavaScript). Each module stays
 * its own file.
 */
import { sweepWorkerApi } from './worker-sweep';
import { mapsWorkerApi } from './worker-maps';
import { inspectWorkerApi } from './worker-inspect';
import { arrowsWorkerApi } from './worker-arrows';
import { curvatureWorkerApi } from './worker-curvature';
import { insightWorkerApi } from './worker-insight';

export const labWorkerApi = {
  ...sweepWorkerApi,
  ...mapsWorkerApi,
  ...inspectWorkerApi,
  ...arrowsWorkerApi,
  ...curvatureWorkerApi,
  ...insightWorkerApi,
};
