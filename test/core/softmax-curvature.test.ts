/**
 * The curvature views on the classifiers on tables (issue 20's λmax along a run, on issue 22's
 * models): Lanczos on the exact Hessian-vector product gives the dense Hessian's top eigenvalues,
 * and the Hessian is symmetric (the product is of a true Hessian).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataSets } from '../../src/cli/data-files';
import { curvatureOfRun } from '../../src/core/curvature/run-curvature';
import { jacobiEigenvalues } from '../../src/core/curvature/symmetric-eigen';
import { buildProblem } from '../../src/core/problems';
import { runSettings, startRun } from '../../src/core/run';
import { validateScenario } from '../../src/scenario/validate';
import { denseHessian } from './dense-hessian';

beforeAll(() => loadDataSets(['iris']));

describe('curvature of a table classifier', () => {
  it('λmax along a run of softmax regression on iris is the dense Hessian’s largest eigenvalue', () => {
    const checked = validateScenario({
      problem: { type: 'softmax-regression', data: { set: 'iris' } },
      steps: 20,
      optimizers: [{ type: 'gd', lr: 0.5 }],
    });
    if (!checked.ok) throw new Error('invalid');
    const scenario = checked.scenario;
    const problem = buildProblem(scenario.problem);
    const curvature = curvatureOfRun(
      problem,
      scenario.optimizers[0]!,
      runSettings(scenario, problem),
      {
        every: 10,
      },
    );
    expect(curvature.step).toEqual([0, 10, 20]);
    // The points of the run, replayed: λmax at step 10 against the dense Hessian there.
    const settings = runSettings(scenario, problem);
    const stepper = startRun(problem, scenario.optimizers[0]!, settings);
    stepper.advance(11);
    const theta = stepper.partial().trajectory.slice(10 * problem.dim, 11 * problem.dim);
    const h = denseHessian(problem, theta);
    const n = problem.dim;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < i; j++)
        expect(Math.abs(h[i * n + j]! - h[j * n + i]!)).toBeLessThan(1e-12);
    const eigen = jacobiEigenvalues(h, n).sort((a, b) => b - a);
    // Lanczos stops on a sure residual bound, about 1e-8 relative (docs/curvature.md).
    expect(Math.abs(curvature.lambdaMax[1]! - eigen[0]!) / eigen[0]!).toBeLessThan(1e-7);
    expect(Math.abs(curvature.top![1]![1]! - eigen[1]!) / eigen[1]!).toBeLessThan(1e-6);
  });
});
