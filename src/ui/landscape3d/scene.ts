/**
 * The 3D view's WebGL scene, on ogl (docs/decisions.md, "The 3D view's WebGL library"): the floor,
 * the surface mesh, each run's path as a ribbon with a white halo, and the markers. Drawn on
 * demand — a change asks for one frame — in a fixed order (no sorting): floor, surface, the
 * paths' and markers' ghosts through the surface (faint, so a path behind a hill is still seen),
 * then the paths with their halos and the markers where the surface does not hide them. One
 * program per kind of pass, shared by every run (a slider drag compiles no shader): each mesh
 * sets its colour in the program's uniforms just before it draws.
 */
import { Camera, Geometry, Mesh, Renderer, Texture, Transform } from 'ogl';
import type { OGLRenderingContext } from 'ogl';
import { FOV_DEGREES, type Eye, type Vec3 } from '../../plot/camera3d';
import type { Rgb } from '../../plot/surface-raster';
import type { SurfaceMesh } from '../../plot/surface-mesh';
import type { Trails } from '../../state/trails';
import type { Ribbon } from './ribbon';
import { makePrograms, type Programs } from './programs';
import { CameraMotion, MOVING_RESOLUTION } from './motion';

/** A run's path as the scene draws it. */
export interface ScenePath {
  ribbon: Ribbon;
  colour: Rgb;
  selected: boolean;
  /** The run's last step (or where it diverged): from there it has no future. */
  endStep: number;
}

/** A marker: the current step (kind 0), the start (1), a global minimum (2), a local one (3), a saddle (4). */
export interface SceneMarker {
  at: Vec3;
  colour: Rgb;
  /** Diameter in CSS pixels. */
  size: number;
  kind: 0 | 1 | 2 | 3 | 4;
}

/** Half-widths in CSS pixels: a path, the selected one, and the white halo around each. */
const PATH_HALF_WIDTH = 2;
const SELECTED_HALF_WIDTH = 2.5;
const HALO = 1.5;
/** The trails' faded future (as the 2D view's ghost, src/state/trails.ts). */
const FADED_FUTURE = 0.3;

const unit = (rgb: Rgb): [number, number, number] => [rgb[0] / 255, rgb[1] / 255, rgb[2] / 255];

export class Scene3d {
  readonly gl: OGLRenderingContext;
  private readonly renderer: Renderer;
  private readonly camera: Camera;
  private readonly root = new Transform();
  private readonly floor = new Transform();
  private readonly surfaceLayer = new Transform();
  private readonly ghosts = new Transform();
  private readonly paths = new Transform();
  private readonly markerLayer = new Transform();
  private readonly programs: Programs;
  private bandTexture: Texture | null = null;
  private pathMeshes: { meshes: Mesh[] }[] = [];
  private markerMeshes: Mesh[] = [];
  private frame = 0;
  private cssSize: [number, number] = [1, 1];
  private pixelRatio = 1;
  private scale = 1;
  /** While the camera moves, frames are coarser (motion.ts). */
  private readonly motion = new CameraMotion(() => this.applyResolution());
  /** The surface at every node and at every other node; one is drawn (showLevel). */
  private surfaceMeshes: [Mesh, Mesh] | null = null;
  /** Frames drawn so far (the view shows it to tests as data-frames). */
  frames = 0;
  onFrame: (() => void) | null = null;

  /** Throws when the canvas has no WebGL: the view says so and the 2D view keeps working. */
  constructor(canvas: HTMLCanvasElement) {
    const attributes = {
      alpha: false,
      // No multisampling: in software GL (SwiftShader, a school laptop without a GPU driver) it
      // cost more than half of each frame; the contour lines and the paths' edges are smoothed
      // in their shaders instead (shaders.ts).
      antialias: false,
      // Kept after compositing, so a PNG export (and a test) can read the picture.
      preserveDrawingBuffer: true,
    };
    // Asked first here: ogl would log an error of its own where there is none.
    if (!(canvas.getContext('webgl2', attributes) ?? canvas.getContext('webgl', attributes)))
      throw new Error('WebGL is not available');
    this.renderer = new Renderer({ canvas, ...attributes, autoClear: true, webgl: 2 });
    this.gl = this.renderer.gl;
    if (!this.gl) throw new Error('WebGL is not available');
    this.programs = makePrograms(this.gl, this.renderer.isWebgl2);
    this.camera = new Camera(this.gl, { fov: FOV_DEGREES, near: 0.05, far: 100 });
    this.camera.up.set(0, 0, 1);
    for (const layer of [this.floor, this.surfaceLayer, this.ghosts, this.paths, this.markerLayer])
      layer.setParent(this.root);
  }

