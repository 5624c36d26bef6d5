/**
 * English of the hyperparameters: the sliders' accessible names (the HYPERPARAMS table's labels,
 * src/core/optimizers/hyperparams.ts, and a type's own reading of a shared name: ASGD's alpha),
 * the short names in the run cards, the switches' hints; and why a type is not offered for a
 * problem. Part of en.ts (spread into it);
 * zh-hyperparams.ts has the same keys.
 */
import type { HyperparamText } from '../core/optimizers';

export const enHyperparams = {
  /** The HYPERPARAMS table's labels (accessible names of the sliders). */
  hyperparam: {
    lr: 'learning rate α',
    momentum: 'momentum μ',
    dampening: 'dampening τ',
    beta1: 'β1',
    beta2: 'β2',
    eps: 'ε',
    alpha: 'smoothing constant ρ',
    rho: 'decay ρ',
    lrDecay: 'learning-rate decay η',
    initialAccumulatorValue: 'initial accumulator G₀',
    momentumDecay: 'momentum decay ψ',
    weightDecay: 'weight decay λ',
    etaMinus: 'decrease factor η₋',
    etaPlus: 'increase factor η₊',
    stepSizeMin: 'smallest step Δmin',
    stepSizeMax: 'largest step Δmax',
    lambd: 'decay term κ',
    t0: 'averaging start t₀',
    alphaAsgd: 'power of the η decay ω',
    beta2Decay: 'β2 decay τ',
    eps1: 'ε1, floor of the second moment',
    eps2: 'ε2, floor of the step scale',
    d: 'clipping threshold d',
    damping: 'damping δ',
    warmupSteps: 'warm-up steps T_w',
    r: 'averaging power r',
    weightLrPower: 'lr power of the weights p',
    nsSteps: 'Newton–Schulz steps k',
    adamLr: 'Adam’s learning rate αₐ (biases)',
    historySize: 'history size m',
    toleranceGrad: 'gradient tolerance ε_g',
    toleranceChange: 'change tolerance ε_d',
    lineSearchFn: 'line search',
    centered: 'centered',
    biasCorrection: 'bias correction',
    saddleFree: 'saddle-free',
    nesterov: 'Nesterov',
  } satisfies Record<HyperparamText, string>,
  /** The short names shown after each symbol in the run cards. */
  hyperparamShort: {
    lr: 'learning rate',
    momentum: 'momentum',
    dampening: 'dampening',
    beta1: '1st moment',
    beta2: '2nd moment',
    eps: 'small term',
    alpha: 'smoothing',
    rho: 'decay',
    lrDecay: 'lr decay',
    initialAccumulatorValue: 'initial sum',
    momentumDecay: 'momentum decay',
    weightDecay: 'weight decay',
    etaMinus: 'after a flip',
    etaPlus: 'while steady',
    stepSizeMin: 'min step',
    stepSizeMax: 'max step',
    lambd: 'decay term',
    t0: 'average from',
    alphaAsgd: 'η decay power',
    beta2Decay: 'β2 decay',
    eps1: 'v floor',
    eps2: 'scale floor',
    d: 'clipping',
    damping: 'damping',
    warmupSteps: 'warm-up',
    r: 'average power',
    weightLrPower: 'weight lr power',
    nsSteps: 'NS steps',
    adamLr: 'biases’ lr',
    historySize: 'pairs kept',
    toleranceGrad: 'stop at max|g|',
    toleranceChange: 'stop at g·d',
    lineSearchFn: 'line search',
    centered: 'centered',
    biasCorrection: 'bias correction',
    saddleFree: 'saddle-free',
    nesterov: 'Nesterov',
  } satisfies Record<HyperparamText, string>,
  hyperparamHint: {
    biasCorrection: 'Adam bias correction: divide m by 1 − β1ᵗ and v by 1 − β2ᵗ',
    centered: 'Centered RMSprop: divide by the gradient’s variance instead of its mean square',
    saddleFree:
      'Saddle-free Newton: use |H| (the Hessian’s eigenvalues made positive), so the step goes downhill along negative curvature instead of towards a saddle or a maximum',
    nesterov:
      'Muon with Nesterov momentum: orthogonalise (1 − μ)·g + μ·b, the gradient mixed with the new momentum, instead of the momentum b alone',
    lineSearchFn:
      'L-BFGS’s step length: α itself, or torch’s strong-Wolfe line search from α, which evaluates f at trial points until f has decreased enough and the slope has flattened',
  },
  /** The choices of a choice hyperparameter (L-BFGS's line search), by value. */
  hyperparamChoice: {
    lineSearchFn: {
      none: 'none (t = α)',
      'strong-wolfe': 'strong Wolfe',
    },
  },
  /** The optimizer types in the menus. */
  optimizerType: {
    tooLarge:
      '{{optimizer}} builds the whole Hessian: at most {{max}} parameters, this model has {{count}}',
    modelsOnly:
      '{{optimizer}} orthogonalises the update of each weight matrix of a model; this problem has 2 parameters and no matrix, so it does not apply (choose logistic regression or a network)',
  },
};
