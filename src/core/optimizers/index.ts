/** The optimizer factory: a scenario's optimizer spec to a stateful Optimizer. */
import type { OptimizerSpec } from '../../scenario/types';
import { createAdadelta } from './adadelta';
import { createAdagrad } from './adagrad';
import { createAdam } from './adam';
import { createAdamax } from './adamax';
import { resolveHyperparams } from './hyperparams';
import { createLion } from './lion';
import { createNadam } from './nadam';
import { createRadam } from './radam';
import { createRmsprop } from './rmsprop';
import { createSgd } from './sgd';
import type { Optimizer } from './types';

export type { Optimizer, OptimizerSnapshot } from './types';
export * from './hyperparams';

/** A fresh optimizer (zero state) for parameters of length `dim`. */
export function createOptimizer(spec: OptimizerSpec, dim: number): Optimizer {
  const hp = resolveHyperparams(spec);
  switch (spec.type) {
    case 'gd':
      return createSgd({ ...hp, momentum: 0 }, dim, false);
    case 'momentum':
      return createSgd(hp, dim, false);
    case 'nesterov':
      return createSgd({ ...hp, dampening: 0 }, dim, true);
    case 'adagrad':
      return createAdagrad(hp, dim);
    case 'rmsprop':
      return createRmsprop(hp, dim);
    case 'adadelta':
      return createAdadelta(hp, dim);
    case 'adam':
      return createAdam(hp, dim, { decoupledWeightDecay: false, amsgrad: false });
    case 'adamw':
      return createAdam(hp, dim, { decoupledWeightDecay: true, amsgrad: false });
    case 'amsgrad':
      return createAdam(hp, dim, { decoupledWeightDecay: false, amsgrad: true });
    case 'adamax':
      return createAdamax(hp, dim);
    case 'nadam':
      return createNadam(hp, dim);
    case 'radam':
      return createRadam(hp, dim);
    case 'lion':
      return createLion(hp, dim);
  }
}
