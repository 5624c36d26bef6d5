/**
 * The 3D scene's shader programs, one per kind of pass and shared by every mesh of that kind
 * (src/ui/landscape3d/scene.ts): the surface, the floor and its frame, a path's ghost through
 * the surface, its white halo and its line, the markers' ghosts and the markers.
 */
import { Program } from 'ogl';
import type { OGLRenderingContext } from 'ogl';
import {
  FLAT_FRAGMENT,
  FLAT_VERTEX,
  MARKER_FRAGMENT,
  MARKER_VERTEX,
  PATH_FRAGMENT,
  PATH_VERTEX,
  SURFACE_FRAGMENT,
  SURFACE_VERTEX,
  glsl,
} from './shaders';

export type Programs = Record<
  'surface' | 'floor' | 'frame' | 'ghost' | 'line' | 'markerGhost' | 'marker',
  Program
>;

/** How far paths and markers are lifted towards the eye (box units) off the surface they lie on. */
const LIFT = 0.012;
/** The faint copy of a path drawn through the surface, so a path behind a hill is still seen. */
const GHOST_ALPHA = 0.45;

export function makePrograms(gl: OGLRenderingContext, webgl2: boolean): Programs {
  const program = (
    vertex: string,
    fragment: string,
    uniforms: Record<string, { value: unknown }>,
    options: { transparent?: boolean; depthTest?: boolean; depthWrite?: boolean } = {},
  ) =>
    new Program(gl, {
      vertex: glsl(vertex, 'vertex', webgl2),
      fragment: glsl(fragment, 'fragment', webgl2),
      uniforms,
      cullFace: false,
      ...options,
    });
  const pathUniforms = (alpha: number) => ({
    resolution: { value: [1, 1] },
    width: { value: 1 },
    inner: { value: 1 },
    haloAlpha: { value: 0.85 },
    lift: { value: LIFT },
    colour: { value: [1, 1, 1] },
    alpha: { value: alpha },
    cursor: { value: 0 },
    futureAlpha: { value: 1 },
    dash: { value: 0 },
  });
  const markerUniforms = (alpha: number) => ({
    lift: { value: LIFT * 2 },
    pixelRatio: { value: 1 },
    alpha: { value: alpha },
  });
  const flatUniforms = () => ({ colour: { value: [0, 0, 0] }, alpha: { value: 1 } });
  // Over the surface where it does not hide them, or through it (the ghosts).
  const over = { transparent: true, depthTest: true, depthWrite: false };
  const through = { transparent: true, depthTest: false, depthWrite: false };
  return {
    surface: program(SURFACE_VERTEX, SURFACE_FRAGMENT, {
      bandColours: { value: null },
      bands: { value: 1 },
      // From above, behind the eye's left shoulder: slopes read as slopes.
      light: { value: [0.3, -0.5, 0.81] },
      // The contour lines as the 2D view draws them (src/engine/paint.ts).
      lineAlpha: { value: 0.55 },
      lineWidth: { value: 1.2 },
    }),
    floor: program(FLAT_VERTEX, FLAT_FRAGMENT, flatUniforms()),
    frame: program(FLAT_VERTEX, FLAT_FRAGMENT, flatUniforms(), over),
    ghost: program(PATH_VERTEX, PATH_FRAGMENT, pathUniforms(GHOST_ALPHA), through),
    line: program(PATH_VERTEX, PATH_FRAGMENT, pathUniforms(1), over),
    markerGhost: program(MARKER_VERTEX, MARKER_FRAGMENT, markerUniforms(0.6), through),
    marker: program(MARKER_VERTEX, MARKER_FRAGMENT, markerUniforms(1), over),
  };
}
