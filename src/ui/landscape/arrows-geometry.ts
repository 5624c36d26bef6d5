/**
 * The arrows at the cursor step as screen geometry (docs/arrows.md): which vector each arrow
 * draws, in the landscape's data units, and where it lands on the screen. Pure, so the scaling,
 * the clipping of long arrows, the plane projection of a model's vectors and the label placement
 * are unit-tested without a browser.
 */

export type Vec2 = [number, number];

/** A data → pixel mapping per axis (the landscape's d3 scales). */
export interface Scales {
  x(value: number): number;
  y(value: number): number;
}

/** An arrow from (x1, y1) to its tip (x2, y2) in plot pixels. */
export interface ScreenArrow {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Shortened to the longest drawable length: its true tip is further along. */
  clipped: boolean;
}

/** Arrows shorter than this many pixels point nowhere visible: nothing is drawn. */
export const MIN_ARROW_PX = 3;

/**
 * How far inside the plot's edges a −α∇f or state arrow's tip must stay (pixels): room for its
 * head and the start of its label.
 */
export const EDGE_PX = 16;

/** The plot area arrows are fitted into (pixels, from 0). */
export interface PlotBox {
  width: number;
  height: number;
}

/**
 * −α·v: a gradient-unit vector (∇f, the momentum buffer b, m̂, m) as the step plain gradient
 * descent would take along it at the run's α (docs/optimizers.md: θ ← θ − α g, and θ ← θ − α b
 * for heavy-ball momentum). So −α∇f is plain GD's next step from θₖ, comparable with Δθ.
 */
export function descentStep(vector: Vec2, lr: number): Vec2 {
  return [-lr * vector[0], -lr * vector[1]];
}

/** Δθ = θₖ − θₖ₋₁ from a flattened trajectory of 2-coordinate points; null at step 0. */
export function stepTaken(trajectory: ArrayLike<number>, step: number): Vec2 | null {
  if (step < 1 || 2 * step + 1 >= trajectory.length) return null;
  return [
    trajectory[2 * step]! - trajectory[2 * step - 2]!,
    trajectory[2 * step + 1]! - trajectory[2 * step - 1]!,
  ];
}

/**
 * A model's vector v (one entry per parameter) on the landscape's plane: the (a, b) whose
 * a·d₁ + b·d₂ is closest to v, through the same 2 × 2 Gram system as the trajectories'
 * projection (src/core/slice.ts, projectTrajectory), so that the arrows and the paths agree.
 */
export function projectVector(
  v: ArrayLike<number>,
  d1: ArrayLike<number>,
  d2: ArrayLike<number>,
): Vec2 {
  let g11 = 0;
  let g12 = 0;
  let g22 = 0;
  let r1 = 0;
  let r2 = 0;
  for (let i = 0; i < v.length; i++) {
    g11 += d1[i]! * d1[i]!;
    g12 += d1[i]! * d2[i]!;
    g22 += d2[i]! * d2[i]!;
    r1 += v[i]! * d1[i]!;
    r2 += v[i]! * d2[i]!;
  }
  const det = g11 * g22 - g12 * g12;
  if (det > 1e-12 * g11 * g22) return [(g22 * r1 - g12 * r2) / det, (g11 * r2 - g12 * r1) / det];
  if (g11 > 0) return [r1 / g11, 0];
  if (g22 > 0) return [0, r2 / g22];
  return [0, 0];
}

/**
 * The arrow from data point `from` along data vector `vector`, on the screen, at its true
 * length. With `box`, an arrow whose tip would leave the plot (less EDGE_PX) ends at that edge
 * instead, `clipped`: a too-large α makes α‖∇f‖ many windows long, and a tip off the plot would
 * take the head and the label with it. null when not finite, shorter than MIN_ARROW_PX, or
 * starting outside the plot (its marker is not drawn there either).
 */
