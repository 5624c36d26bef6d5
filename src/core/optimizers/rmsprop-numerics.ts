/**
 * RMSprop's numerics: its update rule and the inspector's derivation, loaded when a run of RMSprop
 * is first computed (rule-loaders.ts). Its facts, sources and formula: rmsprop.ts.
 */
import { defineNumerics } from './module';
import { bufferOf, each, startDerived } from './derived';
import { decayedGrad, ema, emaSquare } from './parts';

export const rmspropNumerics = defineNumerics({
  /**
   *   g ← g + wd·θ;  v ← α·v + (1 − α)·g²
   *   centered: ḡ ← α·ḡ + (1 − α)·g;  avg = √(v − ḡ²) + ε,  else avg = √v + ε   (ε outside √)
   *   μ > 0: b ← μ·b + g/avg;  θ ← θ − lr·b        else θ ← θ − lr·g/avg
   * (Hinton, Coursera lecture 6e; centered form from Graves 2013.) μ is the cycled value, read
   * each step because OneCycleLR may write it.
   */
  rule(hp, dim) {
    const squareAvg = new Float64Array(dim);
    const gradAvg = new Float64Array(dim);
    const buf = new Float64Array(dim);
    const { alpha, eps, centered, weightDecay } = hp;
    let usedMomentum = false;
    return {
      update(params, grad, lr, _t, momentum) {
        const negLr = -lr;
        if (momentum > 0) usedMomentum = true;
        for (let i = 0; i < dim; i++) {
          const g = decayedGrad(grad, params, i, weightDecay);
          const v = emaSquare(squareAvg[i]!, alpha, g);
          squareAvg[i] = v;
          let avg: number;
          if (centered) {
            const ga = ema(gradAvg[i]!, alpha, g);
            gradAvg[i] = ga;
            avg = Math.sqrt(v + -1 * ga * ga) + eps; // addcmul(ḡ, ḡ, value=-1).sqrt_().add_(ε)
          } else {
            avg = Math.sqrt(v) + eps;
          }
          if (momentum > 0) {
            const b = buf[i]! * momentum + (1 * g) / avg; // mul_(μ).addcdiv_(g, avg)
            buf[i] = b;
            params[i] = params[i]! + negLr * b;
          } else {
            params[i] = params[i]! + (negLr * g) / avg;
          }
        }
      },
      state() {
        const buffers: Record<string, Float64Array> = { square_avg: squareAvg };
        if (centered) buffers.grad_avg = gradAvg;
        if (usedMomentum) buffers.momentum_buffer = buf;
        return buffers;
      },
    };
  },
  derive(input) {
    const derived = startDerived(input);
    const { vectors } = derived;
    const { hp } = input;
    const v = bufferOf(input, 'square_avg');
    const gAvg = hp.centered ? bufferOf(input, 'grad_avg') : null;
    vectors.v = v;
    if (gAvg) vectors.gradAvg = gAvg;
    vectors.denom = each(v.length, (i) => Math.sqrt(v[i]! - (gAvg ? gAvg[i]! ** 2 : 0)) + hp.eps);
    if (hp.momentum > 0) vectors.buf = bufferOf(input, 'momentum_buffer');
    return derived;
  },
});
