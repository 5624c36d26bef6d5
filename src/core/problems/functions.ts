/**
 * The catalogue of built-in 2D test functions (docs/functions.md): value, analytic gradient and
 * metadata, in the picker's order. The definitions are in functions-bowls.ts (one minimum or
 * none) and functions-basins.ts (several minima).
 */
import {
  ackley,
  himmelblau,
  rastrigin,
  sixHumpCamel,
  styblinskiTang,
  twoBasins,
} from './functions-basins';
import {
  beale,
  booth,
  ellipse,
  goldsteinPrice,
  matyas,
  mccormick,
  monkeySaddle,
  rosenbrock,
  saddle,
  sphere,
} from './functions-bowls';
import type { TestFunction } from './test-function';

export type { TestFunction } from './test-function';

/** Every built-in function, in the order of docs/functions.md (the picker's order). */
export const FUNCTIONS: readonly TestFunction[] = [
  sphere,
  ellipse,
  rosenbrock,
  beale,
  himmelblau,
  booth,
  matyas,
  saddle,
  monkeySaddle,
  sixHumpCamel,
  rastrigin,
  ackley,
  styblinskiTang,
  mccormick,
  twoBasins,
  goldsteinPrice,
];

/** The `problem.name` values of docs/scenario.md. */
export const FUNCTION_NAMES: readonly string[] = FUNCTIONS.map((fn) => fn.name);

/** The built-in function of that name, or undefined. */
export function getFunction(name: string): TestFunction | undefined {
  return FUNCTIONS.find((fn) => fn.name === name);
}
