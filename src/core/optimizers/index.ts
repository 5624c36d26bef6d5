/** The optimizer factory: a scenario's optimizer spec to a stateful Optimizer. */
import type { OptimizerSpec } from '../../scenario/types';
import { resolveHyperparams } from './hyperparams';
import { optimizerModule } from './registry';
import { optimizerNumerics } from './rules';
import { stepper } from './stepper';
import type { Optimizer, RuleContext } from './types';

export type { Optimizer, OptimizerSnapshot, RuleContext, StepEvaluations } from './types';
export * from './hyperparams';

/**
 * A fresh optimizer (zero state) for parameters of length `dim`: its module's rule. `context` is
 * the problem (or what of it the rule may use: Newton needs its Hessian-vector product). The
 * type's rule must be loaded (`ensureRules`, rules.ts): else this throws `RuleNotLoaded`.
 */
export function createOptimizer(
  spec: OptimizerSpec,
  dim: number,
  context: RuleContext = {},
): Optimizer {
  const hp = resolveHyperparams(spec);
  const { cycles } = optimizerModule(spec.type);
  const rule = optimizerNumerics(spec.type).rule(hp, dim, context);
  return stepper(rule, cycles, cycles === null ? 0 : hp[cycles]);
}
