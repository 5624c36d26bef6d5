/**
 * The local quadratic model at a point of the landscape, as screen geometry (issue 20;
 * docs/curvature-views.md): the level set of the second-order Taylor model
 *   q(θ + d) = f + g·d + ½ dᵀH d
 * — an ellipse where H is definite, a hyperbola (with its asymptotes, the saddle's own level)
 * where it is indefinite, a parabola or a pair of lines where one curvature is zero — and the
 * principal axes of H as arrows of length proportional to α·λ (quadratic-axes.ts). Pure: the
 * hover read-out's probe supplies f, g and H from the worker.
 *
 * Computed in plot pixels: the landscape has equal units on both axes (src/plot/viewport.ts), so
 * the pixel-space eigenvectors of H are its data-space ones drawn, and the sizes that decide the
 * level ("a sensible size on the screen") are pixels. The conic is written in the eigenbasis
 * w₁, w₂ of the pixel-space Hessian H̃ (eigenvalues μ₁ ≥ μ₂), in coordinates a from the point:
 *   q = f + γ₁a₁ + γ₂a₂ + ½(μ₁a₁² + μ₂a₂²),   γᵢ = g̃·wᵢ,
 * and completing the squares gives its centre cᵢ = −γᵢ/μᵢ (Newton's point: the model's minimum,
 * maximum or saddle) and μ₁X₁² + μ₂X₂² = K with Xᵢ = aᵢ − cᵢ and K = 2(ℓ − q(c)).
 */
import { eigen2 } from '../core/curvature/eigen2';
import { sampleVisible, clipSegment, type Pixel, type ParametricCurve } from './conic-sampler';

export type { Pixel } from './conic-sampler';

/** f, ∇f and the Hessian [fxx, fxy, fyy] at a point of a 2-parameter problem. */
export interface LocalQuadratic {
  point: [number, number];
  f: number;
  grad: [number, number];
  hessian: [number, number, number];
}

/** The landscape's data → plot-pixel scales and the plot's size in pixels. */
export interface PlotFrame {
  x(value: number): number;
  y(value: number): number;
  width: number;
  height: number;
}

/** What the level set is. */
export type ModelShape = 'ellipse' | 'hyperbola' | 'parabola' | 'lines' | 'line' | 'none';

export interface QuadraticModelDrawing {
  shape: ModelShape;
  /** H's eigenvalues in the problem's own units, and a unit eigenvector of λmax (data space). */
  lambdaMax: number;
  lambdaMin: number;
  vectorMax: [number, number];
  /** The level ℓ drawn, in f's units. */
  level: number;
  /** Whether ℓ = f(θ): the model's contour through the point (else one of a chosen size). */
  throughPoint: boolean;
  /** The model's stationary point c in data units; null where it has none (or it is too far). */
  center: [number, number] | null;
  /** The point θ in plot pixels. */
  origin: Pixel;
  /** The level set's visible polylines (plot pixels). */
  paths: Pixel[][];
  /** A hyperbola's asymptotes: the saddle's own level q(c) (plot pixels). */
  asymptotes: Pixel[][];
}

/**
 * The smallest drawn size of an ellipse: its longest semi-axis in pixels. The level through the
 * point is the natural one (that contour of the model touches f's own contour at θ, so the two
 * can be compared); close to the model's minimum that ellipse shrinks to a dot, and the level is
 * raised until the ellipse is this big, around the minimum and the point.
 */
export const MIN_ELLIPSE_PX = 32;
/** Beyond this many pixels a centre counts as at infinity: that curvature is taken as zero. */
const FAR_PX = 1e8;
/** A curvature below this share of the other is zero (rounding): a parabola or lines. */
const FLAT_SHARE = 1e-12;
/** How far beyond the plot the kept polylines may reach (pixels), for the line caps. */
const MARGIN_PX = 8;

