/**
 * The 3D view's WebGL scene, on ogl (docs/decisions.md, "The 3D view's WebGL library"): the floor,
 * the surface mesh, each run's path as a ribbon with a white halo, and the markers. Drawn on
 * demand — a change asks for one frame — in a fixed order (no sorting): floor, surface, the
 * paths' and markers' ghosts through the surface (faint, so a path behind a hill is still seen),
 * then the paths with their halos and the markers where the surface does not hide them. One
 * program per kind of pass, shared by every run (a slider drag compiles no shader): each mesh
 * sets its colour in the program's uniforms just before it draws.
 */
import { Camera, Geometry, Mesh, Renderer, Transform } from 'ogl';
import type { OGLRenderingContext } from 'ogl';
import { FOV_DEGREES, type Eye, type Vec3 } from '../../plot/camera3d';
import type { Rgb } from '../../plot/surface-raster';
import type { SurfaceMesh } from '../../plot/surface-mesh';
import type { Trails } from '../../state/trails';
import { makePrograms, type Programs } from './programs';
import { CameraMotion, MOVING_RESOLUTION } from './motion';
import { PathLayer, type PathFrame, type ScenePath } from './path-layer';
import { SurfaceLayer } from './surface-layer';

export type { ScenePath } from './path-layer';

/**
 * A marker: the current step (kind 0), the start (1), a global minimum (2), a local one (3), a
 * saddle (4), a run's averaged point (5).
 */
export interface SceneMarker {
  at: Vec3;
  colour: Rgb;
  /** Diameter in CSS pixels. */
  size: number;
  kind: 0 | 1 | 2 | 3 | 4 | 5;
}

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
  private readonly surface: SurfaceLayer;
  private readonly pathLayer: PathLayer;
  /** What the paths' uniforms read when they draw (PathLayer). */
  private readonly pathFrame: PathFrame = { pixels: 1, cursor: 0, trails: 'whole' };
  private markerMeshes: Mesh[] = [];
  private markerGeometry: Geometry | null = null;
  private frame = 0;
  private cssSize: [number, number] = [1, 1];
  private pixelRatio = 1;
  private scale = 1;
  /** While the camera moves, frames are coarser (motion.ts). */
  private readonly motion = new CameraMotion(() => this.applyResolution());
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
    this.surface = new SurfaceLayer(this.gl, this.programs, this.floor, this.surfaceLayer);
    this.pathLayer = new PathLayer(this.gl, this.programs, this.ghosts, this.paths, this.pathFrame);
  }

  /** The canvas' size in CSS pixels and the device's pixel ratio. */
  setSize(width: number, height: number, pixelRatio: number): void {
    this.cssSize = [Math.max(1, width), Math.max(1, height)];
    this.pixelRatio = pixelRatio;
    this.applyResolution();
  }

  /**
   * The drawing buffer's size, the level of detail and the uniforms that depend on them, for
   * the current state: at rest the mesh at the device's pixels; while the camera moves the
   * coarser mesh, with the paths laid on it, at MOVING_RESOLUTION of them (motion.ts).
   */
  private applyResolution(): void {
    const level = this.motion.isMoving ? 1 : 0;
    this.surface.show(level);
    this.pathLayer.show(level);
    const ratio = this.pixelRatio * (level === 1 ? MOVING_RESOLUTION : 1);
    this.renderer.dpr = ratio;
    this.renderer.setSize(this.cssSize[0], this.cssSize[1]);
    this.camera.perspective({ aspect: this.cssSize[0] / this.cssSize[1] });
    const resolution = [(this.cssSize[0] * ratio) / 2, (this.cssSize[1] * ratio) / 2];
    for (const name of ['ghost', 'line'] as const)
      this.programs[name].uniforms.resolution!.value = resolution;
    // Lines and markers keep their size in CSS pixels whatever the drawing buffer's.
    this.pathFrame.pixels = ratio * this.scale;
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
    this.applyResolution();
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

  /**
   * The surface's mesh, the coarser one drawn while the camera moves, and its band colours (as
   * many as the colour levels have).
   */
  setSurface(mesh: SurfaceMesh | null, moving: SurfaceMesh | null, colours: readonly Rgb[]): void {
    this.surface.set(mesh, moving, colours);
    this.invalidate();
  }

  /** The runs' paths, in drawing order (the selected run last). */
  setPaths(paths: readonly ScenePath[]): void {
    this.pathLayer.set(paths);
    this.invalidate();
  }

  /** The cursor step and what is drawn after it (src/state/trails.ts). */
  setProgress(cursor: number, trails: Trails): void {
    if (cursor === this.pathFrame.cursor && trails === this.pathFrame.trails) return;
    this.pathFrame.cursor = cursor;
    this.pathFrame.trails = trails;
    this.invalidate();
  }

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
    this.pathLayer.dispose();
    this.setMarkers([]);
    this.surface.dispose();
    // The context is not lost on purpose: a remount (React's strict mode in development) asks
    // the same canvas for it again.
  }
}
