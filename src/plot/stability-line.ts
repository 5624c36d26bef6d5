/**
 * A run's stability limit at every step, for the Curvature chart's dashed line (issue 20;
 * docs/curvature-chart.md): stabilityLimit (src/core/curvature/stability.ts) at each step's
 * learning rate and number, so the line follows the run's schedule (and OneCycleLR's cycled μ or
 * β1, and NAdam's momentum schedule μₜ), and its label, "2/α = 4.44". Pure; memoised per spec object (the store replaces a spec it changes).
 */
import { stabilityLimit, type SharpnessKind } from '../core/curvature/stability';
import { optimizerModule } from '../core/optimizers/registry';
import { lrSequenceOf } from '../core/schedules';
import type { OptimizerSpec } from '../scenario/types';
import { formatReading } from './chart-scale';

/** One run's limit per step. */
export interface StabilityLine {
  /** The λ the limit bounds (the Hessian's, or the preconditioned one); null: no limit (Lion). */
  on: SharpnessKind | null;
  /**
   * limit[k]: the largest λ for which step k → k + 1 is stable, one per step (`steps` values);
   * Infinity where the step's lr is 0. Empty when there is no limit.
   */
  limit: Float64Array;
  /** factor[k]: limit[k] = factor[k]/lr[k] − decay (2, 2(1 + μ), 38, …). */
  factor: Float64Array;
  /** The learning rate of each step (the schedule's). */
  lr: Float64Array;
  /** SGD's coupled L2 weight decay, which shifts every eigenvalue and so lowers the limit. */
  decay: number;
}

const lines = new WeakMap<OptimizerSpec, { steps: number; line: StabilityLine }>();

/**
 * The limit of `spec` at each of `steps` steps.
 *
 * @example stabilityLine({ type: 'gd', lr: 0.5 }, 3).limit // → Float64Array [4, 4, 4]
 */
export function stabilityLine(spec: OptimizerSpec, steps: number): StabilityLine {
  const cached = lines.get(spec);
  if (cached?.steps === steps) return cached.line;
  const n = Math.max(0, Math.floor(steps));
  const { lr, momentum } = lrSequenceOf(spec, n);
  // OneCycleLR writes μ or β1 before each step only for the types that have one to cycle.
  const cycled = optimizerModule(spec.type).cycles !== null ? momentum : null;
  // Step k → k + 1 is PyTorch's step t = k + 1 (only NAdam's limit depends on it: its μₜ).
  const first = stabilityLimit(spec, lr[0] ?? spec.lr, cycled?.[0], 1);
  const none = first.on === null;
  const limit = new Float64Array(none ? 0 : n);
  const factor = new Float64Array(none ? 0 : n);
  let decay = 0;
  if (!none) {
    for (let k = 0; k < n; k++) {
      const at = stabilityLimit(spec, lr[k]!, cycled?.[k], k + 1);
      limit[k] = at.limit;
      factor[k] = at.factor;
      if (k === 0 && lr[k]! > 0) decay = at.factor / lr[k]! - at.limit;
    }
  }
  // The decay read back from the first step is a difference of doubles: snap the noise to 0.
  if (Math.abs(decay) < 1e-12 * Math.max(1, Math.abs(first.factor / (lr[0] || 1)))) decay = 0;
  const line: StabilityLine = { on: first.on, limit, factor, lr, decay };
  lines.set(spec, { steps, line });
  return line;
}

/**
 * The formula and value of a limit as its line's end label: "2/α = 4.44", "3.8/α = 3.8",
 * "38/α = 380", with the weight decay when there is one ("2/α − 0.01 = 19.99").
 *
 * @example limitLabel(2, 0, 4.444) // → "2/α = 4.44"
 */
export function limitLabel(factor: number, decay: number, limit: number): string {
  const shift = decay > 0 ? ` − ${formatReading(decay)}` : '';
  return `${formatFactor(factor)}/α${shift} = ${formatReading(limit)}`;
}

/** A limit's factor with three significant digits: 2, 3.8, 38, 1.36. */
export function formatFactor(factor: number): string {
  return String(+factor.toPrecision(3));
}
