/**
 * Adafactor's numerics: its update rule and the inspector's derivation, loaded when a run of
 * Adafactor is first computed (rule-loaders.ts). Its facts, sources and formula: adafactor.ts.
 */
import type { ParamGroup } from '../problems/types';
import { defineNumerics, type DeriveInput } from './module';
import { startDerived } from './derived';
import { lerp } from './types';

/** Python's max(a, b) and min(a, b): `a` unless `b` is larger (smaller); NaN never wins. */
const pyMax = (a: number, b: number): number => (b > a ? b : a);
const pyMin = (a: number, b: number): number => (b < a ? b : a);

/** A block of θ as torch would hold it: a vector, or a matrix (rows × cols, row-major). */
interface Block {
  offset: number;
  size: number;
  rows: number;
  cols: number;
  factored: boolean;
  /** Where its row and column factors (or its variance) start in the concatenated state. */
  rowAt: number;
  colAt: number;
  varAt: number;
}

/** θ's blocks: a model's layout (weights factored), or θ as one vector. */
function blocksOf(dim: number, layout: readonly ParamGroup[] | undefined) {
  const groups = layout ?? [{ name: 'θ', kind: 'bias' as const, offset: 0, rows: dim, cols: 1 }];
  const blocks: Block[] = [];
  let rows = 0;
  let cols = 0;
  let vars = 0;
  for (const group of groups) {
    const factored = group.kind === 'weight';
    blocks.push({
      offset: group.offset,
      size: group.rows * group.cols,
      rows: group.rows,
      cols: group.cols,
      factored,
      rowAt: rows,
      colAt: cols,
      varAt: vars,
    });
    if (factored) {
      rows += group.rows;
      cols += group.cols;
    } else vars += group.rows * group.cols;
  }
  return { blocks, rows, cols, vars };
}

/** The per-step scalars: wₜ = t^τ (the new g²'s weight, 1 − β̂2ₜ) and ρₜ = min(lr, 1/√t). */
function stepScalars(lr: number, beta2Decay: number, t: number) {
  return { weight: t ** beta2Decay, rho: pyMin(lr, 1 / t ** 0.5) };
}

/** RMS of x over a block: ‖x‖₂/√n, torch's `x.norm(2) / numel ** 0.5`. */
function rms(x: ArrayLike<number>, offset: number, size: number): number {
  let sum = 0;
  for (let i = offset; i < offset + size; i++) sum += x[i]! * x[i]!;
  return Math.sqrt(sum) / size ** 0.5;
}

/**
 * The second-moment estimate V̂ of block `b` into `out` (its coordinates), after the state's
 * update: a vector's variance, or (R·C)/max(mean R, ε1) for a matrix.
 */
function estimate(
  b: Block,
  state: { variance: ArrayLike<number>; rowVar: ArrayLike<number>; colVar: ArrayLike<number> },
  eps1: number,
  out: Float64Array,
): void {
  if (!b.factored) {
    for (let k = 0; k < b.size; k++) out[b.offset + k] = state.variance[b.varAt + k]!;
    return;
  }
  let sum = 0;
  for (let r = 0; r < b.rows; r++) sum += state.rowVar[b.rowAt + r]!;
  const mean = pyMax(sum / b.rows, eps1); // row_var.mean(dim=-2).clamp_(min=eps1)
  for (let r = 0; r < b.rows; r++)
    for (let c = 0; c < b.cols; c++)
      out[b.offset + r * b.cols + c] =
        (state.rowVar[b.rowAt + r]! * state.colVar[b.colAt + c]!) / mean;
}

/** u = g / √max(V̂, ε1²) over a block (in place of V̂ in `u`); returns ‖u‖₂. */
function scaleByEstimate(b: Block, grad: ArrayLike<number>, eps1: number, u: Float64Array): number {
  const floor = eps1 * eps1;
  let sum = 0;
  for (let k = b.offset; k < b.offset + b.size; k++) {
    const value = (1 / Math.sqrt(pyMax(u[k]!, floor))) * grad[k]!; // clamp_, rsqrt_, mul_(grad)
    u[k] = value;
    sum += value * value;
  }
  return Math.sqrt(sum);
}

/** D = max(1, RMS(u)/d), as torch writes it: ‖u‖₂/(√n·d). */
const clipOf = (norm: number, size: number, d: number): number =>
  pyMax(1, norm / (size ** 0.5 * d));

