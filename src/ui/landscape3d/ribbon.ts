/**
 * A draped path (src/plot/drape.ts) as the vertex arrays of a screen-space ribbon
 * (shaders.ts, PATH_VERTEX): two vertices per point, one each side, with the point before and
 * after it so the shader can turn the ribbon along the path; two triangles per segment, none
 * across a break between strips; and each point's distance along the path in box units, which
 * spaces a dashed path's dashes (path-layer.ts). Pure.
 */
import type { DrapedPath } from '../../plot/drape';

export interface Ribbon {
  position: Float32Array;
  previous: Float32Array;
  next: Float32Array;
  side: Float32Array;
  step: Float32Array;
  /** Distance from the path's first point, in box units, across breaks too. */
  along: Float32Array;
  index: Uint32Array;
}

export function ribbonOf(path: DrapedPath): Ribbon {
  const count = path.steps.length;
  const position = new Float32Array(count * 6);
  const previous = new Float32Array(count * 6);
  const next = new Float32Array(count * 6);
  const side = new Float32Array(count * 2);
  const step = new Float32Array(count * 2);
  const along = new Float32Array(count * 2);
  let distance = 0;
  let segments = 0;
  for (let s = 0; s < path.strips.length; s += 2)
    segments += path.strips[s + 1]! - path.strips[s]! - 1;
  const index = new Uint32Array(segments * 6);
  let at = 0;
  const { points } = path;
  for (let s = 0; s < path.strips.length; s += 2) {
    const start = path.strips[s]!;
    const end = path.strips[s + 1]!;
    for (let p = start; p < end; p++) {
      const before = p > start ? p - 1 : p;
      const after = p < end - 1 ? p + 1 : p;
      if (p > start)
        distance += Math.hypot(
          points[p * 3]! - points[before * 3]!,
          points[p * 3 + 1]! - points[before * 3 + 1]!,
          points[p * 3 + 2]! - points[before * 3 + 2]!,
        );
      for (let v = 0; v < 2; v++) {
        const o = (p * 2 + v) * 3;
        for (let c = 0; c < 3; c++) {
          position[o + c] = points[p * 3 + c]!;
          previous[o + c] = points[before * 3 + c]!;
          next[o + c] = points[after * 3 + c]!;
        }
        side[p * 2 + v] = v === 0 ? -1 : 1;
        step[p * 2 + v] = path.steps[p]!;
        along[p * 2 + v] = distance;
      }
      if (p < end - 1) {
        const a = p * 2;
        index.set([a, a + 1, a + 2, a + 2, a + 1, a + 3], at);
        at += 6;
      }
    }
  }
  return { position, previous, next, side, step, along, index };
}
