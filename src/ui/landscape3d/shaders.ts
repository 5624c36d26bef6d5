/**
 * The 3D view's GLSL (issue 19; docs/3d.md). Shaders are text the GPU driver compiles, not script:
 * the Content-Security-Policy has no say over them (docs/security.md). Written once in GLSL ES
 * 1.00 and given a WebGL 2 header when the context is WebGL 2 (`glsl`); WebGL 1 needs
 * OES_standard_derivatives for the contour lines' fwidth, which ogl's renderer turns on.
 */

/** The source for the context: GLSL ES 3.00 through macros on WebGL 2, ES 1.00 otherwise. */
export function glsl(source: string, stage: 'vertex' | 'fragment', webgl2: boolean): string {
  if (webgl2) {
    const io =
      stage === 'vertex'
        ? '#define attribute in\n#define varying out\n'
        : '#define varying in\n#define texture2D texture\nout vec4 fragColour;\n#define gl_FragColor fragColour\n';
    return `#version 300 es\nprecision highp float;\n${io}${source}`;
  }
  const extension = stage === 'fragment' ? '#extension GL_OES_standard_derivatives : enable\n' : '';
  return `${extension}precision highp float;\n${source}`;
}

/**
 * The surface: each vertex carries its position on the colours' scale (0 … 1); the fragment picks
 * its band as the 2D view does (band k for a unit in [k, k + 1) / bands) from a one-row texture of
 * the band colours, draws a contour line where the unit crosses a threshold (anti-aliased by the
 * unit's screen-space derivative, as the 2D raster draws its lines), and shades by a light from
 * above and behind the eye so slopes read as slopes without darkening the colours much.
 */
export const SURFACE_VERTEX = `
attribute vec3 position;
attribute vec3 normal;
attribute float colourUnit;
uniform mat4 modelViewMatrix;
uniform mat4 projectionMatrix;
varying float vUnit;
varying vec3 vNormal;
void main() {
  vUnit = colourUnit;
  vNormal = normal;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`;

export const SURFACE_FRAGMENT = `
uniform sampler2D bandColours;
uniform float bands;
uniform vec3 light;
uniform float lineAlpha;
uniform float lineWidth;
varying float vUnit;
varying vec3 vNormal;
void main() {
  float u = vUnit * bands;
  float band = clamp(floor(u), 0.0, bands - 1.0);
  vec3 colour = texture2D(bandColours, vec2((band + 0.5) / bands, 0.5)).rgb;
  // Thresholds at u = 1 … bands − 1: the distance to the nearest, in pixels.
  float nearest = clamp(floor(u + 0.5), 1.0, bands - 1.0);
  float pixels = abs(u - nearest) / max(fwidth(u), 1e-6);
  float line = lineAlpha * clamp(lineWidth * 0.5 + 0.5 - pixels, 0.0, 1.0);
  colour = mix(colour, vec3(1.0), line);
  vec3 n = normalize(vNormal);
  float lit = 0.62 + 0.38 * abs(dot(n, light));
  gl_FragColor = vec4(colour * lit, 1.0);
}
`;

/**
 * A path as a ribbon of screen-space width, its line in the middle and its white halo at the
 * sides drawn in one pass: each point is two vertices pushed apart across the
 * path's direction on the screen, its outer pixel faded (the context has no multisampling: in
 * software GL it cost more than half of each frame, docs/3d.md). The points are lifted towards the eye by `lift` (box units) so
 * that a path lying on the surface is not hidden by the triangles it lies on. Each carries its
 * step: the part after the cursor is drawn as the trails say (`futureAlpha`: 1 whole, a ghost,
 * or 0 hidden), and a dashed path (`dash` > 0, a length in box units) shows 60% of each `dash`.
 */
export const PATH_VERTEX = `
attribute vec3 position;
attribute vec3 previous;
attribute vec3 next;
attribute float side;
attribute float step;
attribute float along;
uniform mat4 modelViewMatrix;
uniform mat4 projectionMatrix;
uniform vec2 resolution;
uniform float width;
uniform float lift;
varying float vStep;
varying float vAlong;
varying float vEdge;
varying float vWidth;
vec4 clip(vec3 p) {
  // Towards the eye along its axis (it looks down −z): one addition, no normalisation.
  return projectionMatrix * (modelViewMatrix * vec4(p, 1.0) + vec4(0.0, 0.0, lift, 0.0));
}
void main() {
  vec4 here = clip(position);
  vec4 before = clip(previous);
  vec4 after = clip(next);
  vec2 direction = after.xy / after.w * resolution - before.xy / before.w * resolution;
  direction = length(direction) < 1e-6 ? vec2(1.0, 0.0) : normalize(direction);
  vec2 across = vec2(-direction.y, direction.x) * side * width;
  here.xy += across / resolution * here.w;
  gl_Position = here;
  vStep = step;
  vAlong = along;
  vEdge = side * width;
  vWidth = width;
}
`;

