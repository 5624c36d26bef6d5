/**
 * What the landscape's arrows at the cursor step need that the results do not hold
 * (docs/arrows.md): the full, noise-free gradient ∇f(θₖ) at the cursor's point θₖ, the learning
 * rate of the step that leaves it, and the optimizer's direction state after step k (the momentum
 * buffer b, or Adam's m̂, or Lion's m). Δθ is not here: the trajectory already holds it.
 *
 * Built on the step inspector's replay (src/core/inspect.ts), so θₖ and the state are bit for bit
 * those of run(): inspecting step k − 1 → k gives θₖ as its `next` and the state after it.
 */
import type { OptimizerType, Scenario } from '../scenario/types';
import { resolveHyperparams } from './optimizers';
import { inspectStep, type StateSnapshot } from './inspect';
import { optimizerModule } from './optimizers/registry';
import { buildProblem } from './problems';
import { resolveSchedule, scheduleSequence } from './schedules';

/**
 * Which direction state an optimizer keeps (docs/optimizers.md; the inspector's symbols):
 * `b` the momentum buffer (SGD with momentum, Nesterov, RMSprop with momentum), `mHat` Adam's
 * bias-corrected first moment m / (1 − β1ᵗ), `m` a first moment without bias correction (Lion,
 * Adam with bias correction off). AdaGrad, Adadelta, plain RMSprop and plain SGD keep none.
 */
export type StateSymbol = 'b' | 'mHat' | 'm';

export interface StateVector {
  symbol: StateSymbol;
  /** In gradient units (b and m̂ are running sums or averages of gradients). */
  vector: number[];
}

export interface CursorVectors {
  runIndex: number;
  /** k: the step whose point θₖ the vectors belong to. */
  step: number;
  /** θₖ in the run's own parameters. */
  point: number[];
  /** ∇f(θₖ), over the full dataset and without noise: the landscape's own gradient. */
  grad: number[];
  /** α of step k → k + 1 (after any schedule); of the last step at the end of the run. */
  lr: number;
  /** The direction state after step k; null before the first step and for optimizers without one. */
  state: StateVector | null;
}

/**
 * The direction state after `state.t` steps. NAdam weights m by its own μ products; m̂ here is
 * Adam's m / (1 − β1ᵗ) for it too: the direction is the same, only the length differs slightly.
 */
export function stateVector(
  type: OptimizerType,
  hyperparams: { beta1: number; biasCorrection: boolean },
  state: StateSnapshot,
): StateVector | null {
  const buffer = state.buffers.momentum_buffer;
  if (buffer) return { symbol: 'b', vector: [...buffer] };
  const m = state.buffers.exp_avg;
  if (!m || state.t < 1) return null;
  if (optimizerModule(type).biasCorrectedMoment && hyperparams.biasCorrection) {
    const correction = 1 - hyperparams.beta1 ** state.t;
    return { symbol: 'mHat', vector: m.map((value) => value / correction) };
  }
  return { symbol: 'm', vector: [...m] };
}

/**
 * The vectors of run `runIndex` at step `step` of a validated scenario; `step` is capped to the
 * run's last valid point by the caller (the landscape asks for the marker's step). null when the
 * run does not exist or its point k cannot be reached (it diverged before).
 */
export function cursorVectors(
  scenario: Scenario,
  runIndex: number,
  step: number,
): CursorVectors | null {
  const spec = scenario.optimizers[runIndex];
  if (!spec) return null;
  const k = Math.max(0, Math.min(scenario.steps, Math.floor(Number.isFinite(step) ? step : 0)));
  let point = [...scenario.start];
  let state: StateVector | null = null;
  if (k > 0) {
    const inspection = inspectStep(scenario, runIndex, k - 1);
    // A run that diverged before k is inspected at an earlier step: no point k to draw at.
    if (!inspection || inspection.step !== k - 1 || inspection.diverges) return null;
    point = inspection.next;
    const hp = resolveHyperparams(spec);
    state = stateVector(spec.type, hp, inspection.after);
  }
  const problem = buildProblem(scenario.problem);
  const grad = new Float64Array(problem.dim);
  problem.valueAndGrad(Float64Array.from(point), grad);
  const lrs = scheduleSequence(
    resolveSchedule(spec.schedule, scenario.steps),
    spec.lr,
    scenario.steps,
  ).lr;
  const lr = lrs[Math.min(k, scenario.steps - 1)] ?? spec.lr;
  return { runIndex, step: k, point, grad: [...grad], lr, state };
}
