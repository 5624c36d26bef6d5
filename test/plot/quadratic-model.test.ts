import { describe, expect, it } from 'vitest';
import { hessian2Of } from '../../src/core/curvature/hessian2';
import { buildProblem } from '../../src/core/problems';
import { clipSegment, sampleVisible } from '../../src/plot/conic-sampler';
import {
  MIN_ELLIPSE_PX,
  quadraticModel,
  type LocalQuadratic,
  type Pixel,
  type PlotFrame,
  type QuadraticModelDrawing,
} from '../../src/plot/quadratic-model';
import { AXIS_MAX_PX, AXIS_UNIT_PX, axisArrows } from '../../src/plot/quadratic-axes';
import type { ProblemSpec } from '../../src/scenario/types';

/** A square plot of `size` pixels showing [x0, x1] × [y0, y1] (equal units, y up). */
function frameOf(size: number, [x0, x1]: [number, number], [y0, y1]: [number, number]): PlotFrame {
  return {
    x: (x) => ((x - x0) / (x1 - x0)) * size,
    y: (y) => ((y1 - y) / (y1 - y0)) * size,
    width: size,
    height: size,
  };
}

/** f, ∇f and the exact Hessian of `spec` at `point`, as the worker's probe gives them. */
function localModelOf(spec: ProblemSpec, point: [number, number]): LocalQuadratic {
  const problem = buildProblem(spec);
  const grad = new Float64Array(2);
  const f = problem.valueAndGrad(Float64Array.from(point), grad);
  const h = new Float64Array(3);
  hessian2Of(spec)!(point[0], point[1], h);
  return { point, f, grad: [grad[0]!, grad[1]!], hessian: [h[0]!, h[1]!, h[2]!] };
}

const fn = (name: string): ProblemSpec => ({ type: 'function', name });
const formula = (expr: string): ProblemSpec => ({ type: 'expression', expr });

/** The data point under a plot pixel. */
function dataAt(frame: PlotFrame, model: LocalQuadratic, p: Pixel): [number, number] {
  const [x0, y0] = model.point;
  const sx = frame.x(x0 + 1) - frame.x(x0);
  const sy = frame.y(y0 + 1) - frame.y(y0);
  return [x0 + (p[0] - frame.x(x0)) / sx, y0 + (p[1] - frame.y(y0)) / sy];
}

/** q(θ + d) = f + g·d + ½dᵀHd at the data point under pixel p. */
function qAt(frame: PlotFrame, model: LocalQuadratic, p: Pixel): number {
  const [x, y] = dataAt(frame, model, p);
  const [dx, dy] = [x - model.point[0], y - model.point[1]];
  const [a, b, c] = model.hessian;
  return (
    model.f +
    model.grad[0] * dx +
    model.grad[1] * dy +
    0.5 * (a * dx * dx + 2 * b * dx * dy + c * dy * dy)
  );
}

/** Points strictly inside the plot: those cut at its edge lie on a chord, not on the curve. */
const inside = (frame: PlotFrame, lines: Pixel[][]) =>
  lines.flat().filter(([x, y]) => x > 0 && y > 0 && x < frame.width && y < frame.height);

/**
 * Every drawn point is on the level set: |q − ℓ| within 1e-9 of q's own size there (the points
 * are the parametric curve's, exact up to rounding in a few operations).
 */
function expectOnLevel(frame: PlotFrame, model: LocalQuadratic, drawing: QuadraticModelDrawing) {
  const points = inside(frame, drawing.paths);
  expect(points.length).toBeGreaterThan(20);
  for (const p of points) {
    const q = qAt(frame, model, p);
    expect(Math.abs(q - drawing.level)).toBeLessThanOrEqual(
      1e-9 * Math.max(1, Math.abs(drawing.level), Math.abs(model.f)),
    );
  }
}

/** The smallest distance from pixel `p` to the drawn polylines. */
function nearest(lines: Pixel[][], p: Pixel): number {
  let best = Infinity;
  for (const line of lines)
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1]!, line[i]!];
      const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
      const s = Math.max(
        0,
        Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)),
      );
      best = Math.min(best, Math.hypot(a[0] + s * dx - p[0], a[1] + s * dy - p[1]));
    }
  return best;
}

