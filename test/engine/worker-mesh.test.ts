import { describe, expect, it } from 'vitest';
import { createMeshApi } from '../../src/engine/worker-mesh';
import type { ProblemSpec } from '../../src/scenario/types';

const rosenbrock: ProblemSpec = { type: 'function', name: 'rosenbrock' };
const view = { x: [-2, 2] as [number, number], y: [-1, 3] as [number, number] };

describe('the 3D view’s worker call: the grids of its meshes (issue 19)', () => {
  it('samples the mesh and, when asked for a coarser side, the moving level over the same window', () => {
    const { grid, moving } = createMeshApi().heightGrids({
      problem: rosenbrock,
      view,
      n: 33,
      moving: 9,
    });
    expect(grid.n).toBe(33);
    expect(moving).not.toBeNull();
    expect(moving!.n).toBe(9);
    expect(moving!.view).toEqual(grid.view);
    // The same f at the nodes both grids share: the corners and the centre.
    for (const [fine, coarse] of [
      [0, 0],
      [32, 8],
      [16 * 33 + 16, 4 * 9 + 4],
      [33 * 33 - 1, 9 * 9 - 1],
    ] as const)
      expect(moving!.values[coarse]).toBe(grid.values[fine]);
  });

  it('samples no moving level when it would not be coarser than the mesh', () => {
    const api = createMeshApi();
    expect(api.heightGrids({ problem: rosenbrock, view, n: 9, moving: 9 }).moving).toBeNull();
    expect(api.heightGrids({ problem: rosenbrock, view, n: 9, moving: 20 }).moving).toBeNull();
    expect(api.heightGrids({ problem: rosenbrock, view, n: 9 }).moving).toBeNull();
  });
});
