import { describe, expect, it } from 'vitest';
import { sampleHeightGrid } from '../../src/core/height-grid';
import { functionProblem, getFunction, type Problem } from '../../src/core/problems';
import { heightScale } from '../../src/plot/height-scale';
import {
  BOX_HEIGHT,
  boxOf,
  fromBox,
  meshHeightAt,
  surfaceMesh,
  toBox,
} from '../../src/plot/surface-mesh';

const rosenbrock = functionProblem(getFunction('rosenbrock')!);
const VIEW = { x: [-2, 2] as const, y: [-1, 3] as const };

/** A 2-parameter problem from a formula. */
const problemOf = (f: (x: number, y: number) => number): Problem => ({
  ...rosenbrock,
  value: (p) => f(p[0]!, p[1]!),
});

describe('the height grid (src/core/height-grid.ts)', () => {
  it('samples f on nodes that include the window’s edges and corners', () => {
    const grid = sampleHeightGrid(rosenbrock, VIEW, 5);
    expect(grid.n).toBe(5);
    const at = (x: number, y: number) => rosenbrock.value(Float64Array.from([x, y]));
    expect(grid.values[0]).toBe(at(-2, -1));
    expect(grid.values[4]).toBe(at(2, -1));
    expect(grid.values[20]).toBe(at(-2, 3));
    expect(grid.values[24]).toBe(at(2, 3));
    expect(grid.values[2 * 5 + 1]).toBe(at(-1, 1));
    expect(grid.min).toBe(Math.min(...grid.values));
    expect(grid.max).toBe(Math.max(...grid.values));
  });

  it('marks values that are not finite as NaN and leaves them out of the range', () => {
    const grid = sampleHeightGrid(
      problemOf((x) => (x > 0 ? Infinity : x)),
      { x: [-1, 1], y: [0, 1] },
      3,
    );
    expect([...grid.values].map((v) => (Number.isNaN(v) ? 'nan' : v))).toEqual([
      -1,
      0,
      'nan',
      -1,
      0,
      'nan',
      -1,
      0,
      'nan',
    ]);
    expect([grid.min, grid.max]).toEqual([-1, 0]);
  });
});

describe('the surface mesh (src/plot/surface-mesh.ts)', () => {
  it('puts the window in a box, its longer side from −1 to 1, at equal aspect', () => {
    const box = boxOf({ x: [0, 4], y: [10, 12] });
    expect([box.halfX, box.halfY]).toEqual([1, 0.5]);
    expect(toBox(box, 4, 12)).toEqual([1, 0.5]);
    expect(fromBox(box, -1, -0.5)).toEqual([0, 10]);
  });

  it('each node stands at f on the height scale, coloured by the colour scale', () => {
    const grid = sampleHeightGrid(rosenbrock, VIEW, 9);
    const colour = heightScale(grid.min, grid.max, 0);
    const linear = heightScale(grid.min, grid.max, 0, true);
    const mesh = surfaceMesh(grid, colour, linear);
    for (let k = 0; k < 81; k++) {
      const f = grid.values[k]!;
      expect(mesh.positions[k * 3 + 2]).toBeCloseTo(linear.unit(f) * BOX_HEIGHT, 6);
      expect(mesh.colorUnits[k]).toBeCloseTo(colour.unit(f), 6);
      const [x, y] = fromBox(mesh.box, mesh.positions[k * 3]!, mesh.positions[k * 3 + 1]!);
      expect(rosenbrock.value(Float64Array.from([x, y]))).toBeCloseTo(f, 3);
    }
    expect(mesh.indices.length).toBe(8 * 8 * 6);
  });

  it('interpolates as the triangles are drawn: exact on a plane, equal to the nodes at nodes', () => {
    const plane = problemOf((x, y) => 3 * x - 2 * y + 1);
    const grid = sampleHeightGrid(plane, VIEW, 7);
    const scale = heightScale(grid.min, grid.max, 0, true);
    const mesh = surfaceMesh(grid, scale, scale);
    for (const [x, y] of [
      [0.123, 0.456],
      [-1.9, 2.9],
      [2, 3],
      [-2, -1],
    ] as const) {
      const [bx, by] = toBox(mesh.box, x, y);
      expect(meshHeightAt(mesh, bx, by)).toBeCloseTo(scale.unit(3 * x - 2 * y + 1) * BOX_HEIGHT, 9);
    }
    expect(meshHeightAt(mesh, 1.01, 0)).toBeNaN();
    // The normals of a plane all point the same way, up and against its slope.
    const [nx, ny, nz] = [
      mesh.normals[24 * 3]!,
      mesh.normals[24 * 3 + 1]!,
      mesh.normals[24 * 3 + 2]!,
    ];
    expect(nz).toBeGreaterThan(0);
    expect(nx).toBeLessThan(0);
    expect(ny).toBeGreaterThan(0);
    for (let k = 0; k < 49; k++) expect(mesh.normals[k * 3]).toBeCloseTo(nx, 5);
  });

  it('closes the block with walls from each edge down to the floor', () => {
    const grid = sampleHeightGrid(rosenbrock, VIEW, 6);
    const scale = heightScale(grid.min, grid.max, 0);
    const mesh = surfaceMesh(grid, scale, scale);
    const { skirt } = mesh;
    // 4 edges of 6 nodes, each with its foot; 5 segments of 2 triangles per edge.
    expect(skirt.positions.length).toBe(4 * 6 * 2 * 3);
    expect(skirt.indices.length).toBe(4 * 5 * 6);
    for (let v = 0; v < skirt.positions.length / 3; v += 2) {
      // The top of each pair is an edge node of the surface, the bottom on the floor under it.
      const [x, y, z] = [
        skirt.positions[v * 3]!,
        skirt.positions[v * 3 + 1]!,
        skirt.positions[v * 3 + 2]!,
      ];
      expect(Math.abs(x) === mesh.box.halfX || Math.abs(y) === mesh.box.halfY).toBe(true);
      expect(z).toBeCloseTo(meshHeightAt(mesh, x, y), 6);
      expect(skirt.positions[(v + 1) * 3 + 2]).toBe(0);
      expect(skirt.positions[(v + 1) * 3]).toBe(x);
    }
  });

  it('leaves out every triangle with a node where f is not finite', () => {
    const holed = problemOf((x, y) => (x > 0.9 && y > 0.9 ? NaN : x + y));
    const grid = sampleHeightGrid(holed, { x: [0, 1], y: [0, 1] }, 3);
    const scale = heightScale(grid.min, grid.max, 0, true);
    const mesh = surfaceMesh(grid, scale, scale);
    // 4 cells, 8 triangles; the corner node (1, 1) is in the top-right cell's two triangles.
    expect(mesh.indices.length / 3).toBe(6);
    expect([...mesh.indices]).not.toContain(8);
    expect(meshHeightAt(mesh, 0.9, 0.9)).toBeNaN();
  });
});
