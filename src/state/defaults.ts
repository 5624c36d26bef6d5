/** The first view and the defaults the app starts from. */
import type { OptimizerSpec, OptimizerType, Scenario } from '../scenario/types';
import { OPTIMIZER_DEFAULTS } from '../core/optimizers';
import { RUN_COLORS } from '../plot/palette';

/**
 * Gradient descent and Adam on Rosenbrock from the same start, each at a round α: GD at 0.001
 * creeps down the curved valley (0.003 diverges from this start, so its safe range is narrow),
 * Adam at 0.1 reaches the floor and follows it towards (1, 1). Finding GD's best α is the first
 * thing to try, which the presets and the learning-rate lab take up.
 */
export const FIRST_VIEW: Scenario = {
  version: 1,
  problem: { type: 'function', name: 'rosenbrock' },
  start: [-1.5, 2],
  steps: 500,
  seed: 1,
  optimizers: [
    { type: 'gd', lr: 0.001, color: RUN_COLORS[0] },
    { type: 'adam', lr: 0.1, color: RUN_COLORS[1] },
  ],
};

/** A new run of `type` with PyTorch's defaults and the first palette colour not in use. */
export function newOptimizer(
  type: OptimizerType,
  taken: readonly OptimizerSpec[],
): OptimizerSpec & { color: string } {
  const used = new Set(taken.map((o) => o.color));
  const color =
    RUN_COLORS.find((c) => !used.has(c)) ?? RUN_COLORS[taken.length % RUN_COLORS.length]!;
  return { type, lr: OPTIMIZER_DEFAULTS[type].lr!, color };
}
