/**
 * The claims of the preset on Muon (issue 21, docs/optimizers.md#muon), checked against the runs:
 * the singular values of each run's step on the hidden 16 × 16 matrix at step 100, the loss
 * below 10⁻³, and AdamW's best α of the sweep the text names. Merged into presets.test.ts's
 * expectations, as newton-expectations.ts.
 */
import { expect } from 'vitest';
import { symmetricEigen } from '../../src/core/linalg';
import { buildProblem } from '../../src/core/problems';
import { run, type RunResult } from '../../src/core/run';
import type { Preset } from '../../src/presets/presets';

type Expectation = (runs: RunResult[], preset: Preset) => void;

/** The singular values (descending) of a run's step k → k + 1 on a weight matrix of its layout. */
function stepSingularValues(r: RunResult, preset: Preset, name: string, k: number): number[] {
  const group = buildProblem(preset.scenario.problem).layout!.find((g) => g.name === name)!;
  const { offset, rows, cols } = group;
  const step = (i: number, j: number) =>
    r.trajectory[(k + 1) * r.dim + offset + i * cols + j]! -
    r.trajectory[k * r.dim + offset + i * cols + j]!;
  const n = Math.min(rows, cols);
  const gram = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let c = 0; c < cols; c++) s += step(i, c) * step(j, c);
      gram[i * n + j] = s;
    }
  return symmetricEigen(gram, n).values.map((v) => Math.sqrt(Math.max(v, 0)));
}

export const MUON_EXPECTATIONS: Record<string, Expectation> = {
  'muon-vs-adamw': ([muon, adamw], preset) => {
    const [muonSpec, adamwSpec] = preset.scenario.optimizers;
    expect([muonSpec!.lr, muonSpec!.adamLr, adamwSpec!.lr]).toEqual([0.05, 0.02, 0.1]);
    // The network: 2-16-16-1, its hidden matrix `2.weight` 16 × 16.
    const hidden = buildProblem(preset.scenario.problem).layout!.find(
      (g) => g.name === '2.weight',
    )!;
    expect([hidden.rows, hidden.cols, muon!.dim]).toEqual([16, 16, 337]);
    // "14 of the 16 singular values of its step … between 0.68α and 1.2α" at step 100 (weight
    // decay 0: the step is α·O exactly).
    const muonSv = stepSingularValues(muon!, preset, '2.weight', 100);
    const inBand = muonSv.filter((s) => s >= 0.68 * 0.05 && s <= 1.2 * 0.05);
    expect(inBand).toHaveLength(14);
    // "AdamW's … largest singular value over 100 times its smallest", none of its steps near α.
    const adamwSv = stepSingularValues(adamw!, preset, '2.weight', 100);
    expect(adamwSv[0]! / adamwSv[15]!).toBeGreaterThan(100);
    // "below 10⁻³ by step 229"
    expect(muon!.loss.findIndex((f) => f < 1e-3)).toBe(229);
    // "ends at 300 more than 10 times lower than AdamW at α = 0.1"
    expect(muon!.loss.length).toBe(301);
    expect(adamw!.loss[300]! / muon!.loss[300]!).toBeGreaterThan(10);
    // "the best of 0.02, 0.05, 0.1 and 0.2 after 300 steps"
    const sweep = run({
      ...preset.scenario,
      optimizers: [0.02, 0.05, 0.1, 0.2].map((lr) => ({ type: 'adamw' as const, lr })),
    }).map((r) => r.loss[300]!);
    expect(Math.min(...sweep)).toBe(adamw!.loss[300]);
    expect(sweep[2]).toBe(adamw!.loss[300]);
  },
};
