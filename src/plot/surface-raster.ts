/**
 * Contour bands and lines of a sampled surface, computed pixel by pixel into an RGBA buffer
 * (issue 17). The worker used to fill one d3-contour polygon per threshold, each covering every
 * band above it, and stroke their outlines: about 90 ms for a full 700 × 560 surface on the
 * development VM (marching squares over the grid once per threshold, then software
 * rasterisation of two dozen nested polygons). Per pixel it is one pass: f interpolated
 * bilinearly between the four nearest samples, its band by binary search over the thresholds,
 * and the contour lines drawn where f crosses a threshold, anti-aliased by the pixel's distance
 * to the crossing (the distance in "level units" divided by their gradient, as a fragment shader
 * draws isolines). Pure, so Node's tests check it.
 *
 * Samples lie at cell centres, as src/core/surface.ts lays them out: sample i of nx spans
 * device pixels [i·w/nx, (i+1)·w/nx) and sits at their middle.
 */

/** An sRGB colour, 0–255 per channel. */
export type Rgb = readonly [number, number, number];

export interface RasterSurface {
  nx: number;
  ny: number;
  /** Row-major, row 0 at the top; NaN where f is not finite. */
  values: Float64Array;
}

export interface RasterStyle {
  /** Ascending thresholds (ContourLevels.thresholds). */
  thresholds: readonly number[];
  /** thresholds.length + 1 colours: below the first threshold, each band, above the last. */
  colors: readonly Rgb[];
  /** Where f is not a number (the hatching is drawn over it by the caller). */
  undefinedColor: Rgb;
  /** The contour lines' colour, its opacity and their width in device pixels. */
  lineColor: Rgb;
  lineAlpha: number;
  lineWidth: number;
}

/** Grid coordinate and weight of each device pixel's centre along one axis. */
function axisWeights(samples: number, pixels: number): { index: Int32Array; weight: Float32Array } {
  const index = new Int32Array(pixels);
  const weight = new Float32Array(pixels);
  const scale = samples / pixels;
  for (let p = 0; p < pixels; p++) {
    // The pixel centre in grid units, with sample i at i + ½ (cell centres); clamped at the
    // edges, where the nearest sample is the value.
    const g = Math.min(samples - 1, Math.max(0, (p + 0.5) * scale - 0.5));
    const i = Math.min(samples - 2, Math.floor(g));
    index[p] = Math.max(0, i);
    weight[p] = samples < 2 ? 0 : g - index[p]!;
  }
  return { index, weight };
}

/**
 * The level coordinate of f: k + (f − t_k)/(t_{k+1} − t_k) between thresholds k and k + 1
 * (extrapolated beyond the first and last), so that the contour lines are its integers.
 */
function levelCoordinate(f: number, thresholds: readonly number[], band: number): number {
  const last = thresholds.length - 1;
  if (last < 1) return last === 0 ? f - thresholds[0]! : NaN;
  const k = Math.min(last - 1, Math.max(0, band - 1));
  const low = thresholds[k]!;
  const high = thresholds[k + 1]!;
  return k + (f - low) / (high - low || 1);
}

/** The number of thresholds ≤ f: f's band (0 below the first threshold). */
function bandOf(f: number, thresholds: readonly number[]): number {
  let low = 0;
  let high = thresholds.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (thresholds[mid]! <= f) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Fills `out` (width · height · 4 bytes, RGBA) with the surface's bands and contour lines. */
export function rasterizeSurface(
  surface: RasterSurface,
  style: RasterStyle,
  width: number,
  height: number,
  out: Uint8ClampedArray,
): void {
  const { nx, ny, values } = surface;
  const { thresholds, colors } = style;
  const xs = axisWeights(nx, width);
  const ys = axisWeights(ny, height);
  const level = new Float32Array(width * height);
  const band = new Uint8Array(width * height);
  // The next sample down and to the right (none on a grid one sample wide).
  const down = Math.min(1, ny - 1);
  const right = Math.min(1, nx - 1);

  for (let py = 0; py < height; py++) {
    const row = ys.index[py]! * nx;
    const below = row + down * nx;
    const wy = ys.weight[py]!;
    for (let px = 0; px < width; px++) {
      const i = xs.index[px]!;
      const wx = xs.weight[px]!;
      const a = values[row + i]!;
      const b = values[row + i + right]!;
      const c = values[below + i]!;
      const d = values[below + i + right]!;
      const top = a + (b - a) * wx;
      const bottom = c + (d - c) * wx;
      const f = top + (bottom - top) * wy;
      const at = py * width + px;
      if (Number.isNaN(f)) {
        level[at] = NaN;
        band[at] = 255;
        continue;
      }
      const k = bandOf(f, thresholds);
      band[at] = k;
      level[at] = levelCoordinate(f, thresholds, k);
    }
  }

  const half = style.lineWidth / 2;
  const lastLine = thresholds.length - 1;
  const [lr, lg, lb] = style.lineColor;
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      const at = py * width + px;
      const o = at * 4;
      const k = band[at]!;
      const [r, g, b] = k === 255 ? style.undefinedColor : colors[k]!;
      let alpha = 0;
      const u = level[at]!;
      if (k !== 255 && lastLine >= 0) {
        const nearest = Math.min(lastLine, Math.max(0, Math.round(u)));
        const gradient = levelGradient(level, width, height, px, py);
        if (gradient > 0) {
          const distance = Math.abs(u - nearest) / gradient;
          alpha = style.lineAlpha * Math.min(1, Math.max(0, half + 0.5 - distance));
        }
      }
      out[o] = r + (lr - r) * alpha;
      out[o + 1] = g + (lg - g) * alpha;
      out[o + 2] = b + (lb - b) * alpha;
      out[o + 3] = 255;
    }
  }
}

/** |∇u| in level units per device pixel, by central differences (one-sided at an edge or a gap). */
function levelGradient(
  level: Float32Array,
  width: number,
  height: number,
  px: number,
  py: number,
): number {
  const at = py * width + px;
  const u = level[at]!;
  const dx = difference(u, px > 0 ? level[at - 1]! : NaN, px < width - 1 ? level[at + 1]! : NaN);
  const dy = difference(
    u,
    py > 0 ? level[at - width]! : NaN,
    py < height - 1 ? level[at + width]! : NaN,
  );
  return Math.sqrt(dx * dx + dy * dy);
}

/** The derivative at u from its neighbours: central where both are numbers, else one-sided. */
function difference(u: number, before: number, after: number): number {
  const hasBefore = !Number.isNaN(before);
  const hasAfter = !Number.isNaN(after);
  if (hasBefore && hasAfter) return (after - before) / 2;
  if (hasAfter) return after - u;
  if (hasBefore) return u - before;
  return 0;
}