/** The level set of the model at `model.point`, as it is drawn in `frame`. */
export function quadraticModel(model: LocalQuadratic, frame: PlotFrame): QuadraticModelDrawing {
  const [a, b, c] = model.hessian;
  const data = eigen2(a, b, c);
  const [x0, y0] = model.point;
  const origin: Pixel = [frame.x(x0), frame.y(y0)];
  // Pixels per data unit along each axis (sy < 0: the screen's y grows downwards).
  const sx = frame.x(x0 + 1) - origin[0];
  const sy = frame.y(y0 + 1) - origin[1];
  const base = {
    lambdaMax: data.lambdaMax,
    lambdaMin: data.lambdaMin,
    vectorMax: data.vectorMax,
    origin,
  };
  const none: QuadraticModelDrawing = {
    ...base,
    shape: 'none',
    level: model.f,
    throughPoint: true,
    center: null,
    paths: [],
    asymptotes: [],
  };
  const numbers = [a, b, c, sx, sy, model.f, ...model.grad, ...origin];
  if (!numbers.every(Number.isFinite) || sx === 0 || sy === 0) return none;

  // The model in pixel displacements e: d = (e₁/sx, e₂/sy).
  const gx = model.grad[0] / sx;
  const gy = model.grad[1] / sy;
  const pixel = eigen2(a / (sx * sx), b / (sx * sy), c / (sy * sy));
  const w1: Pixel = pixel.vectorMax;
  const w2: Pixel = [-w1[1], w1[0]];
  const mu = [pixel.lambdaMax, pixel.lambdaMin] as const;
  const axes = [w1, w2] as const;
  const gamma = [gx * w1[0] + gy * w1[1], gx * w2[0] + gy * w2[1]] as const;
  const toPixel = (a1: number, a2: number): Pixel => [
    origin[0] + a1 * w1[0] + a2 * w2[0],
    origin[1] + a1 * w1[1] + a2 * w2[1],
  ];
  const toData = (p: Pixel): [number, number] => [
    x0 + (p[0] - origin[0]) / sx,
    y0 + (p[1] - origin[1]) / sy,
  ];
  const box = { width: frame.width, height: frame.height, margin: MARGIN_PX };
  // Every point beyond this distance from `from` (pixels) is off the plot and its margin.
  const reach = (from: Pixel) =>
    Math.max(
      ...[
        [-MARGIN_PX, -MARGIN_PX],
        [frame.width + MARGIN_PX, -MARGIN_PX],
        [-MARGIN_PX, frame.height + MARGIN_PX],
        [frame.width + MARGIN_PX, frame.height + MARGIN_PX],
      ].map(([x, y]) => Math.hypot(x! - from[0], y! - from[1])),
    );

  const scale = Math.max(Math.abs(mu[0]), Math.abs(mu[1]));
  const flat = mu.map((m, i) => {
    if (Math.abs(m) <= FLAT_SHARE * scale) return true;
    return Math.abs(gamma[i]! / m) > FAR_PX;
  });

  if (!(scale > 0) || (flat[0] && flat[1])) {
    // No curvature to see: the model is the tangent plane, its level set through θ the line
    // across the gradient.
    const g = Math.hypot(gx, gy);
    if (!(g > 0)) return none;
    const along: Pixel = [-gy / g, gx / g];
    return {
      ...none,
      shape: 'line',
      paths: lineThrough(origin, along, reach(origin), box),
    };
  }

  if (flat[0] || flat[1]) {
    // One curvature is zero: along it the model is linear (a parabola), or constant (two lines).
    const j: Axis = flat[0] ? 0 : 1; // the flat axis
    const k = other(j);
    const [muK, gK, gJ] = [mu[k], gamma[k], gamma[j]];
    const cK = -gK / muK;
    const place = (along: number, across: number) =>
      k === 0 ? toPixel(along, across) : toPixel(across, along);
    if (Math.abs(gJ) <= FLAT_SHARE * Math.hypot(gx, gy) || Math.abs(gJ) === 0) {
      // q depends on aₖ alone: the level through θ is the pair aₖ = 0 and aₖ = 2cₖ, at least
      // MIN_ELLIPSE_PX apart about the valley's floor aₖ = cₖ.
      const half = Math.max(Math.abs(cK), MIN_ELLIPSE_PX / 2);
      const level = model.f - (gK * gK) / (2 * muK) + (muK * half * half) / 2;
      const r = reach(origin) + Math.abs(cK) + half;
      const direction = axes[j];
      return {
        ...none,
        shape: 'lines',
        level,
        throughPoint: half === Math.abs(cK),
        paths: [-1, 1].flatMap((side) =>
          lineThrough(place(cK + side * half, 0), direction, r, box),
        ),
      };
    }
    // ℓ = f: aⱼ = −(γₖaₖ + ½μₖaₖ²)/γⱼ, a parabola through θ with P'' = −μₖ/γⱼ along wⱼ.
    const curve: ParametricCurve = {
      at: (u) => place(u, -(gK * u + 0.5 * muK * u * u) / gJ),
      curvatureBound: () => Math.abs(muK / gJ),
    };
    const r = reach(origin);
    return { ...none, shape: 'parabola', paths: sampleVisible(curve, -r, r, box) };
  }

  // Both curvatures: a centred conic μ₁X₁² + μ₂X₂² = K.
  const center = [-gamma[0] / mu[0], -gamma[1] / mu[1]] as const;
  const centerPixel = toPixel(center[0], center[1]);
  const kThrough = (gamma[0] * gamma[0]) / mu[0] + (gamma[1] * gamma[1]) / mu[1];
  const qCenter = model.f - kThrough / 2;
  const at = (X1: number, X2: number) => toPixel(center[0] + X1, center[1] + X2);
  const base2 = { ...none, center: toData(centerPixel) };

  if (mu[0] * mu[1] > 0) {
    // Definite: an ellipse (about a minimum, or a maximum where both are negative). Its longest
    // semi-axis lies along the flatter direction: √(K/μ) for the μ of least size.
    const flatter = Math.abs(mu[0]) < Math.abs(mu[1]) ? mu[0] : mu[1];
    const longest = Math.sqrt(kThrough / flatter);
    const through = longest >= MIN_ELLIPSE_PX;
    const K = through ? kThrough : flatter * MIN_ELLIPSE_PX * MIN_ELLIPSE_PX;
    const A = Math.sqrt(K / mu[0]);
    const B = Math.sqrt(K / mu[1]);
    const curve: ParametricCurve = {
      at: (t) => at(A * Math.cos(t), B * Math.sin(t)),
      curvatureBound: () => Math.max(A, B),
    };
    return {
      ...base2,
      shape: 'ellipse',
      level: through ? model.f : qCenter + K / 2,
      throughPoint: through,
      paths: sampleVisible(curve, 0, 2 * Math.PI, box, 32),
    };
  }

  // Indefinite: a saddle. The level through θ is a hyperbola opening along the axis whose
  // curvature has K's sign; at the saddle itself (K = 0) it is the asymptotes.
  const pos: Axis = mu[0] > 0 ? 0 : 1;
  const neg = other(pos);
  const slope = Math.sqrt(mu[pos] / -mu[neg]); // asymptotes: X_neg = ±slope·X_pos
  const r = reach(centerPixel);
  const asymptotes = [-1, 1].flatMap((side) => {
    const d: [number, number] = [0, 0];
    d[pos] = 1;
    d[neg] = side * slope;
    const n = Math.hypot(d[0], d[1]);
    const direction = toPixel(d[0] / n, d[1] / n);
    return lineThrough(centerPixel, [direction[0] - origin[0], direction[1] - origin[1]], r, box);
  });
  if (kThrough === 0) return { ...base2, shape: 'hyperbola', paths: asymptotes, asymptotes: [] };
  const open = kThrough > 0 ? pos : neg; // the axis the branches cross
  const across = other(open);
  const A = Math.sqrt(kThrough / mu[open]);
  const B = Math.sqrt(-kThrough / mu[across]);
  // Far enough along either branch to be off the plot: |P − c| ≥ max(A·cosh t, B·|sinh t|).
  const T = Math.min(Math.acosh(Math.max(1, r / A)), Math.asinh(r / B)) + 0.5;
  const paths = [-1, 1].flatMap((branch) => {
    const curve: ParametricCurve = {
      at: (t) => {
        const X: [number, number] = [0, 0];
        X[open] = branch * A * Math.cosh(t);
        X[across] = B * Math.sinh(t);
        return at(X[0], X[1]);
      },
      curvatureBound: (t0, t1) => {
        const t = Math.max(Math.abs(t0), Math.abs(t1));
        return Math.hypot(A * Math.cosh(t), B * Math.sinh(t));
      },
    };
    return sampleVisible(curve, -T, T, box);
  });
  return { ...base2, shape: 'hyperbola', paths, asymptotes };
}

/** An axis of the eigenbasis, and the other one. */
type Axis = 0 | 1;
const other = (axis: Axis): Axis => (axis === 0 ? 1 : 0);

/** The straight line through `from` along `direction`, cut to the box, as one polyline. */
function lineThrough(
  from: Pixel,
  direction: Pixel,
  reach: number,
  box: { width: number; height: number; margin: number },
): Pixel[][] {
  const n = Math.hypot(direction[0], direction[1]);
  if (!(n > 0)) return [];
  const [ux, uy] = [direction[0] / n, direction[1] / n];
  const cut = clipSegment(
    [from[0] - ux * reach, from[1] - uy * reach],
    [from[0] + ux * reach, from[1] + uy * reach],
    -box.margin,
    box.width + box.margin,
    -box.margin,
    box.height + box.margin,
  );
  return cut ? [cut] : [];
}
