import { describe, expect, it } from 'vitest';
import { FUNCTIONS, FUNCTION_NAMES, getFunction } from '../../src/core/problems';

/** The names of docs/functions.md, in its order. */
const DOCUMENTED = [
  'sphere', 'ellipse', 'rosenbrock', 'beale', 'himmelblau', 'booth', 'matyas', 'saddle',
  'monkey-saddle', 'six-hump-camel', 'rastrigin', 'ackley', 'styblinski-tang', 'mccormick',
  'two-basins', 'goldstein-price',
]; // prettier-ignore

/**
 * ∂f/∂x by the fourth-order central difference (f(x−2h) − 8f(x−h) + 8f(x+h) − f(x+2h))/(12h):
 * truncation error O(h⁴) and rounding error ~ε·|f|/h, both far below the tolerance at h = 1e-3.
 */
function centralDifference(
  f: (x: number, y: number) => number,
  x: number,
  y: number,
  axis: 0 | 1,
  h = 1e-3,
): number {
  const at = (d: number) => (axis === 0 ? f(x + d, y) : f(x, y + d));
  return (at(-2 * h) - 8 * at(-h) + 8 * at(h) - at(2 * h)) / (12 * h);
}

describe('the built-in functions', () => {
  it('are exactly the 16 functions of docs/functions.md, in its order', () => {
    expect(FUNCTION_NAMES).toEqual(DOCUMENTED);
  });

  for (const fn of FUNCTIONS) {
    describe(fn.name, () => {
      it('has an analytic gradient equal to central differences on a 21 × 21 grid over its view', () => {
        const grad = new Float64Array(2);
        let worst = 0;
        for (let i = 0; i <= 20; i++) {
          for (let j = 0; j <= 20; j++) {
            const x = fn.view.x[0] + ((fn.view.x[1] - fn.view.x[0]) * i) / 20;
            const y = fn.view.y[0] + ((fn.view.y[1] - fn.view.y[0]) * j) / 20;
            const value = fn.fg(x, y, grad);
            expect(value).toBe(fn.f(x, y));
            for (const axis of [0, 1] as const) {
              const numeric = centralDifference(fn.f, x, y, axis);
              // Relative to the gradient's size, plus the rounding floor ε·|f|/h of the difference.
              const scale = 1 + Math.abs(numeric) + (1e-16 * Math.abs(value)) / 1e-3;
              worst = Math.max(worst, Math.abs(grad[axis]! - numeric) / scale);
            }
          }
        }
        expect(worst).toBeLessThan(1e-6);
      });

      it('has a default start inside its view and marked points of zero gradient with the documented value', () => {
        const [x, y] = fn.start;
        expect(x).toBeGreaterThanOrEqual(fn.view.x[0]);
        expect(x).toBeLessThanOrEqual(fn.view.x[1]);
        expect(y).toBeGreaterThanOrEqual(fn.view.y[0]);
        expect(y).toBeLessThanOrEqual(fn.view.y[1]);
        expect(fn.minima.length).toBeGreaterThan(0);
        const grad = new Float64Array(2);
        for (const { point, value } of fn.minima) {
          // Coordinates are documented to 6 decimals, so f and ∇f are near, not at, their limits.
          expect(Math.abs(fn.fg(point[0], point[1], grad) - value)).toBeLessThan(1e-4);
          expect(Math.hypot(grad[0]!, grad[1]!)).toBeLessThan(1e-3);
        }
        expect(fn.note.length).toBeGreaterThan(10);
      });
    });
  }

  it('takes Ackley’s gradient as 0 at the origin (docs/functions.md), not NaN', () => {
    const grad = new Float64Array(2);
    getFunction('ackley')!.fg(0, 0, grad);
    expect(Array.from(grad)).toEqual([0, 0]);
  });

  it('gives each global minimum the function’s fMin and no lower value on the view grid', () => {
    for (const fn of FUNCTIONS) {
      if (fn.fMin === null) continue;
      for (let i = 0; i <= 40; i++) {
        for (let j = 0; j <= 40; j++) {
          const x = fn.view.x[0] + ((fn.view.x[1] - fn.view.x[0]) * i) / 40;
          const y = fn.view.y[0] + ((fn.view.y[1] - fn.view.y[0]) * j) / 40;
          expect(fn.f(x, y)).toBeGreaterThanOrEqual(fn.fMin - 1e-9);
        }
      }
    }
  });
});
