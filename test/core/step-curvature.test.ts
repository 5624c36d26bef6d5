import { describe, expect, it } from 'vitest';
import { hessian2Of } from '../../src/core/curvature/hessian2';
import { eigen2 } from '../../src/core/curvature/eigen2';
import { stabilityLimit, stepRegime } from '../../src/core/curvature/stability';
import { inspectStep, type StepInspection } from '../../src/core/inspect';
import { stepCurvature, stepPreconditioner } from '../../src/core/step-curvature';
import type { OptimizerSpec, ProblemSpec, Scenario } from '../../src/scenario/types';
import { scenarioOn, scenarioWith } from '../helpers';

/** H at the inspected θₖ, as the worker computes it (src/engine/probe-hessian.ts). */
function hessianAt(problem: ProblemSpec, ins: StepInspection): [number, number, number] {
  const out = new Float64Array(3);
  hessian2Of(problem)!(ins.theta[0]!, ins.theta[1]!, out);
  return [out[0]!, out[1]!, out[2]!];
}

function inspect(scenario: Scenario, step: number): StepInspection {
  return inspectStep(scenario, 0, step)!;
}

/** Rosenbrock from (−1.5, 2), step 12 of 20: every adaptive state well away from its start. */
const rosenbrock = (spec: OptimizerSpec) =>
  scenarioOn('rosenbrock', [spec], { start: [-1.5, 2], steps: 20 });

