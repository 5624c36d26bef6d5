/**
 * L-BFGS (src/core/optimizers/lbfgs.ts) beyond its goldens (golden-more.test.ts): its
 * preallocated history ring against a plain transcription of torch's lists (old_dirs, old_stps,
 * ro with pop(0)) over many more steps than the history holds, on a model whose θ has many
 * coordinates; the evaluations it reports; torch's cubic interpolation on a cubic.
 */
import { describe, expect, it } from 'vitest';
import { buildProblem } from '../../src/core/problems';
import { run, trialPointsOf } from '../../src/core/run';
import { cubicInterpolate, strongWolfe } from '../../src/core/optimizers/strong-wolfe';
import type { LineSearchFn, ProblemSpec, Scenario } from '../../src/scenario/types';
import { relDiff, scenarioOn } from '../helpers';

const dot = (a: number[], b: number[]) => a.reduce((sum, x, i) => sum + x * b[i]!, 0);

/**
 * torch.optim.LBFGS.step with max_iter = 1, as docs/optimizers.md#lbfgs writes it, with plain
 * arrays and lists (a fresh array per operation): the trajectory of `steps` steps.
 */
function transcription(
  problem: ReturnType<typeof buildProblem>,
  start: readonly number[],
  steps: number,
  lr: number,
  historySize: number,
  lineSearchFn: LineSearchFn,
): number[][] {
  const evaluate = (theta: number[]): [number, number[]] => {
    const grad = new Float64Array(theta.length);
    const f = problem.valueAndGrad(Float64Array.from(theta), grad);
    return [f, Array.from(grad)];
  };
  let theta = [...start];
  const trajectory = [theta];
  const dirs: number[][] = [];
  const stps: number[][] = [];
  const ro: number[] = [];
  let d: number[] = [];
  let t = 0;
  let prev: number[] = [];
  let hDiag = 1;
  let n = 0;
  for (let k = 0; k < steps; k++) {
    const [f, g] = evaluate(theta);
    if (Math.max(...g.map(Math.abs)) <= 1e-7) {
      trajectory.push(theta);
      continue;
    }
    n++;
    if (n === 1) d = g.map((x) => -x);
    else {
      const y = g.map((x, i) => x - prev[i]!);
      const s = d.map((x) => x * t);
      const ys = dot(y, s);
      if (ys > 1e-10) {
        if (dirs.length === historySize) {
          dirs.shift();
          stps.shift();
          ro.shift();
        }
        dirs.push(y);
        stps.push(s);
        ro.push(1 / ys);
        hDiag = ys / dot(y, y);
      }
      const al: number[] = [];
      let q = g.map((x) => -x);
      for (let i = dirs.length - 1; i >= 0; i--) {
        al[i] = dot(stps[i]!, q) * ro[i]!;
        q = q.map((x, j) => x + -al[i]! * dirs[i]![j]!);
      }
      let r = q.map((x) => x * hDiag);
      for (let i = 0; i < dirs.length; i++) {
        const be = dot(dirs[i]!, r) * ro[i]!;
        r = r.map((x, j) => x + (al[i]! - be) * stps[i]![j]!);
      }
      d = r;
    }
    prev = g;
    t = n === 1 ? Math.min(1, 1 / g.reduce((sum, x) => sum + Math.abs(x), 0)) * lr : lr;
    const gtd = dot(g, d);
    if (!(gtd <= -1e-9)) {
      trajectory.push(theta);
      continue;
    }
    if (lineSearchFn === 'strong-wolfe') {
      const at = theta;
      const objective = {
        gtd: 0,
        evaluate(step: number) {
          const [value, grad] = evaluate(at.map((x, i) => x + step * d[i]!));
          objective.gtd = dot(grad, d);
          return value;
        },
      };
      t = strongWolfe(objective, t, f, gtd, Math.max(...d.map(Math.abs)));
    }
    theta = theta.map((x, i) => x + t * d[i]!);
    trajectory.push(theta);
  }
  return trajectory;
}

const LOGISTIC: ProblemSpec = {
  type: 'logistic-regression',
  data: { generator: 'moons', n: 60 },
};

