/** The 3D view's worker: exposes the mesh call over comlink, transferring the grid. No logic of its own. */
import { expose, transfer } from 'comlink';
import { createMeshApi, type MeshRequest } from '../src/engine/worker-mesh';

const mesh = createMeshApi();

const api = {
  heightGrid(request: MeshRequest) {
    const grid = mesh.heightGrid(request);
    return transfer(grid, [grid.values.buffer]);
  },
};

expose(api);

/** The worker's API as the main thread sees it (imported as a type only). */
export type Landscape3dWorkerApi = typeof api;
