/**
 * The surface in the 3D scene (scene.ts): the floor with its frame, and the mesh with its walls
 * at two levels of detail — the mesh drawn at rest and the coarser one drawn while the camera
 * moves (docs/3d.md, "Speed") — in the band colours of a one-row texture (shaders.ts, SURFACE_*).
 */
import { Geometry, Mesh, Texture, Transform } from 'ogl';
import type { OGLRenderingContext } from 'ogl';
import type { SurfaceMesh } from '../../plot/surface-mesh';
import type { Rgb } from '../../plot/surface-raster';
import type { Level } from './motion';
import type { Programs } from './programs';

export class SurfaceLayer {
  private bandTexture: Texture | null = null;
  /** Per level: the mesh and its walls. */
  private readonly levels: [Transform, Transform] = [new Transform(), new Transform()];

  constructor(
    private readonly gl: OGLRenderingContext,
    private readonly programs: Programs,
    private readonly floor: Transform,
    surface: Transform,
  ) {
    for (const level of this.levels) level.setParent(surface);
    this.show(0);
  }

  /** Shows one level's mesh. */
  show(level: Level): void {
    this.levels[0].visible = level === 0;
    this.levels[1].visible = level === 1;
  }

  /**
   * The mesh, the coarser one drawn while moving (the same object when there is none), and the
   * band colours (as many as the colour levels have); null clears the surface and the floor.
   */
  set(mesh: SurfaceMesh | null, moving: SurfaceMesh | null, colours: readonly Rgb[]): void {
    const drawn = new Set<Geometry>();
    for (const parent of [...this.levels, this.floor])
      for (const child of [...parent.children]) {
        child.setParent(null);
        drawn.add((child as Mesh).geometry);
      }
    for (const geometry of drawn) geometry.remove();
    if (this.bandTexture) this.gl.deleteTexture(this.bandTexture.texture);
    this.bandTexture = null;
    if (!mesh) return;
    const data = new Uint8Array(colours.length * 4);
    colours.forEach((rgb, i) => data.set([rgb[0], rgb[1], rgb[2], 255], i * 4));
    this.bandTexture = new Texture(this.gl, {
      image: data,
      width: colours.length,
      height: 1,
      generateMipmaps: false,
      minFilter: this.gl.NEAREST,
      magFilter: this.gl.NEAREST,
      flipY: false,
    });
    const { surface } = this.programs;
    surface.uniforms.bandColours!.value = this.bandTexture;
    surface.uniforms.bands!.value = colours.length;
    const geometries = this.meshGeometries(mesh);
    for (const level of [0, 1] as const) {
      // Without a coarser mesh the moving level draws the same buffers.
      const drawn =
        level === 0 || !moving || moving === mesh ? geometries : this.meshGeometries(moving);
      for (const geometry of drawn)
        new Mesh(this.gl, {
          geometry,
          program: surface,
          frustumCulled: false,
        }).setParent(this.levels[level]);
    }
    this.addFloor(mesh);
  }

  /** The buffers of a mesh and of its walls. */
  private meshGeometries(mesh: SurfaceMesh): Geometry[] {
    return [mesh, mesh.skirt].map(
      (part) =>
        new Geometry(this.gl, {
          position: { size: 3, data: part.positions },
          normal: { size: 3, data: part.normals },
          colourUnit: { size: 1, data: part.colorUnits },
          index: { data: part.indices },
        }),
    );
  }

  /** The floor under the box, a hair below the surface's lowest point, and its frame. */
  private addFloor(mesh: SurfaceMesh): void {
    const { halfX, halfY } = mesh.box;
    const corners = [
      [-halfX, -halfY],
      [halfX, -halfY],
      [halfX, halfY],
      [-halfX, halfY],
    ];
    const below = -0.004;
    const floorGeometry = new Geometry(this.gl, {
      position: { size: 3, data: Float32Array.from(corners.flatMap(([x, y]) => [x!, y!, below])) },
      index: { data: Uint32Array.from([0, 1, 2, 0, 2, 3]) },
    });
    new Mesh(this.gl, {
      geometry: floorGeometry,
      program: this.programs.floor,
      frustumCulled: false,
    }).setParent(this.floor);
    const frameGeometry = new Geometry(this.gl, {
      position: { size: 3, data: Float32Array.from(corners.flatMap(([x, y]) => [x!, y!, 0])) },
    });
    new Mesh(this.gl, {
      geometry: frameGeometry,
      program: this.programs.frame,
      mode: this.gl.LINE_LOOP,
      frustumCulled: false,
    }).setParent(this.floor);
  }

  dispose(): void {
    this.set(null, null, []);
  }
}
