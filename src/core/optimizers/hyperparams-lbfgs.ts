/**
 * The rows of L-BFGS's hyperparameters in the HYPERPARAMS table (hyperparams.ts spreads them in):
 * torch.optim.LBFGS's history_size, tolerance_grad, tolerance_change and line_search_fn, the
 * last the table's one choice (docs/extending.md, "Adding an optimizer").
 */
import { LINE_SEARCH_FNS } from '../../scenario/types';
import type { ChoiceHyperparamSpec, NumericHyperparamSpec } from './hyperparam-types';

export const LBFGS_HYPERPARAMS: {
  readonly historySize: NumericHyperparamSpec;
  readonly toleranceGrad: NumericHyperparamSpec;
  readonly toleranceChange: NumericHyperparamSpec;
  readonly lineSearchFn: ChoiceHyperparamSpec;
} = {
  historySize: {
    kind: 'number',
    symbol: 'm',
    label: 'history size m',
    min: 1,
    max: 1000,
    // Linear, one position per whole number (slider-scale.ts, positionsOf); the field takes 1000.
    scale: 'linear',
    slider: [1, 100],
    integer: true,
  },
  toleranceGrad: {
    kind: 'number',
    symbol: 'ε_g',
    label: 'gradient tolerance ε_g',
    min: 0,
    max: 1e4,
    scale: 'log',
    slider: [1e-12, 1e-2],
  },
  toleranceChange: {
    kind: 'number',
    symbol: 'ε_d',
    label: 'change tolerance ε_d',
    min: 0,
    max: 1e4,
    scale: 'log',
    slider: [1e-12, 1e-2],
  },
  lineSearchFn: {
    kind: 'choice',
    symbol: 'line search',
    label: 'line search',
    options: LINE_SEARCH_FNS,
  },
};
