/**
 * How fine the 3D view's meshes are (issue 19; docs/3d.md, "Speed"; docs/decisions.md, "The 3D
 * view's mesh"). Apart from the view's code so that the browser benchmark reads the same numbers.
 */

/** Nodes along each side of a surface of 2 parameters (a model's slice gets at most 48). */
export const MESH_SIDE: number = 160;

/**
 * Nodes along each side of the mesh drawn while the camera moves, with the paths laid on it:
 * software GL's cost is per triangle, so a moving frame draws a quarter of a 160 mesh's
 * triangles, a tenth of a 256 one's. A mesh with no more nodes is drawn as it is.
 */
export const MOVING_SIDE = 80;

/**
 * The side the view asks for: MESH_SIDE, or the one the browser benchmark sets on the test handle
 * before the view opens (bench/landscape3d.ts measures the 256 mesh the issue names beside it).
 */
export function askedMeshSide(): number {
  const handle =
    typeof window === 'undefined'
      ? undefined
      : (window as { __descent?: { meshSide?: unknown } }).__descent;
  const asked = handle?.meshSide;
  return typeof asked === 'number' && asked >= 8 && asked <= 512 ? Math.round(asked) : MESH_SIDE;
}
