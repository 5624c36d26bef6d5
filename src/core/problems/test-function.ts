/**
 * A built-in 2D test function (docs/functions.md) and the helpers its definitions share; the
 * definitions are in functions-bowls.ts and functions-basins.ts, the catalogue in functions.ts.
 */
import type { MarkedPoint, ProblemInfo, View } from './types';

/** A 2D function: `fg` returns f(x, y) and writes ∂f/∂x, ∂f/∂y into grad[0], grad[1]. */
export interface TestFunction extends ProblemInfo {
  f(x: number, y: number): number;
  fg(x: number, y: number, grad: Float64Array): number;
}

/** A built-in function as written: everything but its axes, which are x and y for all. */
export type TestFunctionSpec = Omit<TestFunction, 'axes'>;

const XY = ['x', 'y'] as const;

/** A built-in function from its definition (docs/functions.md, "The catalogue"). */
export function testFunction(spec: TestFunctionSpec): TestFunction {
  return { ...spec, axes: XY };
}

/** The default window x × y. */
export function view(x: [number, number], y: [number, number]): View {
  return { x, y };
}

/** A point the landscape marks: a minimum (global unless said) or a saddle. */
export function minimum(x: number, y: number, value: number, kind: MarkedPoint['kind'] = 'global') {
  return { point: [x, y] as const, value, kind };
}