describe('the step’s preconditioner P', () => {
  /** Types whose step is exactly −α·direction/P, with the state vector that is the direction. */
  const EXACT: [OptimizerSpec, 'exp_avg' | 'grad'][] = [
    [{ type: 'adam', lr: 0.05 }, 'exp_avg'],
    [{ type: 'adam', lr: 0.05, biasCorrection: false }, 'exp_avg'],
    [{ type: 'adam', lr: 0.05, weightDecay: 0.05 }, 'exp_avg'],
    [{ type: 'amsgrad', lr: 0.05 }, 'exp_avg'],
    [{ type: 'adamax', lr: 0.05 }, 'exp_avg'],
    [{ type: 'radam', lr: 0.01 }, 'exp_avg'],
    [{ type: 'rmsprop', lr: 0.01 }, 'grad'],
    [{ type: 'rmsprop', lr: 0.005, centered: true }, 'grad'],
    [{ type: 'adagrad', lr: 0.3, lrDecay: 0.01 }, 'grad'],
    [{ type: 'adadelta', lr: 1 }, 'grad'],
  ];

  for (const [spec, direction] of EXACT)
    it(`makes the step θ ← θ − α·${direction === 'grad' ? 'g' : 'm'}/P: ${JSON.stringify(spec)}`, () => {
      // RAdam rectifies from ρₜ > 5 (t ≥ 6 with β2 = 0.999): steps 2 and 12 see both rules.
      for (const k of [2, 12]) {
        const ins = inspect(rosenbrock(spec), k);
        const p = stepPreconditioner(ins)!;
        const d = direction === 'grad' ? ins.gradUsed : ins.after.buffers.exp_avg!;
        ins.delta.forEach((delta, i) => {
          const expected = (-ins.lr * d[i]!) / p[i]!;
          // The rule's own operations round differently from this quotient: 1e-12 relative.
          expect(Math.abs(delta - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
        });
      }
    });

  it('is NAdam’s √v̂ + ε, and there is none for SGD, momentum, Nesterov and Lion', () => {
    const nadam = inspect(rosenbrock({ type: 'nadam', lr: 0.05 }), 5);
    expect(stepPreconditioner(nadam)).toEqual(nadam.derived.vectors.denom);
    for (const type of ['gd', 'momentum', 'nesterov', 'lion'] as const)
      expect(stepPreconditioner(inspect(rosenbrock({ type, lr: 1e-3 }), 3))).toBeNull();
  });
});

describe('the curvature of an inspected step', () => {
  // 0.1x² + 2y²: λmax = 4 everywhere, so gradient descent's regime is set by α alone.
  const ellipse = (lr: number) => scenarioOn('ellipse', [{ type: 'gd', lr }], { start: [3, 1] });
  const problem: ProblemSpec = { type: 'function', name: 'ellipse' };

  it('says stable, oscillating or diverging for gradient descent as α·λmax passes 1 and 2', () => {
    const cases: [number, string][] = [
      [0.2, 'stable'], // α·λmax = 0.8
      [0.35, 'oscillating'], // 1.4
      [0.55, 'diverging'], // 2.2
    ];
    for (const [lr, regime] of cases) {
      const ins = inspect(ellipse(lr), 1);
      const curvature = stepCurvature(ins, hessianAt(problem, ins))!;
      expect(curvature.lambdaMax).toBeCloseTo(4, 12);
      expect(curvature.lambdaMin).toBeCloseTo(0.2, 12);
      expect(curvature.preconditioner).toBeNull();
      expect(curvature.sharpness).toBe(curvature.lambdaMax);
      expect(curvature.scaled).toBeCloseTo(4 * lr, 12);
      expect(curvature.limit.factor).toBe(2);
      expect(curvature.limit.limit).toBeCloseTo(2 / lr, 12);
      expect(curvature.regime).toBe(regime);
    }
  });

  it('bounds Adam’s preconditioned λmax: the roots of det(H − λP) = 0', () => {
    const scenario = rosenbrock({ type: 'adam', lr: 0.05 });
    const ins = inspect(scenario, 12);
    const h = hessianAt(scenario.problem, ins);
    const curvature = stepCurvature(ins, h)!;
    const [p, q] = curvature.preconditioner!;
    // det(H − λP) = pq·λ² − (aq + cp)·λ + (ac − b²): its larger root, independently of eigen2.
    const [a, b, c] = h;
    const A = p! * q!;
    const B = -(a * q! + c * p!);
    const C = a * c - b * b;
    const root = (-B + Math.sqrt(B * B - 4 * A * C)) / (2 * A);
    expect(curvature.preconditionedMax! / root).toBeCloseTo(1, 10);
    expect(curvature.limit.on).toBe('preconditioned');
    expect(curvature.limit.factor).toBeCloseTo(38, 12); // (2 + 2β1)/(1 − β1), β1 = 0.9
    expect(curvature.sharpness).toBe(curvature.preconditionedMax);
    expect(curvature.scaled).toBeCloseTo(0.05 * root, 9);
    expect(curvature.regime).toBe(stepRegime(ins.optimizer, ins.lr, root));
    expect(curvature.lambdaMax).toBeCloseTo(eigen2(a, b, c).lambdaMax, 12);
  });

  it('adds L2 weight decay to H before preconditioning, as the Curvature chart does', () => {
    const scenario = rosenbrock({ type: 'adam', lr: 0.05, weightDecay: 0.5 });
    const ins = inspect(scenario, 12);
    const [a, b, c] = hessianAt(scenario.problem, ins);
    const curvature = stepCurvature(ins, [a, b, c])!;
    const [p, q] = curvature.preconditioner!;
    const shifted = eigen2((a + 0.5) / p!, b / Math.sqrt(p! * q!), (c + 0.5) / q!).lambdaMax;
    expect(curvature.preconditionedMax).toBe(shifted);
    expect(curvature.lambdaMax).toBe(eigen2(a, b, c).lambdaMax); // the loss's own
  });

  it('reads NAdam’s limit at the step’s own t (its μₜ schedule)', () => {
    const scenario = rosenbrock({ type: 'nadam', lr: 0.05 });
    const ins = inspect(scenario, 7);
    const curvature = stepCurvature(ins, hessianAt(scenario.problem, ins))!;
    expect(curvature.limit.factor).toBe(stabilityLimit(ins.optimizer, ins.lr, undefined, 8).factor);
    expect(curvature.limit.factor).not.toBe(stabilityLimit(ins.optimizer, ins.lr).factor);
  });

  it('uses one-cycle’s μ of the step for the limit', () => {
    const scenario = scenarioOn(
      'ellipse',
      [{ type: 'momentum', lr: 0.1, momentum: 0.9, schedule: { type: 'one-cycle' } }],
      { start: [3, 1], steps: 40 },
    );
    const ins = inspect(scenario, 5);
    expect(ins.cycled?.name).toBe('momentum');
    const curvature = stepCurvature(ins, hessianAt(scenario.problem, ins))!;
    expect(curvature.limit.momentum).toBe(ins.cycled!.value);
    expect(curvature.limit.factor).toBeCloseTo(2 * (1 + ins.cycled!.value), 12);
  });

  it('is not computed for a model (more than 2 parameters) or without a Hessian', () => {
    const model = scenarioWith({ type: 'logistic-regression' }, [{ type: 'gd', lr: 0.1 }], {
      start: [0, 0, 0],
    });
    const ins = inspect(model, 1);
    expect(ins.theta.length).toBeGreaterThan(2);
    expect(stepCurvature(ins, [1, 0, 1])).toBeNull();
    expect(stepCurvature(inspect(ellipse(0.1), 1), null)).toBeNull();
  });
});
