/**
 * The visible part of a smooth parametric curve as polylines in plot pixels, sampled only where
 * the plot can show it (the local quadratic model's ellipse or hyperbola, quadratic-model.ts;
 * docs/curvature-views.md). A conic through the point under the pointer may be a million pixels
 * across (near a valley floor the model's minimum runs off to infinity), so sampling its
 * parameter evenly would leave the few hundred visible pixels with no point at all. Instead an
 * interval is split while its arc may reach the plot and is not yet straight to a quarter pixel,
 * and dropped as soon as its arc provably stays outside: the chord of an arc over [t₀, t₁] is
 * within (t₁ − t₀)²·M/4 of it, M a bound on |P''| there (linear interpolation's error,
 * ½·max|P''|·(Δt/2)² per coordinate, doubled for the two coordinates together).
 * Chords are cut to the plot (plus a margin) before they are kept: a path point a million pixels
 * out would lose its precision in the browser's single-precision geometry.
 */

/** A point in plot pixels (x right, y down). */
export type Pixel = [number, number];

/** A curve to sample: its point at t, and a bound on |P''(t)| over [t0, t1] (pixels). */
export interface ParametricCurve {
  at(t: number): Pixel;
  curvatureBound(t0: number, t1: number): number;
}

/** The plot's pixel box, with a margin around it (pixels) that the kept chords may reach into. */
export interface SampleBox {
  width: number;
  height: number;
  margin: number;
}

/** Chords stay within this many pixels of the curve. */
const TOLERANCE_PX = 0.25;
/** Chords are no longer than this (pixels), so that the drawn curve bends smoothly. */
const LONGEST_CHORD_PX = 6;
/** A split deeper than this stops (2⁻⁶⁰ of the first interval: far below a pixel). */
const MAX_DEPTH = 60;

/**
 * The polylines of `curve` over [t0, t1] that lie in `box` (to within its margin), in order of t.
 * `pieces` first intervals (more for a long closed curve, so that no visible arc hides in a chord
 * whose bound is loose).
 */
export function sampleVisible(
  curve: ParametricCurve,
  t0: number,
  t1: number,
  box: SampleBox,
  pieces = 16,
): Pixel[][] {
  const lines: Pixel[][] = [];
  let current: Pixel[] | null = null;
  const low = -box.margin;
  const highX = box.width + box.margin;
  const highY = box.height + box.margin;
  const keep = (a: Pixel, b: Pixel) => {
    const cut = clipSegment(a, b, low, highX, low, highY);
    if (!cut) {
      current = null;
      return;
    }
    const [from, to] = cut;
    const last = current?.[current.length - 1];
    if (!current || !last || last[0] !== from[0] || last[1] !== from[1]) {
      current = [from];
      lines.push(current);
    }
    current.push(to);
    // A chord cut at its far end leaves the box: the next visible chord starts a new line.
    if (to !== b) current = null;
  };
  const visit = (ta: number, a: Pixel, tb: number, b: Pixel, depth: number) => {
    const dt = tb - ta;
    const sag = (dt * dt * curve.curvatureBound(ta, tb)) / 4;
    if (!(sag >= 0) || !a.every(Number.isFinite) || !b.every(Number.isFinite)) {
      current = null; // a point that cannot be placed ends the line
      return;
    }
    if (distanceToBox(a, b, low, highX, low, highY) > sag) {
      current = null;
      return;
    }
    const chord = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if ((sag <= TOLERANCE_PX && chord <= LONGEST_CHORD_PX) || depth >= MAX_DEPTH) {
      keep(a, b);
      return;
    }
    // A straight piece (no curvature) needs no more points, however long.
    if (sag === 0) {
      keep(a, b);
      return;
    }
    const tm = ta + dt / 2;
    const m = curve.at(tm);
    visit(ta, a, tm, m, depth + 1);
    visit(tm, m, tb, b, depth + 1);
  };
  let ta = t0;
  let a = curve.at(ta);
  for (let i = 1; i <= pieces; i++) {
    const tb = i === pieces ? t1 : t0 + ((t1 - t0) * i) / pieces;
    const b = curve.at(tb);
    visit(ta, a, tb, b, 0);
    [ta, a] = [tb, b];
  }
  return lines.filter((line) => line.length >= 2);
}

/** The distance from segment ab to the box (0 when they meet). */
export function distanceToBox(
  a: Pixel,
  b: Pixel,
  x0: number,
  x1: number,
  y0: number,
  y1: number,
): number {
  if (clipSegment(a, b, x0, x1, y0, y1)) return 0;
  // Apart: the shortest distance is from an end of the segment to the box, or from a corner of
  // the box to the segment.
  const toBox = (p: Pixel) =>
    Math.hypot(Math.max(x0 - p[0], 0, p[0] - x1), Math.max(y0 - p[1], 0, p[1] - y1));
  const corners: Pixel[] = [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ];
  return Math.min(toBox(a), toBox(b), ...corners.map((c) => distanceToSegment(c, a, b)));
}

function distanceToSegment(p: Pixel, a: Pixel, b: Pixel): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const s = length2 > 0 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2 : 0;
  const t = Math.max(0, Math.min(1, s));
  return Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
}

/**
 * Segment ab cut to the box (Liang–Barsky): its part inside, with the ends that were inside kept
 * as the same objects (so a caller can tell a cut end), or null when it misses the box.
 */
export function clipSegment(
  a: Pixel,
  b: Pixel,
  x0: number,
  x1: number,
  y0: number,
  y1: number,
): [Pixel, Pixel] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let enter = 0;
  let leave = 1;
  const edges: [number, number][] = [
    [-dx, a[0] - x0],
    [dx, x1 - a[0]],
    [-dy, a[1] - y0],
    [dy, y1 - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) enter = Math.max(enter, r);
    else leave = Math.min(leave, r);
    if (enter > leave) return null;
  }
  const from: Pixel = enter === 0 ? a : [a[0] + enter * dx, a[1] + enter * dy];
  const to: Pixel = leave === 1 ? b : [a[0] + leave * dx, a[1] + leave * dy];
  return [from, to];
}
