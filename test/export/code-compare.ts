/**
 * How an exported script's runs are compared with the core's (test/export/code-run.test.ts):
 * the error measure, and the window of steps over which a run can be compared at all.
 */
import { run, type RunResult } from '../../src/core/run';
import type { Scenario } from '../../src/scenario/types';

/** A run as the scripts print it with `--json` (the CLI's shape, src/cli/format.ts). */
export interface ScriptRun {
  trajectory: number[][];
  loss: number[];
  lr: number[];
  divergedAt: number | null;
}

/**
 * The error of `got` against `want`, both series of points of `dim` components, over the first
 * `count` points: the largest |got − want| of a component, divided by the largest |want| of that
 * component over the whole run (the max-norm relative error, per component). Per component so
 * that a coordinate near 0 (the saddle's y starts at 0.001) is held to its own scale; over the
 * run, not point by point, because a coordinate that passes through 0 has no relative error
 * there (1e-17 against 2e-17 is rounding of a cancellation, not a difference of the rule).
 */
export function seriesError(
  got: readonly number[],
  want: ArrayLike<number>,
  dim: number,
  count: number,
): number {
  if (got.length < count * dim) return Infinity;
  const scale = scales(want, dim);
  let worst = 0;
  for (let k = 0; k < count; k++) {
    const error = pointError(got, want, scale, k);
    if (!(error <= worst)) worst = error; // NaN wins
  }
  return worst;
}

/** The largest |value| of each component over the run. */
function scales(want: ArrayLike<number>, dim: number): number[] {
  const scale = new Array<number>(dim).fill(0);
  for (let k = 0; k < want.length; k++)
    scale[k % dim] = Math.max(scale[k % dim]!, Math.abs(want[k]!));
  return scale;
}

/** The error of point k alone, each component against its scale. */
function pointError(
  got: ArrayLike<number>,
  want: ArrayLike<number>,
  scale: readonly number[],
  k: number,
): number {
  const dim = scale.length;
  let worst = 0;
  for (let i = 0; i < dim; i++) {
    const d = Math.abs(got[k * dim + i]! - want[k * dim + i]!);
    const error = scale[i]! > 0 ? d / scale[i]! : d;
    if (!(error <= worst)) worst = error;
  }
  return worst;
}

/** Points of a run (the diverging one is not a point). */
export const pointsOf = (result: RunResult): number => result.loss.length;

/**
 * How far each run of a scenario can be compared: the number of points before which the core's
 * own run moves by less than `threshold` (in `seriesError`'s measure) when θ₀ is moved by one
 * rounding, θ₀ᵢ·(1 + 2⁻⁵²) (where θ₀ᵢ = 0, 2⁻⁵² times the largest |θᵢ| of the run). A run that
 * amplifies a rounding past the threshold is chaotic from there on: any other float64 program,
 * whose every operation may round differently (autograd's gradient, libm's sin), ends up
 * elsewhere however right its rule. Every point of a well-conditioned run is compared.
 */
export function comparableWindows(scenario: Scenario, threshold: number): number[] {
  return run(scenario).map((result, r) => {
    const trajectoryScale = scales(result.trajectory, result.dim);
    const lossScale = scales(result.loss, 1);
    const start = scenario.start.map(
      (v, i) => v + 2 ** -52 * (v === 0 ? trajectoryScale[i]! : Math.abs(v)),
    );
    const [other] = run({ ...scenario, start, optimizers: [scenario.optimizers[r]!] });
    const points = Math.min(pointsOf(result), pointsOf(other!));
    for (let k = 0; k < points; k++) {
      const drift = Math.max(
        pointError(other!.trajectory, result.trajectory, trajectoryScale, k),
        pointError(other!.loss, result.loss, lossScale, k),
      );
      if (!(drift <= threshold)) return k;
    }
    return pointsOf(result) === pointsOf(other!) ? pointsOf(result) : points;
  });
}
