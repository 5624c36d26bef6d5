import { describe, expect, it } from 'vitest';
import { rasterizeSurface, type RasterStyle, type Rgb } from '../../src/plot/surface-raster';

const COLORS: Rgb[] = [
  [10, 20, 30],
  [60, 70, 80],
  [110, 120, 130],
  [160, 170, 180],
];
const STYLE: RasterStyle = {
  thresholds: [1, 2, 3],
  colors: COLORS,
  undefinedColor: [201, 204, 209],
  lineColor: [255, 255, 255],
  lineAlpha: 0.5,
  lineWidth: 1.2,
};

/** A grid of f(i, j) at cell centres, rendered at `scale` device pixels per sample. */
function render(nx: number, ny: number, f: (i: number, j: number) => number, scale: number) {
  const values = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) values[j * nx + i] = f(i, j);
  const width = nx * scale;
  const height = ny * scale;
  const out = new Uint8ClampedArray(width * height * 4);
  rasterizeSurface({ nx, ny, values }, STYLE, width, height, out);
  const pixel = (px: number, py: number) => {
    const o = (py * width + px) * 4;
    return [out[o]!, out[o + 1]!, out[o + 2]!, out[o + 3]!];
  };
  return { width, height, pixel };
}

/** f at a pixel centre of a grid whose f grows by `slope` per sample along x (f = slope·i). */
const rampAt = (px: number, scale: number, slope: number) => ((px + 0.5) / scale - 0.5) * slope;

describe('rasterizeSurface', () => {
  it("colours a pixel by f's band, interpolated between the samples", () => {
    // f = 0.25·i over 16 samples (0 … 3.75), 4 pixels per sample: every band appears.
    const { width, pixel } = render(16, 3, (i) => 0.25 * i, 4);
    for (let px = 0; px < width; px++) {
      const f = Math.min(3.75, Math.max(0, rampAt(px, 4, 0.25)));
      const band = STYLE.thresholds.filter((t) => t <= f).length;
      // Away from a line (more than a line's width from a threshold crossing, f' = 1/16 per px).
      const toLine = Math.min(...STYLE.thresholds.map((t) => Math.abs(f - t))) * 16;
      if (toLine < 1.5) continue;
      expect(pixel(px, 5)).toEqual([...COLORS[band]!, 255]);
    }
  });

  it('draws each contour line where f crosses its threshold, anti-aliased and no wider', () => {
    const { width, pixel } = render(16, 3, (i) => 0.25 * i, 4);
    const background = (px: number) => {
      const f = rampAt(px, 4, 0.25);
      return COLORS[STYLE.thresholds.filter((t) => t <= f).length]!;
    };
    for (const threshold of STYLE.thresholds) {
      // The crossing in device pixels: f = threshold at px + ½ = (threshold/0.25 + ½)·4.
      const crossing = (threshold / 0.25 + 0.5) * 4 - 0.5;
      const near = Math.round(crossing);
      const [r] = pixel(near, 5);
      // The nearest pixel is blended towards white by up to lineAlpha, and visibly.
      const base = background(near)[0];
      const blend = (r! - base) / (255 - base);
      expect(blend).toBeGreaterThan(0.2);
      expect(blend).toBeLessThanOrEqual(STYLE.lineAlpha + 0.01);
      // Two pixels away the colour is the band's own.
      for (const px of [near - 2, near + 2]) expect(pixel(px, 5)[0]).toBe(background(px)[0]);
    }
    expect(width).toBe(64);
  });

  it('has lines of the same width where f is steep, measured in pixels', () => {
    // Four times steeper: the line still covers about lineWidth + 1 pixels.
    const { width, pixel } = render(16, 2, (i) => i, 4);
    let touched = 0;
    for (let px = 0; px < width; px++) {
      const f = rampAt(px, 4, 1);
      const band = STYLE.thresholds.filter((t) => t <= f).length;
      if (pixel(px, 3)[0] !== COLORS[Math.min(band, 3)]![0]) touched++;
    }
    // Three lines, each over at most lineWidth + 1 = 2.2 → 3 pixels.
    expect(touched).toBeGreaterThanOrEqual(3);
    expect(touched).toBeLessThanOrEqual(9);
  });

  it('paints a pixel whose samples are not a number in the undefined colour, opaque', () => {
    const { pixel } = render(4, 4, (i, j) => (i < 2 && j < 2 ? NaN : 0.5), 3);
    expect(pixel(0, 0)).toEqual([201, 204, 209, 255]);
    expect(pixel(11, 11)).toEqual([...COLORS[0]!, 255]);
  });

  it('keeps the edge samples to the edge pixels (no extrapolation past the grid)', () => {
    // f = 10·i: the first pixel's centre lies before sample 0's, where f is clamped to 0.
    const { pixel, width } = render(3, 2, (i) => 10 * i, 8);
    expect(pixel(0, 0)).toEqual([...COLORS[0]!, 255]);
    expect(pixel(width - 1, 0)).toEqual([...COLORS[3]!, 255]);
  });
});
