/** The optimizer factory: a scenario's optimizer spec to a stateful Optimizer. */
import type { OptimizerSpec } from '../../scenario/types';
import { resolveHyperparams } from './hyperparams';
import { optimizerModule, optimizerNumerics } from './registry';
import { stepper } from './stepper';
import type { Optimizer } from './types';

export type { Optimizer, OptimizerSnapshot } from './types';
export * from './hyperparams';

/** A fresh optimizer (zero state) for parameters of length `dim`: its module's rule. */
export function createOptimizer(spec: OptimizerSpec, dim: number): Optimizer {
  const hp = resolveHyperparams(spec);
  const { cycles } = optimizerModule(spec.type);
  const rule = optimizerNumerics(spec.type).rule(hp, dim);
  return stepper(rule, cycles, cycles === null ? 0 : hp[cycles]);
}
