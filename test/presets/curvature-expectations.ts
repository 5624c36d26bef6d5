/**
 * The claims of the presets on curvature (topic "Curvature", issue 20), checked against the runs
 * and their curvature as the worker computes it (src/core/curvature/run-curvature.ts): λmax, the
 * preconditioned λmax of Adam, against each run's stability limit (stability.ts).
 */
import { expect } from 'vitest';
import { curvatureOfRun, type RunCurvature } from '../../src/core/curvature/run-curvature';
import { stabilityLimit } from '../../src/core/curvature/stability';
import { buildProblem } from '../../src/core/problems';
import { runSettings, type RunResult } from '../../src/core/run';
import type { Preset } from '../../src/presets/presets';

type Expectation = (runs: RunResult[], preset: Preset) => void;

/** The curvature of run `index` of a preset, every step (2 parameters) or every 10 (models). */
function curvatureOf(preset: Preset, index: number): RunCurvature {
  const problem = buildProblem(preset.scenario.problem);
  const settings = runSettings(preset.scenario, problem);
  return curvatureOfRun(problem, preset.scenario.optimizers[index]!, settings);
}

/** The sampled values of `series` at steps ≥ `from`, sorted. */
function valuesFrom(curvature: RunCurvature, series: number[], from: number): number[] {
  return series.filter((_, j) => curvature.step[j]! >= from).sort((a, b) => a - b);
}

const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)]!;
const finalLoss = (r: RunResult) => r.loss[r.loss.length - 1]!;

/** The first sampled step whose value reaches `level`, or undefined. */
const firstReaching = (curvature: RunCurvature, series: number[], level: number) =>
  curvature.step.find((_, j) => series[j]! >= level);

/** The steps k at which the loss rose: loss[k] > loss[k − 1]. */
function lossRises(r: RunResult): number[] {
  const rises: number[] = [];
  for (let k = 1; k < r.loss.length; k++) if (r.loss[k]! > r.loss[k - 1]!) rises.push(k);
  return rises;
}