describe('L-BFGS: the history ring is torch’s lists', () => {
  for (const lineSearchFn of ['none', 'strong-wolfe'] as const) {
    it(`on logistic regression, m = 3 over 60 steps (the ring wraps 19 times), ${lineSearchFn}`, () => {
      const problem = buildProblem(LOGISTIC);
      const scenario: Scenario = {
        version: 1,
        problem: LOGISTIC,
        start: [...problem.info.start],
        steps: 60,
        seed: 1,
        optimizers: [{ type: 'lbfgs', lr: 0.5, historySize: 3, lineSearchFn }],
      };
      const [result] = run(scenario);
      expect(result!.divergedAt).toBeNull();
      const want = transcription(problem, problem.info.start, 60, 0.5, 3, lineSearchFn);
      const dim = problem.dim;
      let worst = 0;
      want.forEach((point, k) =>
        point.forEach(
          (x, i) => (worst = Math.max(worst, relDiff(result!.trajectory[k * dim + i]!, x))),
        ),
      );
      // The same operations in the same order: equal to the last bit but for the summation of
      // dot products, which both do in index order.
      expect(worst).toBeLessThanOrEqual(1e-12);
      // It moved: the comparison is not between two standing points.
      expect(result!.loss[60]!).toBeLessThan(result!.loss[0]! / 2);
    });
  }

  it('a history of 1 is not a history of 3 (the comparison can fail)', () => {
    const problem = buildProblem(LOGISTIC);
    const one = transcription(problem, problem.info.start, 30, 0.5, 1, 'none');
    const three = transcription(problem, problem.info.start, 30, 0.5, 3, 'none');
    expect(relDiff(one[30]![0]!, three[30]![0]!)).toBeGreaterThan(1e-6);
  });
});

describe('L-BFGS counts its function evaluations', () => {
  it('one per step without a line search: evaluations[k] = k, no trial points', () => {
    const [result] = run(scenarioOn('rosenbrock', [{ type: 'lbfgs', lr: 0.5 }], { steps: 30 }));
    expect(Array.from(result!.evaluations!)).toEqual(Array.from({ length: 31 }, (_, k) => k));
    expect(result!.trialPoints!.length).toBe(0);
  });

  it('with the strong-Wolfe search: 1 + its trials per step, each trial on the line θₖ + t·dₖ, the accepted one θₖ₊₁', () => {
    const [result] = run(
      scenarioOn('rosenbrock', [{ type: 'lbfgs', lr: 1, lineSearchFn: 'strong-wolfe' }], {
        start: [-1.5, 2],
        steps: 40,
      }),
    );
    const evaluations = result!.evaluations!;
    const traj = result!.trajectory;
    let more = 0;
    for (let k = 0; k < 40; k++) {
      const trials = trialPointsOf(result!, k);
      expect(trials.length).toBe(evaluations[k + 1]! - evaluations[k]! - 1);
      if (trials.length > 1) more++;
      // The accepted step is one of the trials (torch returns bracket[low], an evaluated t).
      const next = [traj[2 * k + 2]!, traj[2 * k + 3]!];
      if (trials.length > 0)
        expect(trials.some(([x, y]) => x === next[0] && y === next[1])).toBe(true);
    }
    expect(more).toBeGreaterThan(0);
    expect(result!.trialPoints!.length / 2).toBe(evaluations[40]! - 40);
  });
});

describe('torch’s _cubic_interpolate', () => {
  it('finds the minimiser of a cubic from two points with values and slopes', () => {
    // c(x) = x³ − 3x: minimum at x = 1; c(0) = 0, c'(0) = −3, c(2) = 2, c'(2) = 9.
    expect(cubicInterpolate(0, 0, -3, 2, 2, 9)).toBeCloseTo(1, 12);
    // In either order of the points.
    expect(cubicInterpolate(2, 2, 9, 0, 0, -3)).toBeCloseTo(1, 12);
    // Clamped to the bounds given.
    expect(cubicInterpolate(0, 0, -3, 2, 2, 9, 1.5, 3)).toBe(1.5);
  });

  it('returns the middle of the bounds where the cubic has no real minimiser', () => {
    // Slopes of one sign at both ends with values that force d1² < g1·g2.
    expect(cubicInterpolate(0, 0, 2, 1, 1, 2, 0, 1)).toBe(0.5);
  });
});
