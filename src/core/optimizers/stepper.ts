/**
 * The bookkeeping every optimizer shares around its update rule: the step counter t (PyTorch's
 * `state['step']`, incremented before the update), the μ or β1 that OneCycleLR may write before
 * a step, and snapshots that copy the state buffers.
 */
import type { CycledHyperparam, Optimizer, UpdateRule } from './types';

/** An Optimizer running `rule`, whose cycled hyperparameter starts at `cycledStart`. */
export function stepper(
  rule: UpdateRule,
  cycles: CycledHyperparam | null,
  cycledStart: number,
): Optimizer {
  let t = 0;
  let cycled = cycledStart;
  return {
    cycles,
    averaged: rule.averaged ?? null,
    setCycledMomentum(value) {
      cycled = value;
    },
    step(params, grad, lr) {
      t++;
      rule.update(params, grad, lr, t, cycled);
    },
    snapshot() {
      const buffers: Record<string, Float64Array> = {};
      for (const [name, values] of Object.entries(rule.state())) buffers[name] = values.slice();
      return { t, buffers };
    },
  };
}
