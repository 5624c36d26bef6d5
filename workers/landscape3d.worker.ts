/** The 3D view's worker: exposes the mesh call over comlink, transferring the grids. No logic of its own. */
import { expose, transfer } from 'comlink';
import { createMeshApi, type MeshRequest } from '../src/engine/worker-mesh';

const mesh = createMeshApi();

const api = {
  heightGrids(request: MeshRequest) {
    const grids = mesh.heightGrids(request);
    const buffers = [grids.grid.values.buffer];
    if (grids.moving) buffers.push(grids.moving.values.buffer);
    return transfer(grids, buffers);
  },
};

expose(api);

/** The worker's API as the main thread sees it (imported as a type only). */
export type Landscape3dWorkerApi = typeof api;