export function screenArrow(
  from: Vec2,
  vector: Vec2,
  scales: Scales,
  box?: PlotBox,
): ScreenArrow | null {
  const x1 = scales.x(from[0]);
  const y1 = scales.y(from[1]);
  let dx = scales.x(from[0] + vector[0]) - x1;
  let dy = scales.y(from[1] + vector[1]) - y1;
  if (![x1, y1, dx, dy].every(Number.isFinite)) return null;
  if (Math.hypot(dx, dy) < MIN_ARROW_PX) return null;
  let clipped = false;
  if (box) {
    if (x1 < 0 || y1 < 0 || x1 > box.width || y1 > box.height) return null;
    const share = Math.min(
      exitShare(x1, dx, EDGE_PX, box.width - EDGE_PX),
      exitShare(y1, dy, EDGE_PX, box.height - EDGE_PX),
    );
    if (share < 1) {
      clipped = true;
      // A start already at the edge still gets a visible stub pointing the right way.
      const length = Math.hypot(dx, dy);
      const kept = Math.max(share * length, Math.min(length, 3 * EDGE_PX));
      dx *= kept / length;
      dy *= kept / length;
    }
  }
  return { x1, y1, x2: x1 + dx, y2: y1 + dy, clipped };
}

/** The share of a move of `d` from `p` that stays within [low, high] (1: all of it). */
function exitShare(p: number, d: number, low: number, high: number): number {
  if (d > 0 && p + d > high) return Math.max(0, (high - p) / d);
  if (d < 0 && p + d < low) return Math.max(0, (low - p) / d);
  return 1;
}

/** The current-step marker's radius (ProgressLayer draws the selected run's at 7 px). */
export const MARKER_PX = 7;

/**
 * The arrow as drawn: its start moved `startPx` along it and its tip `endPx` back, so that an
 * arrow leaving the marker starts at its rim and one arriving (Δθ) shows its head beside it
 * rather than under the arrows that leave. Unchanged when too short to spare that.
 */
export function inset(arrow: ScreenArrow, startPx: number, endPx: number): ScreenArrow {
  const { x1, y1, x2, y2 } = arrow;
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length < startPx + endPx + 2 * MIN_ARROW_PX) return arrow;
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  return {
    ...arrow,
    x1: x1 + ux * startPx,
    y1: y1 + uy * startPx,
    x2: x2 - ux * endPx,
    y2: y2 - uy * endPx,
  };
}

/** Within this angle an arrow leaving the marker lies on the Δθ that arrived there. */
const OVERLAP_COS = Math.cos((10 * Math.PI) / 180);

/**
 * Δθ moved `px` sideways when an arrow leaving the same point (`others`) points back along it:
 * the overshoot's very picture (−α∇f pointing back across the valley, over the step just taken),
 * where the two would otherwise be drawn on top of each other. Unchanged otherwise.
 */
export function besideOverlaps(
  step: ScreenArrow,
  others: readonly ScreenArrow[],
  px = 5,
): ScreenArrow {
  const dx = step.x2 - step.x1;
  const dy = step.y2 - step.y1;
  const length = Math.hypot(dx, dy);
  const back = others.some((other) => {
    const ox = other.x2 - other.x1;
    const oy = other.y2 - other.y1;
    const olength = Math.hypot(ox, oy);
    return olength > 0 && -(dx * ox + dy * oy) / (length * olength) > OVERLAP_COS;
  });
  if (!back || length === 0) return step;
  // The normal on the upper side (screen y up), where the Δθ label goes too.
  let nx = dy / length;
  let ny = -dx / length;
  if (ny > 0 || (ny === 0 && nx < 0)) [nx, ny] = [-nx, -ny];
  return {
    ...step,
    x1: step.x1 + nx * px,
    y1: step.y1 + ny * px,
    x2: step.x2 + nx * px,
    y2: step.y2 + ny * px,
  };
}

/** The arrow's head: a filled triangle at the tip, at most half the arrow long. */
export function arrowHead(arrow: ScreenArrow, size = 11): string {
  const { x1, y1, x2, y2 } = arrow;
  const length = Math.hypot(x2 - x1, y2 - y1);
  const s = Math.min(size, length / 2);
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  const bx = x2 - ux * s;
  const by = y2 - uy * s;
  const w = s * 0.45;
  return `M${r(x2)},${r(y2)}L${r(bx - uy * w)},${r(by + ux * w)}L${r(bx + uy * w)},${r(by - ux * w)}Z`;
}

/** The shaft: from the start to the base of the head, so a thick line does not blunt the tip. */
export function arrowShaft(arrow: ScreenArrow, size = 11): string {
  const { x1, y1, x2, y2 } = arrow;
  const length = Math.hypot(x2 - x1, y2 - y1);
  const s = Math.min(size, length / 2) * 0.8;
  return `M${r(x1)},${r(y1)}L${r(x2 - ((x2 - x1) / length) * s)},${r(y2 - ((y2 - y1) / length) * s)}`;
}