  /** The canvas' size in CSS pixels and the device's pixel ratio. */
  setSize(width: number, height: number, pixelRatio: number): void {
    this.cssSize = [Math.max(1, width), Math.max(1, height)];
    this.pixelRatio = pixelRatio;
    this.applyResolution();
  }

  /** The fine surface at rest, the coarse one while the camera moves. */
  private showLevel(): void {
    if (!this.surfaceMeshes) return;
    this.surfaceMeshes[0].visible = !this.motion.isMoving;
    this.surfaceMeshes[1].visible = this.motion.isMoving;
  }

  /** The drawing buffer's size and the uniforms that depend on it, for the current state. */
  private applyResolution(): void {
    this.showLevel();
    const ratio = this.pixelRatio * (this.motion.isMoving ? MOVING_RESOLUTION : 1);
    this.renderer.dpr = ratio;
    this.renderer.setSize(this.cssSize[0], this.cssSize[1]);
    this.camera.perspective({ aspect: this.cssSize[0] / this.cssSize[1] });
    const resolution = [(this.cssSize[0] * ratio) / 2, (this.cssSize[1] * ratio) / 2];
    for (const name of ['ghost', 'line'] as const)
      this.programs[name].uniforms.resolution!.value = resolution;
    this.programs.marker.uniforms.pixelRatio!.value = ratio * this.scale;
    this.programs.markerGhost.uniforms.pixelRatio!.value = ratio * this.scale;
    this.invalidate();
  }

  /** Whether frames are drawn coarse because the camera is moving (tests read it). */
  get coarse(): boolean {
    return this.motion.isMoving;
  }

  /** Lines and markers larger by `scale` (presentation mode). */
  setScale(scale: number): void {
    this.scale = scale;
    this.setSize(this.cssSize[0], this.cssSize[1], this.pixelRatio);
  }

  setBackground(background: Rgb, floor: Rgb, frame: Rgb): void {
    const [r, g, b] = unit(background);
    this.gl.clearColor(r, g, b, 1);
    this.programs.floor.uniforms.colour!.value = unit(floor);
    this.programs.frame.uniforms.colour!.value = unit(frame);
    this.invalidate();
  }

  /** Places the camera; `moving` when a gesture or a key turns it (frames coarse until it rests). */
  setEye(eye: Eye, moving = false): void {
    if (moving) this.motion.moved();
    const [x, y, z] = eye.eye;
    this.camera.position.set(x, y, z);
    // Near and far hug the box, so the depth buffer's precision goes where the surface is.
    this.camera.perspective({
      near: Math.max(0.02, eye.distance - 4),
      far: eye.distance + 4,
    });
    this.camera.lookAt(eye.target);
    this.invalidate();
  }

  /** The surface's mesh and its band colours (as many as the colour levels have). */
  setSurface(mesh: SurfaceMesh | null, colours: readonly Rgb[]): void {
    for (const child of [...this.surfaceLayer.children]) this.removeMesh(child as Mesh);
    this.surfaceMeshes = null;
    for (const child of [...this.floor.children]) this.removeMesh(child as Mesh);
    if (!mesh) {
      this.invalidate();
      return;
    }
    if (this.bandTexture) this.gl.deleteTexture(this.bandTexture.texture);
    this.bandTexture = null;
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
    const surface = this.programs.surface;
    surface.uniforms.bandColours!.value = this.bandTexture;
    surface.uniforms.bands!.value = colours.length;
    // The surface twice: every node, and every other node (a quarter of the vertices), drawn
    // while the camera moves (motion.ts): software GL's cost here is per vertex.
    this.surfaceMeshes = (['full', 'coarse'] as const).map((level) => {
      const geometry = new Geometry(this.gl, {
        position: { size: 3, data: mesh.positions },
        normal: { size: 3, data: mesh.normals },
        colourUnit: { size: 1, data: mesh.colorUnits },
        index: { data: level === 'full' ? mesh.indices : mesh.coarseIndices },
      });
      const drawn = new Mesh(this.gl, { geometry, program: surface, frustumCulled: false });
      drawn.setParent(this.surfaceLayer);
      return drawn;
    }) as [Mesh, Mesh];
    this.showLevel();
    const { skirt } = mesh;
    const skirtGeometry = new Geometry(this.gl, {
      position: { size: 3, data: skirt.positions },
      normal: { size: 3, data: skirt.normals },
      colourUnit: { size: 1, data: skirt.colorUnits },
      index: { data: skirt.indices },
    });
    new Mesh(this.gl, {
      geometry: skirtGeometry,
      program: surface,
      frustumCulled: false,
    }).setParent(this.surfaceLayer);
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
    this.invalidate();
  }

