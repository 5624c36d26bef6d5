/**
 * L-BFGS's numerics: its update rule and the inspector's derivation, loaded when a run of L-BFGS
 * is first computed (rule-loaders.ts). Its facts, sources and formula: lbfgs.ts.
 */
import { defineNumerics } from './module';
import { startDerived } from './derived';
import { WOLFE_MAX_EVALS } from './lbfgs';
import { strongWolfe, type LineObjective } from './strong-wolfe';
import type { StepEvaluations } from './types';

/** Σ aᵢbᵢ in index order (torch's dot on a contiguous float64 vector, as measured for n = 2). */
function dot(
  a: Float64Array,
  aOffset: number,
  b: Float64Array,
  bOffset: number,
  n: number,
): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += a[aOffset + i]! * b[bOffset + i]!;
  return sum;
}

export const lbfgsNumerics = defineNumerics({
  /**
   *   stop if max|gᵢ| ≤ ε_g (θ and the state unchanged)
   *   first step: d = −g;  else y = g − g_prev, s = t·d, and if y·s > 1e−10 the pair (s, y, ρ = 1/y·s)
   *   joins the history (the oldest leaves at m) with H₀ = y·s / y·y;  d = −H·g (two loops)
   *   t = min(1, 1/Σ|gᵢ|)·lr on the first step, lr after;  stop if g·d > −ε_d
   *   t ← strongWolfe(θ, t, d) (with the line search);  θ ← θ + t·d
   */
  rule(hp, dim, context) {
    const { historySize, toleranceGrad, toleranceChange } = hp;
    const lineSearch = hp.lineSearchFn === 'strong-wolfe';
    const evaluate = context.valueAndGrad?.bind(context);
    if (lineSearch && !evaluate)
      throw new Error('lbfgs’s line search needs the problem’s f and ∇f');
    const m = Math.max(1, Math.floor(historySize));
    // The history ring: pair i (0 = oldest) at slot (oldest + i) mod m.
    const oldStps = new Float64Array(m * dim); // s
    const oldDirs = new Float64Array(m * dim); // y
    const ro = new Float64Array(m);
    const al = new Float64Array(m);
    let oldest = 0;
    let size = 0;
    const d = new Float64Array(dim);
    const prevGrad = new Float64Array(dim);
    const q = new Float64Array(dim);
    // Scalars of the state, as 1-element buffers so that snapshots carry them to the inspector.
    const scalars = new Float64Array(7); // t, H_diag, n_iter, func_evals, gtd, history size, moved
    let t = 0;
    let hDiag = 1;
    let nIter = 0;
    // The line search's trial points x + tᵢ·d of the last step.
    const start = new Float64Array(dim);
    const trialSteps = new Float64Array(WOLFE_MAX_EVALS);
    let trials = 0;
    const point = new Float64Array(dim);
    const pointGrad = new Float64Array(dim);
    const objective: LineObjective & { gtd: number } = {
      gtd: 0,
      evaluate(step) {
        for (let i = 0; i < dim; i++) point[i] = start[i]! + step * d[i]!;
        const f = evaluate!(point, pointGrad);
        objective.gtd = dot(pointGrad, 0, d, 0, dim);
        trialSteps[trials++] = step;
        return f;
      },
    };
    const evaluations: StepEvaluations = {
      count: () => 1 + trials,
      trialPoint(i, out) {
        const step = trialSteps[i]!;
        for (let j = 0; j < dim; j++) out[j] = start[j]! + step * d[j]!;
      },
    };
    let started = false;
    const publish = (gtd: number, moved: boolean): void => {
      scalars[0] = t;
      scalars[1] = hDiag;
      scalars[2] = nIter;
      scalars[3] = 1 + trials;
      scalars[4] = gtd;
      scalars[5] = size;
      scalars[6] = moved ? 1 : 0;
    };

    return {
      evaluations,
      update(params, grad, lr, _t, _cycled, loss) {
        started = true;
        trials = 0;
        let maxAbs = 0;
        for (let i = 0; i < dim; i++) maxAbs = Math.max(maxAbs, Math.abs(grad[i]!));
        // torch: opt_cond = max|g| <= tolerance_grad; a NaN gradient is not optimal.
        if (maxAbs <= toleranceGrad) {
          publish(NaN, false);
          return;
        }
        nIter++;
        if (nIter === 1) {
          for (let i = 0; i < dim; i++) d[i] = -grad[i]!;
          oldest = 0;
          size = 0;
          hDiag = 1;
        } else {
          // y = g − g_prev (into q for now), s = d·t, ys = y·s.
          let ys = 0;
          for (let i = 0; i < dim; i++) {
            q[i] = grad[i]! - prevGrad[i]!;
            ys += q[i]! * (d[i]! * t);
          }
          if (ys > 1e-10) {
            // Full: the oldest pair leaves (torch's pop(0)) and its slot takes the newest.
            const slot = size === m ? oldest : (oldest + size) % m;
            if (size === m) oldest = (oldest + 1) % m;
            else size++;
            let yy = 0;
            for (let i = 0; i < dim; i++) {
              oldDirs[slot * dim + i] = q[i]!;
              oldStps[slot * dim + i] = d[i]! * t;
              yy += q[i]! * q[i]!;
            }
            ro[slot] = 1 / ys;
            hDiag = ys / yy;
          }
          // Two-loop recursion: q = −g; newest to oldest αᵢ = ρᵢ sᵢ·q, q −= αᵢyᵢ; r = H₀q;
          // oldest to newest βᵢ = ρᵢ yᵢ·r, r += (αᵢ − βᵢ)sᵢ.
          for (let i = 0; i < dim; i++) q[i] = -grad[i]!;
          for (let k = size - 1; k >= 0; k--) {
            const slot = (oldest + k) % m;
            al[k] = dot(oldStps, slot * dim, q, 0, dim) * ro[slot]!;
            const a = -al[k]!;
            for (let i = 0; i < dim; i++) q[i] = q[i]! + a * oldDirs[slot * dim + i]!;
          }
          for (let i = 0; i < dim; i++) d[i] = q[i]! * hDiag;
          for (let k = 0; k < size; k++) {
            const slot = (oldest + k) % m;
            const be = dot(oldDirs, slot * dim, d, 0, dim) * ro[slot]!;
            const a = al[k]! - be;
            for (let i = 0; i < dim; i++) d[i] = d[i]! + a * oldStps[slot * dim + i]!;
          }
        }
        prevGrad.set(grad);
        if (nIter === 1) {
          let sumAbs = 0;
          for (let i = 0; i < dim; i++) sumAbs += Math.abs(grad[i]!);
          t = Math.min(1, 1 / sumAbs) * lr;
        } else t = lr;
        const gtd = dot(grad, 0, d, 0, dim);
        // Not a descent direction (to within ε_d): torch breaks, θ unchanged, d and t kept.
        if (!(gtd <= -toleranceChange)) {
          publish(gtd, false);
          return;
        }
        if (lineSearch) {
          start.set(params);
          let dNorm = 0;
          for (let i = 0; i < dim; i++) dNorm = Math.max(dNorm, Math.abs(d[i]!));
          const f = loss ?? evaluate!(params, pointGrad);
          t = strongWolfe(objective, t, f, gtd, dNorm);
        }
        for (let i = 0; i < dim; i++) params[i] = params[i]! + t * d[i]!;
        publish(gtd, true);
      },
      state: () =>
        started
          ? {
              d,
              prev_flat_grad: prevGrad,
              t: scalars.subarray(0, 1),
              H_diag: scalars.subarray(1, 2),
              n_iter: scalars.subarray(2, 3),
              func_evals: scalars.subarray(3, 4),
              gtd: scalars.subarray(4, 5),
              history: scalars.subarray(5, 6),
              moved: scalars.subarray(6, 7),
            }
          : {},
    };
  },
  derive(input) {
    const derived = startDerived(input);
    const { buffers } = input.after;
    const one = (name: string): number => buffers[name]?.[0] ?? NaN;
    derived.vectors.lbfgsDirection = buffers.d ?? input.theta.map(() => 0);
    derived.scalars.stepLength = one('t');
    derived.scalars.hDiag = one('H_diag');
    derived.scalars.evaluations = one('func_evals');
    derived.scalars.gtd = one('gtd');
    derived.scalars.history = one('history');
    // 0 where the step stopped (max|g| ≤ ε_g, or g·d > −ε_d): θ did not move.
    derived.scalars.moved = one('moved');
    return derived;
  },
});