/** Two short slashes across a clipped arrow's shaft, two thirds along: "longer than drawn". */
export function breakMark(arrow: ScreenArrow): string {
  const { x1, y1, x2, y2 } = arrow;
  const length = Math.hypot(x2 - x1, y2 - y1);
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  const slash = (t: number) => {
    const cx = x1 + (x2 - x1) * t;
    const cy = y1 + (y2 - y1) * t;
    // Slanted 30° off the perpendicular, as an axis break is drawn.
    const px = -uy * 6 + ux * 3;
    const py = ux * 6 + uy * 3;
    return `M${r(cx - px)},${r(cy - py)}L${r(cx + px)},${r(cy + py)}`;
  };
  const gap = Math.min(0.06, 4 / length);
  return slash(0.62 - gap) + slash(0.62 + gap);
}

export interface LabelPlacement {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Where an arrow's label goes: `at: 'tip'` just beyond the tip, along the arrow (−α∇f, the
 * state); `at: 'middle'` beside the middle of the shaft (Δθ, whose tip is the current point,
 * where the other arrows start). The anchor follows the direction, so the text grows away from
 * the arrow rather than over it.
 */
export function labelPlacement(
  arrow: ScreenArrow,
  at: 'tip' | 'middle',
  box?: PlotBox,
  gap = 7,
): LabelPlacement {
  const { x1, y1, x2, y2 } = arrow;
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  let ux = (x2 - x1) / length;
  let uy = (y2 - y1) / length;
  let x = x2;
  let y = y2;
  if (at === 'middle') {
    // Beside the shaft: the normal on the upper side (or the right side for a vertical arrow).
    x = (x1 + x2) / 2;
    y = (y1 + y2) / 2;
    let nx = uy;
    let ny = -ux;
    if (ny > 0 || (ny === 0 && nx < 0)) [nx, ny] = [-nx, -ny];
    [ux, uy] = [nx, ny];
  }
  let anchor: LabelPlacement['anchor'] = ux > 0.35 ? 'start' : ux < -0.35 ? 'end' : 'middle';
  // Text sits on its baseline: below the point it needs its height, above only the gap.
  const baseline = uy > 0.35 ? 11 : uy < -0.35 ? -2 : 4;
  let lx = x + ux * gap;
  let ly = y + uy * gap + baseline;
  if (box) {
    // Near an edge the text grows back into the plot rather than off it.
    if (lx > box.width - LABEL_ROOM_PX) anchor = 'end';
    else if (lx < LABEL_ROOM_PX) anchor = 'start';
    lx = Math.max(2, Math.min(box.width - 2, lx));
    ly = Math.max(14, Math.min(box.height - 3, ly));
  }
  return { x: lx, y: ly, anchor };
}

/** A label's rough width at 14 px bold: enough to keep two labels apart. */
export const labelWidth = (text: string) => 8.5 * [...text].length;

/**
 * Labels moved apart where they would overlap (all runs' arrows bunch up where the runs start
 * together): each, in order, keeps its place if free, else takes the first free of a line below,
 * above, two below, two above. A label with no free place keeps its own.
 */
export function separateLabels(
  labels: readonly (LabelPlacement & { width: number })[],
): LabelPlacement[] {
  const taken: { left: number; right: number; top: number; bottom: number }[] = [];
  const boxOf = (l: LabelPlacement & { width: number }, dy: number) => {
    const left =
      l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - l.width : l.x - l.width / 2;
    return { left, right: left + l.width, top: l.y + dy - 13, bottom: l.y + dy + 3 };
  };
  return labels.map((label) => {
    for (const dy of [0, 16, -16, 32, -32]) {
      const box = boxOf(label, dy);
      const free = taken.every(
        (t) =>
          box.right <= t.left || box.left >= t.right || box.bottom <= t.top || box.top >= t.bottom,
      );
      if (free) {
        taken.push(box);
        return { x: label.x, y: label.y + dy, anchor: label.anchor };
      }
    }
    taken.push(boxOf(label, 0));
    return { x: label.x, y: label.y, anchor: label.anchor };
  });
}

/** About the width of the longest label ("−α∇f ×12" at 14 px): where a label must turn back. */
const LABEL_ROOM_PX = 64;

const r = (value: number) => Math.round(value * 10) / 10;
