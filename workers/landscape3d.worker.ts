/** The 3D view's worker: exposes the mesh call over comlink, transferring the grids. No logic of its own. */
import { expose, transfer } from 'comlink';
import { createMeshApi, type MeshRequest } from '../src/engine/worker-mesh';
import { fetchDataFile } from '../src/engine/data-fetch';
import { createKindsLoader } from '../src/kinds/load';
import { withDataSets } from '../src/engine/worker-data';

const mesh = createMeshApi();

// A bundle of its own (Vite's worker build, no preload helper): a plain import() of the models'
// numerics, loaded the first time a mesh of a model is asked for (src/kinds/load.ts).
const loadModelKinds = createKindsLoader(() => import('../src/kinds/model-numerics'));

// A model on a shipped data set loads it here first, as the engine worker does (issue 22).
const api = withDataSets(
  {
    heightGrids(request: MeshRequest) {
      const grids = mesh.heightGrids(request);
      const buffers = [grids.grid.values.buffer];
      if (grids.moving) buffers.push(grids.moving.values.buffer);
      return transfer(grids, buffers);
    },
  },
  fetchDataFile,
  loadModelKinds,
);

expose(api);

/** The worker's API as the main thread sees it (imported as a type only). */
export type Landscape3dWorkerApi = typeof api;
