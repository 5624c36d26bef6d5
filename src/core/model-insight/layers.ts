/**
 * θ cut into its layers, and the norms practitioners watch per layer to tune the learning rate
 * (issue 22, "What the model learned"): ‖∇_l f‖ and the update-to-weight ratio ‖Δθ_l‖/‖θ_l‖.
 * Karpathy's CS231n notes ("Neural Networks Part 3", Babysitting the learning process: "Ratio of
 * weights:updates") give ≈ 1e-3 as a rough heuristic: much lower, the learning rate is probably
 * too low; much higher, probably too high.
 */
import type { ParamGroup } from '../problems/types';

/** One layer of θ: its weight and bias blocks, as ranges [offset, offset + length). */
export interface LayerBlock {
  /** "64→32" (fan-in → fan-out), or "θ" for a problem without a layout. */
  readonly name: string;
  readonly ranges: readonly (readonly [offset: number, length: number])[];
  /** Parameters in the layer. */
  readonly size: number;
}

/**
 * The layers of a layout: each weight block with the bias blocks after it (the state_dict's
 * order: weight, bias per nn.Linear); a problem without a layout (linear regression's (w, b)) is
 * one layer of all `dim` parameters.
 */
export function layerBlocks(layout: readonly ParamGroup[] | undefined, dim: number): LayerBlock[] {
  if (!layout || layout.length === 0) return [{ name: 'θ', ranges: [[0, dim]], size: dim }];
  const layers: { name: string; ranges: [number, number][] }[] = [];
  for (const group of layout) {
    const range: [number, number] = [group.offset, group.rows * group.cols];
    const current = layers[layers.length - 1];
    if (group.kind === 'bias' && current) current.ranges.push(range);
    else layers.push({ name: `${group.cols}→${group.rows}`, ranges: [range] });
  }
  return layers.map(({ name, ranges }) => ({
    name,
    ranges,
    size: ranges.reduce((sum, [, length]) => sum + length, 0),
  }));
}

/** ‖v_l‖: the Euclidean norm of layer `block`'s entries of v, read from v[base …]. */
export function layerNorm(v: ArrayLike<number>, block: LayerBlock, base = 0): number {
  let sum = 0;
  for (const [offset, length] of block.ranges)
    for (let i = base + offset, end = i + length; i < end; i++) sum += v[i]! * v[i]!;
  return Math.sqrt(sum);
}

/**
 * ratio[l][k] = ‖θ_l,k+1 − θ_l,k‖ / ‖θ_l,k‖ for each step k of a trajectory of `points` points of
 * `dim` parameters (θₖ at trajectory[k·dim …]): the update of step k + 1 against the weights it
 * changed. NaN where ‖θ_l,k‖ = 0 (softmax regression starts at θ = 0: no ratio there).
 */
export function updateRatios(
  trajectory: ArrayLike<number>,
  dim: number,
  points: number,
  blocks: readonly LayerBlock[],
): Float64Array[] {
  const steps = Math.max(0, points - 1);
  return blocks.map((block) => {
    const ratio = new Float64Array(steps);
    for (let k = 0; k < steps; k++) {
      const at = k * dim;
      let update = 0;
      let weight = 0;
      for (const [offset, length] of block.ranges)
        for (let i = at + offset, end = i + length; i < end; i++) {
          const before = trajectory[i]!;
          const change = trajectory[i + dim]! - before;
          update += change * change;
          weight += before * before;
        }
      ratio[k] = weight > 0 ? Math.sqrt(update / weight) : NaN;
    }
    return ratio;
  });
}

/**
 * The steps 0, s, 2s, … (and the last point) at which to evaluate a full gradient, s the
 * smallest stride that keeps their cost within `budget` units (`unitsPerGradient` each): every
 * step when it fits, never fewer than two points.
 */
export function gradientSteps(
  points: number,
  unitsPerGradient: number,
  budget: number,
): Int32Array {
  if (points <= 0) return new Int32Array(0);
  const affordable = Math.max(2, Math.floor(budget / Math.max(1, unitsPerGradient)));
  const stride = Math.max(1, Math.ceil((points - 1) / Math.max(1, affordable - 1)));
  const steps: number[] = [];
  for (let k = 0; k < points; k += stride) steps.push(k);
  if (steps[steps.length - 1] !== points - 1) steps.push(points - 1);
  return Int32Array.from(steps);
}

/**
 * ‖∇_l f(θₖ)‖ for each layer at each of `steps`: one full gradient per step from `valueAndGrad`
 * (the problem's loss over all its training rows), gradNorms[l][j] at steps[j].
 */
export function layerGradientNorms(
  valueAndGrad: (params: Float64Array, grad: Float64Array) => number,
  trajectory: Float64Array,
  dim: number,
  steps: Int32Array,
  blocks: readonly LayerBlock[],
): Float64Array[] {
  const norms = blocks.map(() => new Float64Array(steps.length));
  const grad = new Float64Array(dim);
  for (let j = 0; j < steps.length; j++) {
    const k = steps[j]!;
    valueAndGrad(trajectory.subarray(k * dim, k * dim + dim), grad);
    blocks.forEach((block, l) => (norms[l]![j] = layerNorm(grad, block)));
  }
  return norms;
}
