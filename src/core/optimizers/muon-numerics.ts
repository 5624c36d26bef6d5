/**
 * Muon's numerics: its update rule and the inspector's derivation, loaded when a run of Muon
 * is first computed (rule-loaders.ts). Its facts, sources and formula: muon.ts.
 */
import type { ParamGroup } from '../problems/types';
import { defineNumerics, type DeriveInput } from './module';
import { startDerived } from './derived';
import { newtonSchulz, nsWorkspace, type NsWork } from './newton-schulz';
import { lerp } from './types';

/** The auxiliary Adam's fixed hyperparameters: the reference's defaults for its Adam groups. */
export const MUON_AUX_BETAS = [0.9, 0.95] as const;

export const MUON_AUX_EPS = 1e-10;

/** A weight matrix of θ with its Newton–Schulz work matrices and its scale √max(1, r/c). */
interface MatrixBlock {
  readonly offset: number;
  readonly rows: number;
  readonly cols: number;
  readonly scale: number;
  readonly work: NsWork;
}

/** θ's weight matrices and the coordinates of everything else (the auxiliary Adam's). */
function splitLayout(dim: number, layout: readonly ParamGroup[] | undefined) {
  const matrices: MatrixBlock[] = [];
  const inMatrix = new Uint8Array(dim);
  for (const group of layout ?? []) {
    if (group.kind !== 'weight') continue;
    const { offset, rows, cols } = group;
    // update *= max(1, grad.size(-2) / grad.size(-1))**0.5
    matrices.push({
      offset,
      rows,
      cols,
      scale: Math.max(1, rows / cols) ** 0.5,
      work: nsWorkspace(rows, cols),
    });
    inMatrix.fill(1, offset, offset + rows * cols);
  }
  const others: number[] = [];
  for (let i = 0; i < dim; i++) if (!inMatrix[i]) others.push(i);
  return { matrices, others: Int32Array.from(others) };
}

/**
 * The auxiliary Adam's lr at a step: `adamLr` scaled as the schedule scales Muon's (lr/α). torch's
 * schedulers scale each group's lr by the same factor (StepLR, ExponentialLR, LinearLR; OneCycleLR
 * with a max_lr per group; CosineAnnealingLR with eta_min = 0), docs/optimizers.md#muon.
 */
export const auxLr = (adamLr: number, lr: number, baseLr: number): number =>
  baseLr > 0 ? adamLr * (lr / baseLr) : adamLr;

export const muonNumerics = defineNumerics({
  /**
   * Each weight matrix (r × c), with buffer B:
   *   B ← lerp(B, g, 1 − μ);  U = lerp(g, B, μ) if nesterov else B
   *   O = NS(U)·√max(1, r/c);  θ ← θ·(1 − α·λ);  θ ← θ − α·O
   * Every other coordinate, Adam with lr αₐ = adamLr·(αₜ/α), β = (0.9, 0.95), ε = 1e-10:
   *   m ← lerp(m, g, 1 − β1);  v ← lerp(v, g², 1 − β2)
   *   O = (m/(1 − β1ᵗ)) / (√(v/(1 − β2ᵗ)) + ε);  θ ← θ − αₐ·O
   */
  rule(hp, dim, context) {
    const { matrices, others } = splitLayout(dim, context.layout);
    const { momentum, nesterov, nsSteps, weightDecay, adamLr } = hp;
    const [beta1, beta2] = MUON_AUX_BETAS;
    const buf = new Float64Array(dim);
    const direction = new Float64Array(dim);
    const orthogonal = new Float64Array(dim);
    const expAvg = new Float64Array(dim);
    const expAvgSq = new Float64Array(dim);
    let started = false;
    return {
      update(params, grad, lr, t) {
        started = true;
        for (const m of matrices) {
          const end = m.offset + m.rows * m.cols;
          for (let k = m.offset; k < end; k++) {
            const g = grad[k]!;
            buf[k] = lerp(buf[k]!, g, 1 - momentum); // momentum.lerp_(grad, 1 - beta)
            direction[k] = nesterov ? lerp(g, buf[k]!, momentum) : buf[k]!;
          }
          newtonSchulz(direction, m.offset, m.rows, m.cols, nsSteps, m.work, orthogonal);
          const shrink = 1 - lr * weightDecay;
          for (let k = m.offset; k < end; k++) {
            orthogonal[k] = orthogonal[k]! * m.scale;
            params[k] = params[k]! * shrink; // p.mul_(1 - lr * weight_decay)
            params[k] = params[k]! + -lr * orthogonal[k]!; // p.add_(update, alpha=-lr)
          }
        }
        const lrAux = auxLr(adamLr, lr, hp.lr);
        const bc1 = 1 - beta1 ** t;
        const bc2 = 1 - beta2 ** t;
        for (let n = 0; n < others.length; n++) {
          const k = others[n]!;
          const g = grad[k]!;
          expAvg[k] = lerp(expAvg[k]!, g, 1 - beta1);
          expAvgSq[k] = lerp(expAvgSq[k]!, g * g, 1 - beta2);
          orthogonal[k] = expAvg[k]! / bc1 / (Math.sqrt(expAvgSq[k]! / bc2) + MUON_AUX_EPS);
          // The auxiliary group's weight decay is the reference's default, 0: θ·1 is θ.
          params[k] = params[k]! + -lrAux * orthogonal[k]!;
        }
      },
      state: () =>
        started
          ? {
              momentum_buffer: buf,
              exp_avg: expAvg,
              exp_avg_sq: expAvgSq,
              update: orthogonal,
            }
          : {},
    };
  },
  derive: deriveMuon,
});

/**
 * The inspector's quantities of a step: per coordinate the direction U that was orthogonalised
 * (weight matrices) and the update O before the lr (NS(U)·scale, or Adam's m̂/(√v̂ + ε)); the
 * auxiliary Adam's lr and bias corrections.
 */
function deriveMuon(input: DeriveInput) {
  const derived = startDerived(input);
  const { momentum, nesterov, adamLr, lr: baseLr } = input.hp;
  const dim = input.theta.length;
  const t = input.after.t;
  const { matrices } = splitLayout(dim, input.layout);
  const buffer = (name: string) => input.after.buffers[name] ?? new Array<number>(dim).fill(0);
  const buf = buffer('momentum_buffer');
  const direction = new Array<number>(dim).fill(0);
  for (const m of matrices)
    for (let k = m.offset; k < m.offset + m.rows * m.cols; k++)
      direction[k] = nesterov ? lerp(input.gradUsed[k]!, buf[k]!, momentum) : buf[k]!;
  derived.vectors.buf = [...buf];
  derived.vectors.muonDirection = direction;
  derived.vectors.m = [...buffer('exp_avg')];
  derived.vectors.v = [...buffer('exp_avg_sq')];
  derived.vectors.muonUpdate = [...buffer('update')];
  derived.scalars.bc1 = 1 - MUON_AUX_BETAS[0] ** t;
  derived.scalars.bc2 = 1 - MUON_AUX_BETAS[1] ** t;
  derived.scalars.auxLr = auxLr(adamLr, input.lr, baseLr);
  return derived;
}
