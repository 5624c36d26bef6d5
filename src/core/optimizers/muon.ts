/**
 * Muon (docs/optimizers.md#muon): Keller Jordan's reference implementation
 * (github.com/KellerJordan/Muon, muon.py: `muon_update`, `SingleDeviceMuonWithAuxAdam`, and the
 * blog post "Muon: An optimizer for hidden layers in neural networks", 2024), in float64. Each
 * weight matrix of a model (its `layout`, as torch's 2-D parameters) takes SGD momentum whose
 * update is orthogonalised by Newton–Schulz (newton-schulz.ts) and scaled by √max(1, rows/cols);
 * every other parameter (the biases) takes the reference's auxiliary Adam with decoupled decay,
 * `adam_update` with its defaults betas (0.9, 0.95) and eps 1e-10. Without a layout θ is one
 * vector with no matrix, which is why validation and the menus refuse Muon on the 2-parameter
 * problems (the rule alone would then be that Adam).
 */
import type { ParamGroup } from '../problems/types';
import { defineDisplay, defineNumerics, defineOptimizer, type DeriveInput } from './module';
import { startDerived } from './derived';
import { newtonSchulz, nsWorkspace, type NsWork } from './newton-schulz';
import { lerp } from './types';

/** The auxiliary Adam's fixed hyperparameters: the reference's defaults for its Adam groups. */
export const MUON_AUX_BETAS = [0.9, 0.95] as const;
export const MUON_AUX_EPS = 1e-10;

/** Muon needs a weight matrix: a problem of more than 2 parameters (a model) has one. */
const MIN_PARAMS = 3;

export const muon = defineOptimizer({
  type: 'muon',
  title: 'Muon',
  // The reference's defaults: Muon(lr=0.02, momentum=0.95, nesterov=True, ns_steps=5,
  // weight_decay=0) and its auxiliary Adam's lr 3e-4 (the other Adam settings are fixed).
  defaults: { lr: 0.02, momentum: 0.95, nesterov: true, nsSteps: 5, weightDecay: 0, adamLr: 3e-4 },
  // torch's OneCycleLR refuses to cycle momentum here: the reference optimizer has no
  // `momentum` or `betas` in its defaults (its groups carry them).
  cycles: null,
  decoupledWeightDecay: true,
  biasCorrectedMoment: false,
  docAnchor: 'muon',
  modelsOnly: true,
  stepUnits: muonStepUnits,
  check: (_spec, problem) =>
    problem && problem.params < MIN_PARAMS
      ? {
          field: 'type',
          message:
            'Muon orthogonalises the update of each weight matrix of a model; a 2-parameter problem has no matrix (θ is one vector), so Muon does not apply (choose logistic regression or a network)',
        }
      : null,
});

/**
 * The work of Muon's orthogonalisation per step beyond a first-order update, in the budget's
 * units (src/core/budget.ts), counted as one unit per multiply-add (a unit is a few): for a
 * p × q matrix (p ≤ q) each Newton–Schulz step costs 2p²q + p³ ≤ 3·n^1.5 with n = pq, so all the
 * matrices of `params` parameters cost at most 3·params^1.5 per step.
 */
export function muonStepUnits(hp: { nsSteps?: number }, params: number): number {
  return (hp.nsSteps ?? 5) * 3 * params ** 1.5;
}

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

export const muonDisplay = defineDisplay({
  formula: {
    rules: {
      muon: {
        lines: [
          'b &\\leftarrow \\mu\\,b + (1-\\mu)\\,g',
          'U &= (1-\\mu)\\,g + \\mu\\,b',
          'O &= \\operatorname{NS}_k(U)\\,\\sqrt{\\max(1,\\ r/c)}',
          '\\theta_W &\\leftarrow \\theta_W\\,(1-\\alpha\\lambda) - \\alpha\\,O',
          '\\theta_b &\\leftarrow \\theta_b - \\alpha_a\\,\\hat m/(\\sqrt{\\hat v}+\\varepsilon)',
        ],
      },
      'muon-plain': {
        lines: [
          'b &\\leftarrow \\mu\\,b + (1-\\mu)\\,g',
          'O &= \\operatorname{NS}_k(b)\\,\\sqrt{\\max(1,\\ r/c)}',
          '\\theta_W &\\leftarrow \\theta_W\\,(1-\\alpha\\lambda) - \\alpha\\,O',
          '\\theta_b &\\leftarrow \\theta_b - \\alpha_a\\,\\hat m/(\\sqrt{\\hat v}+\\varepsilon)',
        ],
      },
    },
    ruleKey: (spec) => (spec.nesterov === false ? 'muon-plain' : 'muon'),
  },
  inspector: { symbols: { buf: 'bufMuon', m: 'mMuon', v: 'vMuon' } },
});