describe('the local quadratic model: an ellipse where H is positive definite', () => {
  const frame = frameOf(600, [-6, 6], [-6, 6]);

  it('on the ellipse 0.1x² + 2y² is f’s own contour through the point, centred at the minimum', () => {
    const model = localModelOf(fn('ellipse'), [3, 1]);
    const drawing = quadraticModel(model, frame);
    expect(drawing.shape).toBe('ellipse');
    expect(drawing.throughPoint).toBe(true);
    expect(drawing.level).toBeCloseTo(2.9, 12);
    expect(drawing.lambdaMax).toBeCloseTo(4, 12);
    expect(drawing.lambdaMin).toBeCloseTo(0.2, 12);
    expect(drawing.center![0]).toBeCloseTo(0, 12);
    expect(drawing.center![1]).toBeCloseTo(0, 12);
    expectOnLevel(frame, model, drawing);
    // One closed curve through θ: semi-axes √29 and √1.45 (50 px per unit) fit in the plot.
    expect(drawing.paths).toHaveLength(1);
    const path = drawing.paths[0]!;
    expect(Math.hypot(path[0]![0] - path.at(-1)![0], path[0]![1] - path.at(-1)![1])).toBeLessThan(
      1e-9,
    );
    expect(nearest(drawing.paths, drawing.origin)).toBeLessThan(0.5);
    const xs = path.map(([x]) => x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(2 * Math.sqrt(29) * 50, 6);
  });

  it('close to the minimum the level is raised until the ellipse is MIN_ELLIPSE_PX long', () => {
    const model = localModelOf(fn('ellipse'), [0.02, -0.01]);
    const drawing = quadraticModel(model, frame);
    expect(drawing.shape).toBe('ellipse');
    expect(drawing.throughPoint).toBe(false);
    expect(drawing.level).toBeGreaterThan(model.f); // θ inside the drawn ellipse
    expectOnLevel(frame, model, drawing);
    const xs = drawing.paths.flat().map(([x]) => x);
    expect((Math.max(...xs) - Math.min(...xs)) / 2).toBeCloseTo(MIN_ELLIPSE_PX, 6);
  });

  it('in Rosenbrock’s valley is a long thin ellipse through the point, cut by the plot', () => {
    const rosenbrock = frameOf(400, [-2, 2], [-1, 3]);
    const model = localModelOf(fn('rosenbrock'), [-1, 1]);
    const drawing = quadraticModel(model, rosenbrock);
    expect(drawing.shape).toBe('ellipse');
    expect(drawing.throughPoint).toBe(true);
    expect(drawing.lambdaMax / drawing.lambdaMin).toBeGreaterThan(1000);
    // The model's minimum: θ − H⁻¹∇f = (−1, 1) − (−2, 4) = (1, −3), below the plot.
    expect(drawing.center![0]).toBeCloseTo(1, 9);
    expect(drawing.center![1]).toBeCloseTo(-3, 9);
    expectOnLevel(rosenbrock, model, drawing);
    expect(nearest(drawing.paths, drawing.origin)).toBeLessThan(0.5);
  });

  it('where H is nearly singular (the ellipse a billion pixels long) still draws its part near θ', () => {
    // Just above Rosenbrock's valley floor det H = 80000(x² − y) + 400 is nearly 0.
    const rosenbrock = frameOf(400, [-2, 2], [-1, 3]);
    const model = localModelOf(fn('rosenbrock'), [0.5, 0.25 + 0.005 - 1e-7]);
    const drawing = quadraticModel(model, rosenbrock);
    expect(['ellipse', 'parabola']).toContain(drawing.shape);
    expect(nearest(drawing.paths, drawing.origin)).toBeLessThan(0.5);
    for (const p of inside(rosenbrock, drawing.paths)) {
      // Far from its centre the curve's points carry the rounding of its size (≈1e9 px): the
      // model's value is checked to within 1e-6 of f's scale there.
      expect(Math.abs(qAt(rosenbrock, model, p) - drawing.level)).toBeLessThan(1e-6);
    }
  });
});

describe('the local quadratic model of a saddle', () => {
  const frame = frameOf(400, [-2, 2], [-2, 2]);

  it('is a hyperbola through the point with the saddle’s level as its asymptotes', () => {
    const model = localModelOf(fn('saddle'), [1, 0.5]);
    const drawing = quadraticModel(model, frame);
    expect(drawing.shape).toBe('hyperbola');
    expect(drawing.lambdaMax).toBeCloseTo(2, 12);
    expect(drawing.lambdaMin).toBeCloseTo(-2, 12);
    expect(drawing.level).toBe(model.f); // 0.75: x² − y² = 0.75 opens along x
    expectOnLevel(frame, model, drawing);
    expect(nearest(drawing.paths, drawing.origin)).toBeLessThan(0.5);
    // Both branches: points with x > 0 and with x < 0, none near x = 0 (|x| ≥ √0.75).
    const xs = inside(frame, drawing.paths).map((p) => dataAt(frame, model, p)[0]);
    expect(Math.min(...xs)).toBeLessThan(-0.86);
    expect(Math.max(...xs)).toBeGreaterThan(0.86);
    expect(xs.every((x) => Math.abs(x) >= Math.sqrt(0.75) - 1e-9)).toBe(true);
    // The asymptotes are y = ±x: q = q(centre) = 0 along them.
    expect(drawing.asymptotes).toHaveLength(2);
    for (const p of inside(frame, drawing.asymptotes)) {
      const [x, y] = dataAt(frame, model, p);
      expect(Math.abs(Math.abs(x) - Math.abs(y))).toBeLessThan(1e-9);
    }
  });

  it('on the other side opens along the other axis, and at the saddle itself is the asymptotes', () => {
    const across = localModelOf(fn('saddle'), [0.3, -1]);
    const drawing = quadraticModel(across, frame);
    expect(drawing.shape).toBe('hyperbola');
    expectOnLevel(frame, across, drawing);
    const ys = inside(frame, drawing.paths).map((p) => dataAt(frame, across, p)[1]);
    expect(ys.every((y) => Math.abs(y) >= Math.sqrt(0.91) - 1e-9)).toBe(true);

    const at = localModelOf(fn('saddle'), [0, 0]);
    const lines = quadraticModel(at, frame);
    expect(lines.shape).toBe('hyperbola');
    expect(lines.paths).toHaveLength(2);
    for (const p of inside(frame, lines.paths)) {
      const [x, y] = dataAt(frame, at, p);
      expect(Math.abs(x * x - y * y)).toBeLessThan(1e-12);
    }
  });

  it('of a maximum is an ellipse too (both curvatures negative)', () => {
    const model = localModelOf(formula('-(x^2 + 3*y^2)'), [1, 0.5]);
    const drawing = quadraticModel(model, frame);
    expect(drawing.shape).toBe('ellipse');
    expect(drawing.lambdaMax).toBeCloseTo(-2, 12);
    expectOnLevel(frame, model, drawing);
  });
});

describe('the local quadratic model where a curvature is zero', () => {
  const frame = frameOf(400, [-2, 2], [-2, 2]);

  it('is a parabola through the point when f rises linearly along the flat direction', () => {
    const model = localModelOf(formula('x^2 + y'), [0.5, 0]);
    const drawing = quadraticModel(model, frame);
    expect(drawing.shape).toBe('parabola');
    expect(drawing.center).toBeNull();
    expectOnLevel(frame, model, drawing);
    expect(nearest(drawing.paths, drawing.origin)).toBeLessThan(0.5);
  });

  it('is two lines when f is constant along it, at least MIN_ELLIPSE_PX apart on the floor', () => {
    const off = localModelOf(formula('x^2'), [1, 0.3]);
    const through = quadraticModel(off, frame);
    expect(through.shape).toBe('lines');
    expect(through.throughPoint).toBe(true);
    for (const p of inside(frame, through.paths))
      expect(Math.abs(dataAt(frame, off, p)[0] ** 2 - 1)).toBeLessThan(1e-12);

    const floor = quadraticModel(localModelOf(formula('x^2'), [0, 0.3]), frame);
    expect(floor.throughPoint).toBe(false);
    const xs = floor.paths.flat().map(([x]) => x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(MIN_ELLIPSE_PX, 9);
  });

  it('is the line across the gradient where f is linear, and nothing where f is constant', () => {
    const model = localModelOf(formula('x + 2*y'), [0.5, 0.5]);
    const drawing = quadraticModel(model, frame);
    expect(drawing.shape).toBe('line');
    for (const p of inside(frame, drawing.paths)) {
      const [x, y] = dataAt(frame, model, p);
      expect(Math.abs(x - 0.5 + 2 * (y - 0.5))).toBeLessThan(1e-12);
    }
    expect(quadraticModel(localModelOf(formula('3'), [0, 0]), frame).shape).toBe('none');
  });

  it('draws nothing for a point that is not a number', () => {
    const model = localModelOf(fn('ellipse'), [1, 1]);
    expect(quadraticModel({ ...model, hessian: [NaN, 0, 1] }, frame).shape).toBe('none');
    expect(quadraticModel({ ...model, f: Infinity }, frame).paths).toEqual([]);
  });
});

describe('the principal axes as arrows of α·λ', () => {
  const frame = frameOf(400, [-2, 2], [-2, 2]);
  // Matyas: H = [[0.52, −0.48], [−0.48, 0.52]], λ = 1 along (1, −1) and 0.04 along (1, 1).
  const model = localModelOf(fn('matyas'), [1, 0.2]);
  const drawing = quadraticModel(model, frame);

  it('lie along H’s eigenvectors, the way −∇f points along each, AXIS_UNIT_PX per unit', () => {
    const lr = 1.5;
    const arrows = axisArrows(model, drawing, frame, lr, 2);
    expect(arrows).toHaveLength(2);
    const [a, b, c] = model.hessian;
    for (const arrow of arrows) {
      // Back to data units (y flips): H v = λ v.
      const v = [arrow.direction[0], -arrow.direction[1]] as const;
      expect(a * v[0] + b * v[1]).toBeCloseTo(arrow.lambda * v[0], 12);
      expect(b * v[0] + c * v[1]).toBeCloseTo(arrow.lambda * v[1], 12);
      expect(model.grad[0] * v[0] + model.grad[1] * v[1]).toBeLessThanOrEqual(0);
      expect(arrow.scaled).toBeCloseTo(lr * arrow.lambda, 12);
      const length = Math.hypot(arrow.x2 - arrow.x1, arrow.y2 - arrow.y1);
      expect(length).toBeCloseTo(Math.abs(arrow.scaled) * AXIS_UNIT_PX, 9);
      expect([arrow.x1, arrow.y1]).toEqual(drawing.origin);
    }
    expect(arrows[0]!.lambda).toBeCloseTo(1, 12);
    expect(arrows[1]!.lambda).toBeCloseTo(0.04, 12);
    // The limit 2 of gradient descent: a tick 60 px along each axis, across it.
    const tick = arrows[0]!.limitTick!;
    const mid = [(tick.x1 + tick.x2) / 2, (tick.y1 + tick.y2) / 2];
    expect(Math.hypot(mid[0]! - drawing.origin[0], mid[1]! - drawing.origin[1])).toBeCloseTo(
      2 * AXIS_UNIT_PX,
      9,
    );
  });

  it('are cut at AXIS_MAX_PX, and have no tick where the limit is not on H’s own λ', () => {
    const [long] = axisArrows(model, drawing, frame, 10, null);
    expect(long!.clipped).toBe(true);
    expect(Math.hypot(long!.x2 - long!.x1, long!.y2 - long!.y1)).toBeCloseTo(AXIS_MAX_PX, 9);
    expect(long!.scaled).toBeCloseTo(10, 12);
    expect(long!.limitTick).toBeNull();
  });
});

describe('the visible part of a curve', () => {
  it('cuts a segment to the box, keeping the ends inside as they are', () => {
    const a: Pixel = [5, 5];
    const cut = clipSegment(a, [15, 5], 0, 10, 0, 10)!;
    expect(cut[0]).toBe(a);
    expect(cut[1]).toEqual([10, 5]);
    expect(clipSegment([-5, -5], [-1, 20], 0, 10, 0, 10)).toBeNull();
  });

  it('samples only where a huge circle crosses the plot, and finely there', () => {
    // A circle of radius 1e9 px whose rim crosses the 100 × 100 plot at x = 50.
    const r = 1e9;
    const lines = sampleVisible(
      {
        at: (t) => [50 - r + r * Math.cos(t), 50 + r * Math.sin(t)],
        curvatureBound: () => r,
      },
      -Math.PI,
      Math.PI,
      { width: 100, height: 100, margin: 0 },
    );
    expect(lines).toHaveLength(1);
    const points = lines[0]!;
    expect(points.length).toBeGreaterThan(10);
    for (const [x, y] of points) {
      expect(x).toBeCloseTo(50, 3); // the rim is straight to within 1e-6 px over 100 px
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(100);
    }
  });
});