export const PATH_FRAGMENT = `
uniform vec3 colour;
uniform float alpha;
uniform float cursor;
uniform float futureAlpha;
uniform float dash;
uniform float inner;
uniform float haloAlpha;
varying float vStep;
varying float vAlong;
varying float vEdge;
varying float vWidth;
void main() {
  // The ribbon's outer device pixel fades out: its edges are smooth without multisampling.
  float a = alpha * clamp(vWidth - abs(vEdge) + 0.5, 0.0, 1.0);
  // The line in its colour inside \`inner\` pixels of the middle, its white halo outside.
  float line = clamp(inner - abs(vEdge) + 0.5, 0.0, 1.0);
  vec3 shade = mix(vec3(1.0), colour, line);
  a *= mix(haloAlpha, 1.0, line);
  if (vStep > cursor + 0.001) {
    if (futureAlpha <= 0.0) discard;
    a *= futureAlpha;
  }
  // A dashed path (a run's averaged point): on for 60% of every \`dash\` of its length (box
  // units); 0 for solid.
  if (dash > 0.0 && mod(vAlong, dash) > 0.6 * dash) discard;
  gl_FragColor = vec4(shade, a);
}
`;

/**
 * Markers as points: the current step in the run's colour ringed in white (kind 0), the start
 * as a white ring with a dark dot (kind 1), the global minimum as a white star outlined dark
 * (kind 2), a local minimum as a dot (3), a saddle as a diamond (4), and a run's averaged point
 * as a ring in the run's colour around white (5), as the 2D view marks them.
 */
export const MARKER_VERTEX = `
attribute vec3 position;
attribute vec3 colour;
attribute float size;
attribute float kind;
uniform mat4 modelViewMatrix;
uniform mat4 projectionMatrix;
uniform float lift;
uniform float pixelRatio;
varying vec3 vColour;
varying float vKind;
void main() {
  vec4 eye = modelViewMatrix * vec4(position, 1.0);
  eye.z += lift;
  gl_Position = projectionMatrix * eye;
  gl_PointSize = size * pixelRatio;
  vColour = colour;
  vKind = kind;
}
`;

export const MARKER_FRAGMENT = `
uniform float alpha;
varying vec3 vColour;
varying float vKind;
void main() {
  vec2 p = gl_PointCoord * 2.0 - 1.0;
  float r = length(p);
  vec3 dark = vec3(0.09, 0.13, 0.17);
  vec3 colour;
  if (vKind < 0.5) {
    if (r > 1.0) discard;
    colour = r > 0.62 ? vec3(1.0) : vColour;
  } else if (vKind < 1.5) {
    if (r > 1.0) discard;
    colour = r > 0.78 ? dark : r > 0.5 ? vec3(1.0) : r > 0.28 ? dark : vec3(1.0);
  } else if (vKind < 2.5) {
    // A five-pointed star, pointing up: its radius swings between 0.45 and 1 with the angle.
    float angle = atan(p.x, -p.y);
    float edge = 0.45 + 0.55 * pow(0.5 + 0.5 * cos(5.0 * angle), 2.0);
    if (r > edge) discard;
    colour = r > edge - 0.2 ? dark : vec3(1.0);
  } else if (vKind < 3.5) {
    if (r > 1.0) discard;
    colour = r > 0.6 ? dark : vec3(1.0);
  } else if (vKind < 4.5) {
    float d = abs(p.x) + abs(p.y);
    if (d > 1.0) discard;
    colour = d > 0.65 ? dark : vec3(1.0);
  } else {
    if (r > 1.0) discard;
    colour = r > 0.55 ? vColour : vec3(1.0);
  }
  gl_FragColor = vec4(colour, alpha);
}
`;

/** The floor's frame and grounding: flat colour, no lighting. */
export const FLAT_VERTEX = `
attribute vec3 position;
uniform mat4 modelViewMatrix;
uniform mat4 projectionMatrix;
void main() {
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`;

export const FLAT_FRAGMENT = `
uniform vec3 colour;
uniform float alpha;
void main() {
  gl_FragColor = vec4(colour, alpha);
}
`;