export const adafactorNumerics = defineNumerics({
  /**
   * Per block, at step t:  w = t^τ;  ρ = min(lr, 1/√t);  a = max(ε2, RMS(θ))·ρ  (θ before decay)
   *   θ ← θ·(1 − lr·λ)                                  (decoupled weight decay)
   *   vector: v ← lerp(v, g², w);  V̂ = v
   *   matrix: R ← lerp(R, mean of g² per row, w);  C ← lerp(C, per column, w);  V̂ = RC/max(mean R, ε1)
   *   u = g/√max(V̂, ε1²);  D = max(1, RMS(u)/d);  θ ← θ − (a/D)·u
   */
  rule(hp, dim, context) {
    const { blocks, rows, cols, vars } = blocksOf(dim, context.layout);
    const variance = new Float64Array(vars);
    const rowVar = new Float64Array(rows);
    const colVar = new Float64Array(cols);
    const u = new Float64Array(dim);
    const state = { variance, rowVar, colVar };
    const { beta2Decay, eps1, eps2, d, weightDecay } = hp;
    let started = false;
    return {
      update(params, grad, lr, t) {
        started = true;
        const { weight, rho } = stepScalars(lr, beta2Decay, t);
        for (const b of blocks) {
          const alpha = pyMax(eps2, rms(params, b.offset, b.size)) * rho;
          if (weightDecay !== 0) {
            const shrink = 1 - lr * weightDecay;
            for (let k = b.offset; k < b.offset + b.size; k++) params[k] = params[k]! * shrink;
          }
          if (b.factored) {
            for (let r = 0; r < b.rows; r++) {
              let sum = 0;
              for (let c = 0; c < b.cols; c++) sum += grad[b.offset + r * b.cols + c]! ** 2;
              // vector_norm(grad, dim=-1).square_().div_(cols)
              const mean = Math.sqrt(sum) ** 2 / b.cols;
              rowVar[b.rowAt + r] = lerp(rowVar[b.rowAt + r]!, mean, weight);
            }
            for (let c = 0; c < b.cols; c++) {
              let sum = 0;
              for (let r = 0; r < b.rows; r++) sum += grad[b.offset + r * b.cols + c]! ** 2;
              const mean = Math.sqrt(sum) ** 2 / b.rows;
              colVar[b.colAt + c] = lerp(colVar[b.colAt + c]!, mean, weight);
            }
          } else {
            for (let k = 0; k < b.size; k++) {
              const g = grad[b.offset + k]!;
              variance[b.varAt + k] = lerp(variance[b.varAt + k]!, g * g, weight);
            }
          }
          estimate(b, state, eps1, u);
          const clip = clipOf(scaleByEstimate(b, grad, eps1, u), b.size, d);
          const scale = -alpha / clip;
          for (let k = b.offset; k < b.offset + b.size; k++) params[k] = params[k]! + scale * u[k]!;
        }
      },
      state: () => {
        if (!started) return {};
        const buffers: Record<string, Float64Array> = {};
        if (vars > 0) buffers.variance = variance;
        if (rows > 0) {
          buffers.row_var = rowVar;
          buffers.col_var = colVar;
        }
        return buffers;
      },
    };
  },
  derive: deriveAdafactor,
});

/**
 * The inspector's quantities of a step: wₜ, ρₜ, and per coordinate V̂, u and the block's step
 * scale a/D; for θ of one block (every 2-parameter problem) a and D as scalars too.
 */
function deriveAdafactor(input: DeriveInput) {
  const derived = startDerived(input);
  const { beta2Decay, eps1, eps2, d } = input.hp;
  const dim = input.theta.length;
  const t = input.after.t;
  const { blocks } = blocksOf(dim, input.layout);
  const { weight, rho } = stepScalars(input.lr, beta2Decay, t);
  const buffer = (name: string) => input.after.buffers[name] ?? [];
  const state = {
    variance: buffer('variance'),
    rowVar: buffer('row_var'),
    colVar: buffer('col_var'),
  };
  const vHat = new Float64Array(dim);
  const u = new Float64Array(dim);
  const scale = new Float64Array(dim);
  for (const b of blocks) {
    estimate(b, state, eps1, vHat);
    u.set(vHat.subarray(b.offset, b.offset + b.size), b.offset);
    const clip = clipOf(scaleByEstimate(b, input.gradUsed, eps1, u), b.size, d);
    const alpha = pyMax(eps2, rms(input.theta, b.offset, b.size)) * rho;
    scale.fill(alpha / clip, b.offset, b.offset + b.size);
    if (blocks.length === 1) {
      derived.scalars.relativeStep = alpha;
      derived.scalars.clip = clip;
    }
  }
  derived.scalars.newWeight = weight;
  derived.scalars.rhoRel = rho;
  derived.vectors.vHatFactor = [...vHat];
  derived.vectors.uAdafactor = [...u];
  derived.vectors.stepScale = [...scale];
  return derived;
}
