/**
 * Schedule-Free's step in the stability table (stability.ts, the `schedule-free` family): its
 * warmed-up lr and average weight at step t, and the critical ηλ of its (x, z) recurrence.
 */
import { resolveHyperparams } from '../optimizers/hyperparams';
import { averageWeights } from '../optimizers/schedule-free';

/** Steps of Schedule-Free's average summed exactly; beyond, by the midpoint rule (below). */
const EXACT_STEPS = 16;

/**
 * ∫ from a to b of x^r·min(1, x/T)^p dx: the weight of step x of Schedule-Free's average over
 * lr^p (warm-up over T steps; none when T ≤ 0), in closed form on either side of T.
 */
function weightIntegral(a: number, b: number, r: number, p: number, warmup: number): number {
  const power = (q: number, from: number, to: number) =>
    to > from ? (to ** (q + 1) - from ** (q + 1)) / (q + 1) : 0;
  if (warmup <= 0) return power(r, a, b);
  return power(r + p, a, Math.min(b, warmup)) / warmup ** p + power(r, Math.max(a, warmup), b);
}

/**
 * Schedule-Free's step t: its warmed-up lr ηₜ and the average's weight cₜ at a constant `lr` (a
 * schedule's history is not followed back, as for NAdam); without t, the late-training c = 0 and
 * no warm-up. The first EXACT_STEPS weights are the rule's own arithmetic (averageWeights); the
 * rest of the sum Σ wᵢ is the midpoint rule's integral of w(x) = x^r·(lr·min(1, x/T_w))^p, off
 * by a relative O(r²/t²) (under 0.2 % past step 16 for r ≤ 4), so that a λmax line of 10⁶ steps
 * costs O(1) a step (stability-line.ts calls this once per step).
 */
export function scheduleFreeStep(
  hp: ReturnType<typeof resolveHyperparams>,
  lr: number,
  step: number | undefined,
): { eta: number; c: number } {
  if (step === undefined) return { eta: lr, c: 0 };
  const into = { lrK: 0, lrMax: 0, weightSum: 0, ckp1: 0 };
  let lrMax = -1;
  let weightSum = 0;
  for (let k = 0; k < Math.min(step, EXACT_STEPS); k++) {
    averageWeights(hp, lr, k, lrMax, weightSum, into);
    ({ lrMax, weightSum } = into);
  }
  if (step <= EXACT_STEPS) return { eta: into.lrK, c: into.ckp1 };
  const { r, weightLrPower: p, warmupSteps: warmup } = hp;
  const ramp = warmup > 0 ? Math.min(1, step / warmup) : 1;
  const weight = step ** r * (lr * ramp) ** p;
  const sum = weightSum + lr ** p * weightIntegral(EXACT_STEPS + 0.5, step + 0.5, r, p, warmup);
  return { eta: lr * ramp, c: sum === 0 ? 0 : weight / sum };
}

/** Schedule-Free's critical a = ηλ with the average's weight c (stability.ts, the `schedule-free` family). */
export const scheduleFreeCritical = (beta: number, c: number): number =>
  (2 * (2 - c)) / (2 * (1 - beta) + c * (2 * beta - 1));
