/**
 * What the exported scripts are made of (docs/code-export.md), as types only: the targets, and
 * what a problem kind writes for each (src/kinds/<kind>/code.ts, listed in
 * src/kinds/code-registry.ts). A leaf, so that the kinds' code and the exporter import no cycle.
 */
import type { Say } from './comments';

/** The two scripts Descent writes: torch.optim's, and the same rules written out in NumPy. */
export const CODE_TARGETS = ['pytorch', 'numpy'] as const;
export type CodeTarget = (typeof CODE_TARGETS)[number];

/** What the exporter hands a kind's code. */
export interface KindCodeContext {
  say: Say;
  /** Length of θ. */
  dim: number;
}

/**
 * A problem in the PyTorch script. The loop (src/export/code/loop-torch.ts) runs `init`, then
 * per step evaluates `loss` (the full loss, a 0-d tensor, backpropagated when there are no
 * batches) or `batchLoss` (with `batch` bound to the rows of the mini-batch), and records
 * `point`.
 */
export interface TorchProblem {
  /** Module-level Python: the data, the model or the function, the loss. */
  definitions: string[];
  /** Statements at the start of a run, making θ from START and binding `params`, the tensors. */
  init: string[];
  /** The loss over every point at the current θ. */
  loss: string;
  /** The loss of the rows `batch` (problems on data). */
  batchLoss?: string;
  /** θ as a list of floats, in state_dict order. */
  point: string;
  /** Number of data points (mini-batches are drawn from them); null without data. */
  points: number | null;
  /** A mini-batch run records its batch's loss, not the full one (the table classifiers). */
  recordsBatchLoss?: boolean;
}

/**
 * A problem in the NumPy script: module-level definitions ending with
 * `loss_and_grad(theta)` (or `loss_and_grad(theta, rows)` on data, with `ALL` the rows of every
 * point), which returns f(θ) and its gradient written out by hand.
 */
export interface NumpyProblem {
  definitions: string[];
  /** Number of data points; null without data (then `loss_and_grad` takes θ alone). */
  points: number | null;
  /** A mini-batch run records its batch's loss, not the full one (the table classifiers). */
  recordsBatchLoss?: boolean;
}

/** How a problem kind is written in each target (docs/code-export.md, "Problems"). */
export interface KindCode<S> {
  torch(spec: S, context: KindCodeContext): TorchProblem;
  numpy(spec: S, context: KindCodeContext): NumpyProblem;
}
