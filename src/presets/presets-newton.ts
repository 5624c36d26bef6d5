/**
 * The presets on Newton's method (issue 21, topic "Curvature"): one step to the minimum of a
 * quadratic, and a saddle that attracts the plain step where saddle-free Newton leaves it
 * (docs/optimizers.md#newton); and L-BFGS against Adam counted in evaluations of f
 * (docs/optimizers.md#lbfgs). Every claim is checked by test/presets/newton-expectations.ts and
 * lbfgs-expectations.ts.
 */
import { fn, scenario, type Preset } from './preset-parts';
import { RUN_ROLES } from './run-roles';

export const NEWTON_PRESETS: readonly Preset[] = [
  {
    id: 'newton-one-step',
    title: 'Newton: one step to the minimum of a quadratic',
    topic: 'Curvature',
    summary:
      'Booth’s function is a quadratic, so its Hessian is the same everywhere and Newton’s step θ − H⁻¹∇f lands exactly on the minimum (1, 3) in one step, where gradient descent at its best constant α = 2/(λmin + λmax) = 0.1 needs 47 steps to bring f below 10⁻⁶. ' +
      'With α = 0.5 Newton halves the distance to the minimum at every step instead, and needs 15: the curvature sets the direction and the length of each step, α only scales it.',
    scenario: scenario(fn('booth'), [-5, -5], 60, [
      { type: 'newton', lr: 1, label: RUN_ROLES.fullStep },
      { type: 'newton', lr: 0.5, label: RUN_ROLES.halfStep },
      { type: 'gd', lr: 0.1 },
    ]),
  },
  {
    id: 'newton-saddle',
    title: 'Newton lost at a saddle',
    topic: 'Curvature',
    summary:
      'From (1, 1.4) on Beale’s function Newton heads for the point where the local quadratic model is flat, and here that point is a saddle: it converges to (0, 1), where the gradient vanishes and f = 14.2, and stays there. ' +
      'Saddle-free Newton divides by |H| instead, so along the direction of negative curvature it goes downhill, and it reaches the minimum (3, 0.5) by step 10, while gradient descent at α = 0.01 is still at f = 0.22 after 60 steps.',
    scenario: scenario(fn('beale'), [1, 1.4], 60, [
      { type: 'newton', lr: 1, label: RUN_ROLES.plain },
      { type: 'newton', lr: 1, saddleFree: true, label: RUN_ROLES.saddleFree },
      { type: 'gd', lr: 0.01 },
    ]),
    view: { selectedRun: 0, cursor: 3 },
  },
  {
    id: 'lbfgs-vs-adam-evaluations',
    title: 'L-BFGS vs Adam, counted in function evaluations',
    topic: 'Curvature',
    summary:
      'On Rosenbrock from (−1.5, 2), L-BFGS brings f below 10⁻⁶ in 38 steps with the strong-Wolfe line search and in 87 without it: counted in steps the line search looks more than twice as fast, but its trial points (the rings on the landscape) cost 86 evaluations of f against 87, so counted in evaluations, as this chart’s x axis is, the two are level. ' +
      'Adam at α = 0.1 spends one evaluation a step and after 200 is still at f = 1.9, far up the curved valley: L-BFGS’s estimate of the curvature from its last steps is what turns each step down the valley.',
    scenario: scenario(fn('rosenbrock'), [-1.5, 2], 200, [
      { type: 'lbfgs', lr: 1, lineSearchFn: 'strong-wolfe', label: RUN_ROLES.strongWolfe },
      { type: 'lbfgs', lr: 1, label: RUN_ROLES.noLineSearch },
      { type: 'adam', lr: 0.1 },
    ]),
    view: { selectedRun: 0, cursor: 5, x: 'evaluations' },
  },
];
