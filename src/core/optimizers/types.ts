import type { HessianVectorProduct, ParamGroup } from '../problems/types';

/**
 * What a rule may ask of the problem beyond the gradient it is handed each step: a Problem is
 * one (createOptimizer(spec, problem.dim, problem)). Newton builds the exact Hessian from its
 * Hessian-vector products; Adafactor treats each weight matrix of a model's `layout` on its own,
 * as torch treats each parameter tensor. (L-BFGS will evaluate f here, for its line search.)
 */
export interface RuleContext {
  /** A fresh exact Hessian-vector product of the full-batch f (Problem's). */
  createHessianVectorProduct?(): HessianVectorProduct;
  /** How θ is made of weight matrices and bias vectors (models); absent: θ is one vector. */
  readonly layout?: readonly ParamGroup[];
}

/**
 * An optimizer over a Float64Array of any length, with its state inside (as a torch.optim
 * optimizer holds `state[p]`). `step` reads the gradient, updates the parameters in place and
 * allocates nothing.
 */
export interface Optimizer {
  /**
   * The hyperparameter that OneCycleLR's momentum cycling writes: `momentum` (SGD, RMSprop:
   * PyTorch's `group['momentum']`), `beta1` (Adam family and Lion: `group['betas'][0]`), or null
   * where the optimizer has neither (AdaGrad, Adadelta), which the cycling then leaves alone.
   */
  readonly cycles: CycledHyperparam | null;
  /** Sets μ or β1 for the following steps (what OneCycleLR does before each step). */
  setCycledMomentum(value: number): void;
  /** One update θ ← θ − … with the given learning rate; `grad` is not modified. */
  step(params: Float64Array, grad: Float64Array, lr: number): void;
  /** A copy of the state after the last step, for the step inspector and the tests. */
  snapshot(): OptimizerSnapshot;
  /**
   * The rule's averaged point after the last step, live (not a copy: read it, never keep it),
   * where the rule keeps one beside θ (ASGD's `ax`, Schedule-Free's x); null otherwise. Before
   * the first step it holds nothing meaningful: the average of no step is the start.
   */
  readonly averaged: Float64Array | null;
}

/** What OneCycleLR may cycle: PyTorch's `group['momentum']` or `group['betas'][0]`. */
export type CycledHyperparam = 'momentum' | 'beta1';

/** The step counter and the state buffers (named as in PyTorch's `state[p]`, e.g. exp_avg). */
export interface OptimizerSnapshot {
  /** Steps taken so far (PyTorch's `state['step']`). */
  t: number;
  buffers: Record<string, Float64Array>;
}

/**
 * An update rule without the bookkeeping every optimizer shares (stepper.ts keeps the step
 * counter, the cycled μ or β1, and copies the state for snapshots).
 */
export interface UpdateRule {
  /**
   * Step t (1 on the first step, as PyTorch's `state['step']`): updates θ in place and the
   * rule's buffers. `cycled` is μ or β1 for this step (the module's `cycles`; its hyperparameter
   * value unless OneCycleLR wrote another); a rule that cycles nothing ignores it.
   */
  update(params: Float64Array, grad: Float64Array, lr: number, t: number, cycled: number): void;
  /** The live state buffers that exist so far, by PyTorch's names (copied by the snapshot). */
  state(): Record<string, Float64Array>;
  /** The live buffer of the rule's averaged point, where it keeps one (Optimizer.averaged). */
  readonly averaged?: Float64Array;
}

/**
 * PyTorch's `torch.lerp(start, end, weight)` in float64: `start + weight·(end − start)` for
 * weight < 0.5, else `end − (end − start)·(1 − weight)` (aten/src/ATen/native/Lerp.h), which
 * NAdam's `exp_avg.lerp_(grad, 1 − β1)` uses.
 */
export function lerp(start: number, end: number, weight: number): number {
  return weight < 0.5 ? start + weight * (end - start) : end - (end - start) * (1 - weight);
}
