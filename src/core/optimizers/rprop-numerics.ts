/**
 * Rprop's numerics: its update rule and the inspector's derivation, loaded when a run of Rprop
 * is first computed (rule-loaders.ts). Its facts, sources and formula: rprop.ts.
 */
import { defineNumerics } from './module';
import { bufferOf, each, startDerived } from './derived';

/** sign(g·g_prev): −1, 0, +1, or NaN where a gradient is NaN (torch.sign keeps NaN). */
const signOf = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : NaN);

/** The factor of a coordinate's step size: η₊ after no sign change, η₋ after one, 1 at 0. */
function factorOf(agree: number, etaMinus: number, etaPlus: number): number {
  // torch assigns etaplus where sign > 0, then etaminus where sign < 0, then 1 where sign == 0;
  // NaN matches none and stays NaN.
  return agree > 0 ? etaPlus : agree < 0 ? etaMinus : agree === 0 ? 1 : NaN;
}

export const rpropNumerics = defineNumerics({
  /**
   *   s = sign(g·g_prev);  η = η₊ if s > 0, η₋ if s < 0, 1 if s = 0
   *   Δ ← min(max(Δ·η, Δmin), Δmax)        (Δ starts at the lr of the first step)
   *   g' = 0 where s < 0, else g;  θ ← θ − sign(g')·Δ;  g_prev ← g'
   * torch reads `lr` only when it creates the state (`step_size` filled with group['lr']), so a
   * schedule sets the first step size and nothing after.
   */
  rule(hp, dim) {
    const prev = new Float64Array(dim);
    const stepSize = new Float64Array(dim);
    const { etaMinus, etaPlus, stepSizeMin, stepSizeMax } = hp;
    let started = false;
    return {
      update(params, grad, lr) {
        if (!started) {
          stepSize.fill(lr);
          started = true;
        }
        for (let i = 0; i < dim; i++) {
          const g = grad[i]!;
          const factor = factorOf(signOf(g * prev[i]!), etaMinus, etaPlus);
          // step_size.mul_(sign).clamp_(min, max); NaN stays NaN, as in torch.clamp.
          const size = Math.min(Math.max(stepSize[i]! * factor, stepSizeMin), stepSizeMax);
          stepSize[i] = size;
          const kept = factor === etaMinus ? 0 : g; // grad[sign.eq(etaminus)] = 0
          params[i] = params[i]! + -(signOf(kept) * size); // addcmul_(grad.sign(), step_size, value=-1)
          prev[i] = kept;
        }
      },
      state: () => (started ? { prev, step_size: stepSize } : {}),
    };
  },
  derive(input) {
    const derived = startDerived(input);
    const { etaMinus, etaPlus } = input.hp;
    const g = input.gradUsed;
    const prevBefore = bufferOf(input, 'prev', input.before);
    const agree = each(g.length, (i) => signOf(g[i]! * prevBefore[i]!));
    const factor = agree.map((s) => factorOf(s, etaMinus, etaPlus));
    derived.vectors.agree = agree;
    derived.vectors.factor = factor;
    derived.vectors.stepSize = bufferOf(input, 'step_size');
    derived.vectors.gKept = each(g.length, (i) => (factor[i] === etaMinus ? 0 : g[i]!));
    return derived;
  },
});
