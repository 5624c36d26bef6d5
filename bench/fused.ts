/**
 * The speed limit: Adam on Rosenbrock as one hand-fused scalar loop, written for this benchmark
 * only. It does the core's work and nothing else — f and ∇f inline, PyTorch's Adam update in the
 * order of src/core/optimizers/adam.ts, the same divergence test as src/core/run.ts, and the same
 * outputs (trajectory, loss, gradNorm, lr) in Float64Arrays — but with no Problem or Optimizer
 * objects, no calls, no loops over `dim`, and θ, m, v in local variables. Whatever the core spends
 * beyond this loop is the price of its abstractions.
 */
import type { DivergenceBounds } from '../src/core/run';

export interface FusedAdamSettings {
  start: readonly [number, number];
  steps: number;
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  bounds: DivergenceBounds;
}

/** What the fused loop produces: the fields of the core's RunResult that hold data. */
export interface FusedResult {
  trajectory: Float64Array;
  loss: Float64Array;
  gradNorm: Float64Array;
  lr: Float64Array;
  divergedAt: number | null;
}

/**
 * Adam (bias-corrected, no weight decay) on f(x, y) = (1 − x)² + 100(y − x²)² for `steps`
 * steps. Every floating-point operation is the core's, in the core's order, so the iterates are
 * bit-identical to `runOptimizer`'s; the benchmark checks that.
 */
export function fusedAdamRosenbrock(s: FusedAdamSettings): FusedResult {
  const { steps, beta1, beta2, eps } = s;
  const thetaBoundSq = s.bounds.theta * s.bounds.theta;
  const lossBound = s.bounds.loss;
  const trajectory = new Float64Array((steps + 1) * 2);
  const loss = new Float64Array(steps + 1);
  const gradNorm = new Float64Array(steps + 1);
  // The core fills a constant schedule into an lr array of one entry per step; so does this.
  const lrs = new Float64Array(steps);
  lrs.fill(s.lr);

  const oneMinusBeta1 = 1 - beta1;
  const oneMinusBeta2 = 1 - beta2;
  let x = s.start[0];
  let y = s.start[1];
  let m0 = 0;
  let m1 = 0;
  let v0 = 0;
  let v1 = 0;
  let divergedAt: number | null = null;

  for (let k = 0; ; k++) {
    // Rosenbrock value and gradient, as src/core/problems/functions.ts computes them.
    const a = 1 - x;
    const b = y - x * x;
    const g0 = -2 * a - 400 * x * b;
    const g1 = 200 * b;
    const f = a * a + 100 * b * b;

    // Record the point and test it, as run.ts does (its sums start from 0, which is exact).
    trajectory[2 * k] = x;
    trajectory[2 * k + 1] = y;
    const normSq = x * x + y * y;
    const gradSq = g0 * g0 + g1 * g1;
    if (!(normSq <= thetaBoundSq) || !(Math.abs(f) <= lossBound)) {
      divergedAt = k;
      break;
    }
    loss[k] = f;
    gradNorm[k] = Math.sqrt(gradSq);
    if (k === steps) break;

    // Adam step t = k + 1, PyTorch's order (see createAdam).
    const lr = lrs[k]!;
    const t = k + 1;
    const bc1 = 1 - beta1 ** t;
    const bc2Sqrt = Math.sqrt(1 - beta2 ** t);
    const negStepSize = -(lr / bc1);
    m0 = m0 * beta1 + oneMinusBeta1 * g0;
    v0 = v0 * beta2 + oneMinusBeta2 * g0 * g0;
    m1 = m1 * beta1 + oneMinusBeta1 * g1;
    v1 = v1 * beta2 + oneMinusBeta2 * g1 * g1;
    x = x + (negStepSize * m0) / (Math.sqrt(v0) / bc2Sqrt + eps);
    y = y + (negStepSize * m1) / (Math.sqrt(v1) / bc2Sqrt + eps);
  }

  return { trajectory, loss, gradNorm, lr: lrs, divergedAt };
}

/** Whether two arrays hold the same float64 bit patterns (so −0 ≠ 0 and NaN payloads count). */
export function bitIdentical(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  // Two 32-bit words per float64: integer compares, no BigInt boxing.
  const ua = new Uint32Array(a.buffer, a.byteOffset, a.length * 2);
  const ub = new Uint32Array(b.buffer, b.byteOffset, b.length * 2);
  for (let i = 0; i < ua.length; i++) if (ua[i] !== ub[i]) return false;
  return true;
}

/**
 * The same iterates with nothing stored and no divergence test: only the arithmetic. Not equal
 * work (the core keeps every point), so not the speed limit; it shows how much of the fused
 * loop's time goes to writing its output arrays, i.e. to memory rather than to arithmetic.
 */
export function fusedAdamArithmetic(s: FusedAdamSettings): [number, number] {
  const { steps, lr, beta1, beta2, eps } = s;
  const oneMinusBeta1 = 1 - beta1;
  const oneMinusBeta2 = 1 - beta2;
  let x = s.start[0];
  let y = s.start[1];
  let m0 = 0;
  let m1 = 0;
  let v0 = 0;
  let v1 = 0;
  for (let k = 0; k < steps; k++) {
    const a = 1 - x;
    const b = y - x * x;
    const g0 = -2 * a - 400 * x * b;
    const g1 = 200 * b;
    const t = k + 1;
    const bc1 = 1 - beta1 ** t;
    const bc2Sqrt = Math.sqrt(1 - beta2 ** t);
    const negStepSize = -(lr / bc1);
    m0 = m0 * beta1 + oneMinusBeta1 * g0;
    v0 = v0 * beta2 + oneMinusBeta2 * g0 * g0;
    m1 = m1 * beta1 + oneMinusBeta1 * g1;
    v1 = v1 * beta2 + oneMinusBeta2 * g1 * g1;
    x = x + (negStepSize * m0) / (Math.sqrt(v0) / bc2Sqrt + eps);
    y = y + (negStepSize * m1) / (Math.sqrt(v1) / bc2Sqrt + eps);
  }
  return [x, y];
}
