/**
 * Curvature of 2-parameter problems (issue 20; src/core/curvature): the built-in functions'
 * formulas against the core's f, exact Hessians against central differences of the exact
 * gradients (every built-in function on a grid, random formulas, linear regression), the 2 × 2
 * eigen-decomposition, and the stability limit α < 2/λmax on a quadratic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExpression } from '../../src/core/expression';
import { parseAst } from '../../src/core/expression/parse';
import { curvatureAlongRun } from '../../src/core/curvature/along-run';
import { eigen2 } from '../../src/core/curvature/eigen2';
import { formulaHessian } from '../../src/core/curvature/formula-hessian';
import { FUNCTION_FORMULAS } from '../../src/core/curvature/function-formulas';
import { hessian2Of } from '../../src/core/curvature/hessian2';
import { FUNCTIONS } from '../../src/core/problems/functions';
import { buildProblem } from '../../src/core/problems';
import { run } from '../../src/core/run';
import { smooth } from '../arbitraries/formula';

/** A 9 × 9 grid over a window, off its exact centre (Ackley's √ has no derivative at 0). */
function grid(view: { x: readonly [number, number]; y: readonly [number, number] }) {
  const points: [number, number][] = [];
  for (let i = 0; i < 9; i++)
    for (let j = 0; j < 9; j++)
      points.push([
        view.x[0] + ((i + 0.37) / 9) * (view.x[1] - view.x[0]),
        view.y[0] + ((j + 0.61) / 9) * (view.y[1] - view.y[0]),
      ]);
  return points;
}

/** [fxx, fxy, fyy] by central differences of an exact gradient, step h. */
function differencedHessian(
  grad: (x: number, y: number, out: Float64Array) => void,
  x: number,
  y: number,
  h: number,
): [number, number, number] {
  const plus = new Float64Array(2);
  const minus = new Float64Array(2);
  grad(x + h, y, plus);
  grad(x - h, y, minus);
  const fxx = (plus[0]! - minus[0]!) / (2 * h);
  const fyx = (plus[1]! - minus[1]!) / (2 * h);
  grad(x, y + h, plus);
  grad(x, y - h, minus);
  const fxy = (plus[0]! - minus[0]!) / (2 * h);
  const fyy = (plus[1]! - minus[1]!) / (2 * h);
  return [fxx, (fxy + fyx) / 2, fyy];
}

describe('the built-in functions in the expression language', () => {
  it('has one formula per function, each the core’s f over its view', () => {
    expect(Object.keys(FUNCTION_FORMULAS).sort()).toEqual(FUNCTIONS.map((f) => f.name).sort());
    for (const fn of FUNCTIONS) {
      const formula = parseExpression(FUNCTION_FORMULAS[fn.name]!);
      for (const [x, y] of grid(fn.view)) {
        const want = fn.f(x, y);
        expect(
          Math.abs(formula.value(x, y) - want),
          `${fn.name} at (${x}, ${y})`,
        ).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
      }
    }
  });
});

describe('exact Hessians', () => {
  it('of every built-in function equal central differences of its gradient on a grid', () => {
    for (const fn of FUNCTIONS) {
      const hessian = hessian2Of({ type: 'function', name: fn.name })!;
      const grad = (x: number, y: number, out: Float64Array) => void fn.fg(x, y, out);
      const h = new Float64Array(3);
      for (const [x, y] of grid(fn.view)) {
        hessian(x, y, h);
        const scale = Math.max(1, Math.abs(h[0]!), Math.abs(h[1]!), Math.abs(h[2]!));
        // Central differences err by O(step²·f''''): step 1e-5 of the window leaves about 1e-8
        // relative to the Hessian's size on these functions; 1e-6 bounds it with room.
        const step = 1e-5 * (fn.view.x[1] - fn.view.x[0]);
        const fd = differencedHessian(grad, x, y, step);
        for (let k = 0; k < 3; k++)
          expect(Math.abs(h[k]! - fd[k]!), `${fn.name} H[${k}] at (${x}, ${y})`).toBeLessThan(
            1e-6 * scale,
          );
      }
    }
  });

  it('of random smooth formulas equal central differences of their exact gradient', () => {
    const coord = fc.double({ min: -2, max: 2, noNaN: true });
    fc.assert(
      fc.property(smooth, coord, coord, (text, x, y) => {
        const f = parseExpression(text);
        const grad = (px: number, py: number, out: Float64Array) =>
          void f.valueAndGrad([px, py], out);
        const h = new Float64Array(3);
        formulaHessian(parseAst(text))(x, y, h);
        fc.pre(h.every(Number.isFinite));
        const a = differencedHessian(grad, x, y, 1e-5);
        const b = differencedHessian(grad, x, y, 5e-6);
        fc.pre(a.every(Number.isFinite) && b.every(Number.isFinite));
        const scale = 1 + Math.abs(h[0]!) + Math.abs(h[1]!) + Math.abs(h[2]!);
        // Where halving the step moves the estimate, the third derivative is huge or rounding
        // dominates: the difference proves nothing there (as in the gradient's property test).
        fc.pre(a.every((v, k) => Math.abs(v - b[k]!) < 1e-6 * scale));
        for (let k = 0; k < 3; k++) expect(Math.abs(h[k]! - b[k]!)).toBeLessThan(1e-5 * scale);
      }),
      { numRuns: 300 },
    );
  });

  it('of linear regression: the constant (2/n)·[[Σx², Σx], [Σx, n]], equal to differences', () => {
    const spec = { type: 'linear-regression', data: { n: 50, seed: 3 } } as const;
    const problem = buildProblem(spec);
    const hessian = hessian2Of(spec)!;
    const grad = (w: number, b: number, out: Float64Array) =>
      void problem.valueAndGrad(Float64Array.of(w, b), out);
    const h = new Float64Array(3);
    for (const [w, b] of [
      [0, 0],
      [3, -2],
      [-1.5, 4],
    ] as const) {
      hessian(w, b, h);
      const fd = differencedHessian(grad, w, b, 1e-4);
      for (let k = 0; k < 3; k++) expect(h[k]).toBeCloseTo(fd[k]!, 8);
      expect(h[2]).toBe(2);
    }
  });

  it('is none for a model of more than 2 parameters', () => {
    expect(hessian2Of({ type: 'logistic-regression' })).toBeNull();
    expect(hessian2Of({ type: 'mlp' })).toBeNull();
  });
});