export const CURVATURE_EXPECTATIONS: Record<string, Expectation> = {
  'stability-limit-quadratic': ([below, above, heavyBall], preset) => {
    const curvature = curvatureOf(preset, 0);
    // The same curvature everywhere: λmax = 4 (along y) and λmin = 0.2 at every step.
    for (const lambda of curvature.lambdaMax) expect(lambda).toBeCloseTo(4, 12);
    for (const lambda of curvature.lambdaMin!) expect(lambda).toBeCloseTo(0.2, 12);
    const [belowSpec, aboveSpec, heavySpec] = preset.scenario.optimizers;
    // α = 0.495 and 0.505 are 0.99 and 1.01 times 2/λmax.
    expect(belowSpec!.lr / (2 / 4)).toBeCloseTo(0.99, 12);
    expect(aboveSpec!.lr / (2 / 4)).toBeCloseTo(1.01, 12);
    expect(stabilityLimit(belowSpec!, belowSpec!.lr).limit).toBeGreaterThan(4);
    expect(stabilityLimit(aboveSpec!, aboveSpec!.lr).limit).toBeLessThan(4);
    // Every step flips y; below the limit |y| shrinks by 0.98 a step, above it grows by 1.02.
    const y = (r: RunResult, k: number) => r.trajectory[2 * k + 1]!;
    for (let k = 1; k <= 300; k++) {
      expect(Math.sign(y(below!, k))).toBe(-Math.sign(y(below!, k - 1)));
      expect(Math.abs(y(below!, k) / y(below!, k - 1))).toBeCloseTo(0.98, 10);
      expect(Math.abs(y(above!, k) / y(above!, k - 1))).toBeCloseTo(1.02, 10);
    }
    expect(above!.divergedAt).toBeNull(); // growing, but not yet past the divergence bounds
    expect(Math.abs(y(above!, 300))).toBeGreaterThan(100 * Math.abs(y(above!, 0)));
    // The heavy ball's limit 2(1 + μ)/λmax = 0.95: α = 0.9 converges, 1.8 times 2/λmax.
    expect(stabilityLimit(heavySpec!, heavySpec!.lr).limit).toBeGreaterThan(4);
    expect(heavySpec!.lr / (2 / 4)).toBeCloseTo(1.8, 12);
    expect(finalLoss(heavyBall!)).toBeLessThan(1e-10);
    expect(finalLoss(below!)).toBeLessThan(below!.loss[0]! * 1e-3);
  },
  'edge-of-stability-gd': ([small, large], preset) => {
    const slow = curvatureOf(preset, 0);
    const edge = curvatureOf(preset, 1);
    expect(slow.every).toBe(10);
    // From 0.9; the small α levels off near 4.7, below its 2/α = 8.
    expect(slow.lambdaMax[0]).toBeCloseTo(0.9, 1);
    expect(Math.max(...slow.lambdaMax)).toBeCloseTo(4.7, 1);
    expect(Math.max(...slow.lambdaMax)).toBeLessThan(2 / preset.scenario.optimizers[0]!.lr);
    expect(Math.max(...slow.lambdaMax) - slow.lambdaMax[slow.lambdaMax.length - 1]!).toBeLessThan(
      0.3,
    );
    // The large α reaches its 2/α = 4 (within 3%) at step 160, then hovers: from 100 steps
    // later on, the median within 3% of 4 and nine samples in ten within 15%.
    const limit = 2 / preset.scenario.optimizers[1]!.lr;
    expect(limit).toBe(4);
    expect(firstReaching(edge, edge.lambdaMax, 0.97 * limit)).toBe(160);
    const after = valuesFrom(edge, edge.lambdaMax, 260);
    expect(Math.abs(median(after) / limit - 1)).toBeLessThan(0.03);
    const within = after.filter((l) => Math.abs(l / limit - 1) < 0.15).length;
    expect(within / after.length).toBeGreaterThan(0.9);
    // The loss rises on 21 steps, more than doubling at step 314, and falls overall.
    const rises = lossRises(large!);
    expect(rises).toHaveLength(21);
    expect(large!.loss[314]! / large!.loss[313]!).toBeGreaterThan(2);
    expect(finalLoss(large!)).toBeLessThan(large!.loss[200]! / 2);
    expect(lossRises(small!)).toEqual([]);
  },
  'edge-of-stability-adam': ([adam], preset) => {
    const curvature = curvatureOf(preset, 0);
    const spec = preset.scenario.optimizers[0]!;
    const limit = stabilityLimit(spec, spec.lr).limit;
    expect(limit).toBeCloseTo(3800, 9); // 38/α at β1 = 0.9
    const sharpness = curvature.preconditionedLambdaMax!;
    // "about 120" after the first steps (the lowest sample), then the limit at step 860.
    expect(Math.min(...sharpness)).toBeGreaterThan(100);
    expect(Math.min(...sharpness)).toBeLessThan(140);
    expect(firstReaching(curvature, sharpness, 0.97 * limit)).toBe(860);
    // Then between 2,800 and 4,200 for the rest of the run (from 100 steps on).
    const after = valuesFrom(curvature, sharpness, 960);
    expect(after[0]).toBeGreaterThan(2800);
    expect(after[after.length - 1]).toBeLessThan(4200);
    expect(Math.abs(median(after) / limit - 1)).toBeLessThan(0.1);
    // The loss keeps falling: a tenth of the loss at step 860 by the end.
    expect(finalLoss(adam!)).toBeLessThan(adam!.loss[860]! / 10);
  },
  'warmup-large-lr': ([constant, cosine, warmUp], preset) => {
    // The constant run bounces between 15 and 35 from step 25 on, never learning.
    for (let k = 25; k < constant!.loss.length; k++) {
      expect(constant!.loss[k]).toBeGreaterThan(15);
      expect(constant!.loss[k]).toBeLessThan(35);
    }
    // Cosine decay alone ends at ln 2 ≈ 0.69: a coin.
    expect(finalLoss(cosine!)).toBeCloseTo(Math.log(2), 2);
    // The warm-up starts at 0.1 × 12 = 1.2 and reaches 12 at step 100.
    expect(warmUp!.lr[0]).toBeCloseTo(1.2, 12);
    expect(warmUp!.lr[100]).toBeCloseTo(12, 12);
    // Its sharpness is below 2/α ≈ 0.17 by step 200, and it ends at a loss of 0.0003.
    const curvature = curvatureOf(preset, 2);
    const at200 = curvature.lambdaMax[curvature.step.indexOf(200)]!;
    expect(at200).toBeLessThan(2 / 12);
    expect(at200).toBeGreaterThan(0);
    expect(finalLoss(warmUp!)).toBeCloseTo(0.0003, 4);
  },
};
