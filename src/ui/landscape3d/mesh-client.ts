/**
 * The 3D view's worker on the main thread (issue 19): one worker of its own, started when the
 * 3D view first opens, behind a latest-wins lane (src/engine/lanes.ts), so that a pan or zoom of
 * the window asks for one grid at a time and a stale grid never reaches the screen; a worker that
 * dies is replaced and the latest request sent again. The engine workers of the first view are
 * not touched (the initial JavaScript stays as it was).
 */
import { wrap, type Remote } from 'comlink';
import type { Landscape3dWorkerApi } from '../../../workers/landscape3d.worker';
import type { View } from '../../core/problems';
import type { PlaneData } from '../../engine/plane';
import type { MeshGrids, MeshRequest } from '../../engine/worker-mesh';
import { Lanes, type Outcome, type WorkerHandle } from '../../engine/lanes';
import type { ProblemSpec } from '../../scenario/types';

type Api = Remote<Landscape3dWorkerApi>;

function spawn(): WorkerHandle<Api> {
  const worker = new Worker(new URL('../../../workers/landscape3d.worker.ts', import.meta.url), {
    type: 'module',
    name: 'landscape-3d',
  });
  return {
    remote: wrap<Landscape3dWorkerApi>(worker),
    terminate: () => worker.terminate(),
    onError: (callback) =>
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        callback(event.message || 'worker error');
      }),
  };
}

let lanes: Lanes<Api> | null = null;
const planeIds = new WeakMap<PlaneData, number>();
let nextPlaneId = 1;

/**
 * f on an n × n grid of nodes over `view` (of `plane`, for a model), and on a `moving` × `moving`
 * one when that is coarser (drawn while the camera moves); latest wins.
 */
export function requestGrids(
  problem: ProblemSpec,
  plane: PlaneData | null,
  view: View,
  n: number,
  moving: number,
): Promise<Outcome<MeshGrids>> {
  lanes ??= new Lanes(spawn, { abortAfterMs: 250, stallMs: 30_000, lazy: true });
  let ref: MeshRequest['plane'];
  if (plane) {
    let id = planeIds.get(plane);
    if (id === undefined) planeIds.set(plane, (id = nextPlaneId++));
    // The plane's vectors go with every request: a model's θ is at most a few thousand numbers.
    const { method, center, d1, d2, view: planeView } = plane;
    ref = { id, plane: { method, center, d1, d2, view: planeView } };
  }
  return lanes.request('grid', (remote) =>
    remote.heightGrids({ problem, view, n, moving, ...(ref ? { plane: ref } : {}) }),
  );
}
