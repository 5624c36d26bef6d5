/**
 * The per-coordinate pieces the update rules share, each in PyTorch 1.13's order of operations
 * (docs/optimizers.md: the golden vectors depend on it). Small, pure and allocation-free, so the
 * hot loops call them at no cost once the JIT inlines them.
 */

/**
 * g + λθ, L2 weight decay folded into the gradient (`grad.add(param, alpha=wd)`,
 * docs/optimizers.md#conventions-and-weight-decay); the gradient itself when λ = 0.
 */
export function decayedGrad(
  grad: Float64Array,
  params: Float64Array,
  i: number,
  weightDecay: number,
): number {
  return weightDecay !== 0 ? grad[i]! + weightDecay * params[i]! : grad[i]!;
}

/** β·avg + (1 − β)·x: `avg.mul_(β).add_(x, alpha=1 − β)`, a first moment. */
export function ema(avg: number, beta: number, x: number): number {
  return avg * beta + (1 - beta) * x;
}

/** β·avg + (1 − β)·x·x: `avg.mul_(β).addcmul_(x, x, value=1 − β)`, a second moment. */
export function emaSquare(avg: number, beta: number, x: number): number {
  return avg * beta + (1 - beta) * x * x;
}
