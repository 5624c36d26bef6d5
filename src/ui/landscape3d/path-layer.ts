/**
 * The runs' paths in the 3D scene (scene.ts): each path as a ribbon drawn twice — its faint ghost
 * through the surface (a path behind a hill is still seen) and its line with the white halo where
 * the surface does not hide it — at two levels of detail: laid on the mesh, drawn at rest, and
 * laid on the coarser mesh drawn while the camera moves (docs/3d.md, "Speed"). A ribbon's buffers
 * are made once and kept while its run is unchanged, so a slider input uploads one run; the
 * moving level's are made when the camera first moves. Every run shares one program per pass,
 * its colour and widths set in the program's uniforms just before it draws.
 */
import { Geometry, Mesh, Transform } from 'ogl';
import type { OGLRenderingContext } from 'ogl';
import type { Rgb } from '../../plot/surface-raster';
import type { Trails } from '../../state/trails';
import type { Programs } from './programs';
import type { Ribbon } from './ribbon';
import type { Level } from './motion';

/** A run's path as the scene draws it. */
export interface ScenePath {
  ribbon: Ribbon;
  /** The path laid on the moving level's mesh (the same object from one call to the next). */
  movingRibbon: () => Ribbon;
  colour: Rgb;
  selected: boolean;
  /** The run's last step (or where it diverged): from there it has no future. */
  endStep: number;
  /**
   * Dashed and thinner, a dash and its gap this long (box units): a run's averaged point (ASGD's
   * ax, Schedule-Free's x), dashed as in the 2D view; absent for a run's own path.
   */
  dash?: number;
}

/** What every path's uniforms depend on, as the scene holds it when a frame is drawn. */
export interface PathFrame {
  /** Drawing-buffer pixels per CSS pixel, times the presentation scale. */
  pixels: number;
  cursor: number;
  trails: Trails;
}

/** Half-widths in CSS pixels: a path, the selected one, and the white halo around each. */
const PATH_HALF_WIDTH = 2;
const SELECTED_HALF_WIDTH = 2.5;
const HALO = 1.5;
/** An averaged point's dashed path: narrower than the runs' own, as in the 2D view. */
const AVERAGED_HALF_WIDTH = 1.5;
/** The trails' faded future (as the 2D view's ghost, src/state/trails.ts). */
const FADED_FUTURE = 0.3;

interface Entry {
  path: ScenePath;
  colour: [number, number, number];
  /** Its ghost and line meshes at each level (the moving level's made when first shown). */
  meshes: [Mesh[], Mesh[] | null];
}

export class PathLayer {
  private entries: Entry[] = [];
  /** Buffers by what they were made from: a ribbon, or a path's moving-level maker. */
  private geometries = new Map<object, Geometry>();
  private level: Level = 0;
  /** Per level: the ghosts' and the lines' layer, shown or hidden with the level. */
  private readonly ghostLevels: [Transform, Transform] = [new Transform(), new Transform()];
  private readonly lineLevels: [Transform, Transform] = [new Transform(), new Transform()];

  constructor(
    private readonly gl: OGLRenderingContext,
    private readonly programs: Programs,
    ghosts: Transform,
    lines: Transform,
    private readonly frame: PathFrame,
  ) {
    for (const layer of this.ghostLevels) layer.setParent(ghosts);
    for (const layer of this.lineLevels) layer.setParent(lines);
    this.show(0);
  }

  /** The paths, in drawing order (the selected run last). */
  set(paths: readonly ScenePath[]): void {
    for (const entry of this.entries)
      for (const meshes of entry.meshes) for (const mesh of meshes ?? []) mesh.setParent(null);
    this.entries = paths.map((path) => {
      const entry: Entry = {
        path,
        colour: [path.colour[0] / 255, path.colour[1] / 255, path.colour[2] / 255],
        meshes: [[], null],
      };
      entry.meshes[0] = this.passes(entry, 0);
      if (this.level === 1) entry.meshes[1] = this.passes(entry, 1);
      return entry;
    });
    const kept = new Set<object>();
    for (const { path } of this.entries) kept.add(path.ribbon).add(path.movingRibbon);
    for (const [key, geometry] of this.geometries)
      if (!kept.has(key)) {
        geometry.remove();
        this.geometries.delete(key);
      }
  }

  /** Shows one level's paths (making the moving level's the first time it is shown). */
  show(level: Level): void {
    this.level = level;
    for (const l of [0, 1] as const) {
      this.ghostLevels[l].visible = l === level;
      this.lineLevels[l].visible = l === level;
    }
    if (level === 1) for (const entry of this.entries) entry.meshes[1] ??= this.passes(entry, 1);
  }

  /** A path's ghost and line at a level. */
  private passes(entry: Entry, level: Level): Mesh[] {
    const { path } = entry;
    const ribbon = level === 0 ? path.ribbon : path.movingRibbon();
    // A mesh with no coarser level gives the same ribbon: the same buffers.
    const key = ribbon === path.ribbon ? ribbon : path.movingRibbon;
    let geometry = this.geometries.get(key);
    if (!geometry) {
      geometry = new Geometry(this.gl, {
        position: { size: 3, data: ribbon.position },
        previous: { size: 3, data: ribbon.previous },
        next: { size: 3, data: ribbon.next },
        side: { size: 1, data: ribbon.side },
        step: { size: 1, data: ribbon.step },
        along: { size: 1, data: ribbon.along },
        index: { data: ribbon.index },
      });
      this.geometries.set(key, geometry);
    }
    const half = path.dash
      ? AVERAGED_HALF_WIDTH
      : path.selected
        ? SELECTED_HALF_WIDTH
        : PATH_HALF_WIDTH;
    const pass = (name: 'ghost' | 'line', parent: Transform, width: number, inner: number) => {
      const mesh = new Mesh(this.gl, {
        geometry,
        program: this.programs[name],
        frustumCulled: false,
      });
      mesh.onBeforeRender(() => {
        const uniforms = this.programs[name].uniforms;
        const { pixels } = this.frame;
        uniforms.colour!.value = entry.colour;
        uniforms.width!.value = width * pixels;
        uniforms.inner!.value = inner * pixels;
        uniforms.futureAlpha!.value = this.futureAlpha(path.endStep);
        uniforms.cursor!.value = this.frame.cursor;
        uniforms.dash!.value = path.dash ?? 0;
      });
      mesh.setParent(parent);
      return mesh;
    };
    return [
      pass('ghost', this.ghostLevels[level], half, half),
      pass('line', this.lineLevels[level], half + HALO, half),
    ];
  }

  private futureAlpha(endStep: number): number {
    const { cursor, trails } = this.frame;
    if (cursor >= endStep || trails === 'whole') return 1;
    return trails === 'faded' ? FADED_FUTURE : 0;
  }

  dispose(): void {
    this.set([]);
  }
}
