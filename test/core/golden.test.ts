import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/run';
import { loadGolden, relDiff, scenarioOn } from '../helpers';

/**
 * Tolerance for the golden trajectories: |ours − torch| ≤ 1e-12·max(1, |torch|).
 * Why this size: the update rules copy PyTorch 1.13's order of operations, so most points agree
 * to the bit (gd, adagrad, rmsprop, amsgrad, radam, lion, … are bit-identical over 200 steps).
 * The rest differ by a few ulps because autograd orders the gradient's arithmetic differently
 * (e.g. ∂(0.1x²)/∂x as 0.1·(2x) vs 0.2x) and glibc's pow may differ from V8's by one ulp; 200
 * steps on Rosenbrock amplify that to at most ~2e-15 (measured). 1e-12 leaves three orders of
 * headroom and is still ~3 orders below what any real deviation in a rule produces (a moved ε,
 * a dampened first momentum step or a missing bias correction change the third to ninth digit).
 */
const TOLERANCE = 1e-12;

const golden = loadGolden();

describe('run() reproduces the torch.optim golden trajectories', () => {
  it('has every case of the golden file (25)', () => {
    expect(golden.cases).toHaveLength(25);
  });

  for (const c of golden.cases) {
    it(`${c.id}: trajectory, loss and lr within ${TOLERANCE} of torch.optim`, () => {
      const optimizer = c.schedule ? { ...c.optimizer, schedule: c.schedule } : c.optimizer;
      const [result] = run(scenarioOn(c.problem, [optimizer], { start: c.start, steps: c.steps }));
      expect(result!.divergedAt).toBeNull();
      expect(result!.trajectory.length / 2).toBe(c.trajectory.length);
      let worst = 0;
      c.trajectory.forEach(([x, y], k) => {
        worst = Math.max(
          worst,
          relDiff(result!.trajectory[2 * k]!, x),
          relDiff(result!.trajectory[2 * k + 1]!, y),
        );
        worst = Math.max(worst, relDiff(result!.loss[k]!, c.loss[k]!));
      });
      if (c.lr) {
        expect(result!.lr).toHaveLength(c.lr.length);
        c.lr.forEach((lr, k) => (worst = Math.max(worst, relDiff(result!.lr[k]!, lr))));
      }
      expect(worst).toBeLessThanOrEqual(TOLERANCE);
    });
  }

  it('a deliberately wrong rule falls outside the tolerance (the test can fail)', () => {
    // Adam with ε moved by 1% must not pass as the golden Adam: the tolerance is not too loose.
    const c = golden.cases.find((g) => g.id === 'adam-rosenbrock')!;
    const [result] = run(
      scenarioOn(c.problem, [{ ...c.optimizer, eps: 1.01e-8 }], { start: c.start, steps: c.steps }),
    );
    let worst = 0;
    c.trajectory.forEach(
      ([x], k) => (worst = Math.max(worst, relDiff(result!.trajectory[2 * k]!, x))),
    );
    expect(worst).toBeGreaterThan(TOLERANCE);
  });
});