describe('eigen2', () => {
  it('gives the eigenpairs of symmetric 2 × 2 matrices, accurately when far apart', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (a, b, c) => {
          const { lambdaMax, lambdaMin, vectorMax } = eigen2(a, b, c);
          // Relative to the matrix's size, plus a floor for subnormal inputs' rounding.
          const tolerance = 1e-9 * (Math.abs(a) + Math.abs(b) + Math.abs(c)) + 1e-300;
          expect(lambdaMax).toBeGreaterThanOrEqual(lambdaMin - tolerance);
          expect(Math.abs(lambdaMax + lambdaMin - (a + c))).toBeLessThan(tolerance);
          // A v = λ v for the top pair.
          const [vx, vy] = vectorMax;
          expect(Math.abs(a * vx + b * vy - lambdaMax * vx)).toBeLessThan(tolerance);
          expect(Math.abs(b * vx + c * vy - lambdaMax * vy)).toBeLessThan(tolerance);
        },
      ),
    );
    // Far apart: the small eigenvalue keeps its digits (λmin = det/λmax, not a cancellation).
    const { lambdaMin } = eigen2(1e8, 1, 1e-8);
    expect(lambdaMin).toBeCloseTo((1e8 * 1e-8 - 1) / (1e8 + 1e-16), 20);
    expect(eigen2(2, 0, 2)).toMatchObject({ lambdaMax: 2, lambdaMin: 2 });
    // Found by the property above (CI's seed): both eigenvalues negative and far apart, where
    // mean + half cancels; λmax comes from the determinant instead.
    const tiny = eigen2(-4.257959840008151e-109, 0, -4.308935204019784e-93);
    expect(tiny.lambdaMax).toBeCloseTo(-4.257959840008151e-109, 120);
    expect(tiny.lambdaMin).toBe(-4.308935204019784e-93);
    expect(eigen2(1e200, 1e200, 1e200).lambdaMax).toBe(2e200); // ac overflows: no det
    expect(eigen2(NaN, 0, 1).lambdaMax).toBeNaN();
    // Also found by it: entries so small that b² underflows (the matrix is scaled first).
    expect(eigen2(0, 1.000000001e-300, 0)).toMatchObject({
      lambdaMax: 1.000000001e-300,
      lambdaMin: -1.000000001e-300,
    });
  });
});

describe('the stability limit of gradient descent (issue 20, point 5)', () => {
  // f = 0.1x² + 2y² (the ellipse): H = diag(0.2, 4), λmax = 4, so GD is stable while α < 2/4.
  const scenario = (lr: number) => ({
    version: 1 as const,
    problem: { type: 'function' as const, name: 'ellipse' },
    start: [-4, 1.5] as [number, number],
    steps: 3000,
    seed: 1,
    optimizers: [{ type: 'gd' as const, lr }],
  });

  it('λmax along a run is the quadratic’s 4 at every step, λmin its 0.2', () => {
    const [result] = run(scenario(0.1));
    const curvature = curvatureAlongRun(scenario(0.1).problem, result!.trajectory)!;
    expect(curvature.step.length).toBe(result!.loss.length);
    expect(curvature.lambdaMax.every((v) => Math.abs(v - 4) < 1e-12)).toBe(true);
    expect(curvature.lambdaMin.every((v) => Math.abs(v - 0.2) < 1e-12)).toBe(true);
  });

  it('α = 0.99·2/λmax converges, α = 1.01·2/λmax diverges', () => {
    const limit = 2 / 4;
    const [stable] = run(scenario(0.99 * limit));
    const [unstable] = run(scenario(1.01 * limit));
    expect(stable!.divergedAt).toBeNull();
    expect(stable!.loss.at(-1)).toBeLessThan(1e-20);
    expect(unstable!.divergedAt).not.toBeNull();
  });
});