  /** The runs' paths, in drawing order (the selected run last). */
  setPaths(paths: readonly ScenePath[]): void {
    for (const { meshes } of this.pathMeshes) for (const mesh of meshes) mesh.setParent(null);
    // A run whose path is the same ribbon keeps its buffers: a slider input uploads one run.
    const kept = new Map<Ribbon, Geometry>();
    this.pathMeshes = paths.map((path) => {
      const { ribbon } = path;
      const geometry =
        this.pathGeometries.get(ribbon) ??
        new Geometry(this.gl, {
          position: { size: 3, data: ribbon.position },
          previous: { size: 3, data: ribbon.previous },
          next: { size: 3, data: ribbon.next },
          side: { size: 1, data: ribbon.side },
          step: { size: 1, data: ribbon.step },
          index: { data: ribbon.index },
        });
      kept.set(ribbon, geometry);
      const half = path.selected ? SELECTED_HALF_WIDTH : PATH_HALF_WIDTH;
      const pass = (name: 'ghost' | 'line', parent: Transform, width: number, inner: number) => {
        const mesh = new Mesh(this.gl, {
          geometry,
          program: this.programs[name],
          frustumCulled: false,
        });
        mesh.onBeforeRender(() => {
          const uniforms = this.programs[name].uniforms;
          const pixels = this.pixelRatio * this.scale;
          uniforms.colour!.value = unit(path.colour);
          uniforms.width!.value = width * pixels;
          uniforms.inner!.value = inner * pixels;
          uniforms.futureAlpha!.value = this.futureAlpha(path.endStep);
          uniforms.cursor!.value = this.cursor;
        });
        mesh.setParent(parent);
        return mesh;
      };
      return {
        meshes: [
          pass('ghost', this.ghosts, half, half),
          pass('line', this.paths, half + HALO, half),
        ],
      };
    });
    for (const [ribbon, geometry] of this.pathGeometries)
      if (kept.get(ribbon) !== geometry) geometry.remove();
    this.pathGeometries = kept;
    this.invalidate();
  }

  private pathGeometries = new Map<Ribbon, Geometry>();
  private cursor = 0;
  private trails: Trails = 'whole';

  /** The cursor step and what is drawn after it (src/state/trails.ts). */
  setProgress(cursor: number, trails: Trails): void {
    if (cursor === this.cursor && trails === this.trails) return;
    this.cursor = cursor;
    this.trails = trails;
    this.invalidate();
  }

  private futureAlpha(endStep: number): number {
    if (this.cursor >= endStep || this.trails === 'whole') return 1;
    return this.trails === 'faded' ? FADED_FUTURE : 0;
  }

  private markerGeometry: Geometry | null = null;

  /** The markers; the same number as before only updates their buffers (a playback frame). */
  setMarkers(markers: readonly SceneMarker[]): void {
    const data = {
      position: Float32Array.from(markers.flatMap((m) => m.at)),
      colour: Float32Array.from(markers.flatMap((m) => unit(m.colour))),
      size: Float32Array.from(markers.map((m) => m.size)),
      kind: Float32Array.from(markers.map((m) => m.kind)),
    };
    const geometry = this.markerGeometry;
    if (geometry && geometry.attributes.kind!.count === markers.length) {
      for (const [name, values] of Object.entries(data)) {
        const attribute = geometry.attributes[name]!;
        attribute.data = values;
        attribute.needsUpdate = true;
      }
      this.invalidate();
      return;
    }
    for (const mesh of this.markerMeshes) mesh.setParent(null);
    geometry?.remove();
    this.markerMeshes = [];
    this.markerGeometry = null;
    if (markers.length > 0) {
      const made = new Geometry(this.gl, {
        position: { size: 3, data: data.position },
        colour: { size: 3, data: data.colour },
        size: { size: 1, data: data.size },
        kind: { size: 1, data: data.kind },
      });
      this.markerGeometry = made;
      for (const name of ['markerGhost', 'marker'] as const) {
        const mesh = new Mesh(this.gl, {
          geometry: made,
          program: this.programs[name],
          mode: this.gl.POINTS,
          frustumCulled: false,
        });
        mesh.setParent(this.markerLayer);
        this.markerMeshes.push(mesh);
      }
    }
    this.invalidate();
  }

  private removeMesh(mesh: Mesh): void {
    mesh.setParent(null);
    mesh.geometry.remove();
  }

  /** Asks for a frame; several changes before it draw once. */
  invalidate(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  /** Draws now, at full resolution (an export reads the picture right after). */
  draw(): void {
    this.motion.settle();
    this.render();
  }

  private render(): void {
    this.renderer.render({
      scene: this.root,
      camera: this.camera,
      sort: false,
      frustumCull: false,
    });
    this.frames++;
    this.onFrame?.();
  }

  dispose(): void {
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.motion.dispose();
    this.setPaths([]);
    this.setMarkers([]);
    this.setSurface(null, []);
    // The context is not lost on purpose: a remount (React's strict mode in development) asks
    // the same canvas for it again.
  }
}
