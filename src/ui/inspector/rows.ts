/**
 * What the inspector's table shows for a step: one row per quantity of the update rule with a
 * value per coordinate, in the order the rule computes them (the gradient, the state, the derived
 * quantities, then the step and the effective lr), and the per-step scalars. Symbols match
 * formulas.ts.
 */
import type { StepInspection } from '../../core/inspect';
import { optimizerDisplay } from '../../core/optimizers/displays';
import type { OptimizerType } from '../../scenario/types';

/** How a row reads: the rule's input, its state before or after the step, derived, the step. */
export type RowTone = 'input' | 'prev' | 'state' | 'derived' | 'step';

export interface InspectorRow {
  key: string;
  /** The symbol in TeX, and in plain text (until KaTeX loads, and for screen readers' names). */
  tex: string;
  plain: string;
  /** One value per coordinate; null where undefined. */
  values: (number | null)[];
  tone: RowTone;
  /** For a state buffer: its values before the step (shown on hover). */
  before?: number[];
}

export interface InspectorScalar {
  key: string;
  tex: string;
  plain: string;
  value: number;
}

type RowSpec = [key: string, tex: string, plain: string, tone: RowTone];

/** Derived vectors (src/core/inspect.ts `derive`) and state buffers, in table order. */
const VECTORS: readonly RowSpec[] = [
  ['buf', 'b', 'b', 'state'],
  ['direction', 'g + \\mu b', 'g + μb', 'derived'],
  ['sum', 'G', 'G', 'state'],
  ['c', 'c', 'c', 'derived'],
  ['sign', '\\operatorname{sign}(c)', 'sign(c)', 'derived'],
  ['m', 'm', 'm', 'state'],
  ['v', 'v', 'v', 'state'],
  ['gradAvg', '\\bar g', 'ḡ', 'state'],
  ['vmax', 'v_{\\max}', 'v max', 'state'],
  ['uPrev', 'u\\ \\text{before}', 'u before', 'prev'],
  ['scale', '\\sqrt{u+\\varepsilon}/\\sqrt{v+\\varepsilon}', '√(u+ε)/√(v+ε)', 'derived'],
  ['update', '\\Delta', 'Δ', 'derived'],
  ['u', 'u', 'u', 'state'],
  ['mHat', '\\hat m', 'm̂', 'derived'],
  ['vHat', '\\hat v', 'v̂', 'derived'],
  ['denom', 'd', 'd', 'derived'],
  ['adaptive', '\\sqrt{1-\\beta_2^t}/(\\sqrt v+\\varepsilon)', '√(1−β2ᵗ)/(√v+ε)', 'derived'],
  ['decay', '\\alpha\\lambda\\theta', 'αλθ', 'derived'],
  // Rprop
  ['agree', 's', 's', 'derived'],
  ['factor', '\\eta', 'η', 'derived'],
  ['stepSize', '\\Delta', 'Δ', 'state'],
  ['gKept', "g'", 'g′', 'derived'],
  // ASGD
  ['ax', '\\bar\\theta', 'θ̄', 'state'],
  // Adafactor
  ['vHatFactor', '\\hat v', 'v̂', 'state'],
  ['uAdafactor', 'u', 'u', 'derived'],
  ['stepScale', 'a_t / D', 'aₜ/D', 'derived'],
  // Newton
  ['hessianRow1', 'H_{1\\cdot}', 'H row 1', 'derived'],
  ['hessianRow2', 'H_{2\\cdot}', 'H row 2', 'derived'],
  ['newtonStep', 's', 's', 'derived'],
  // Schedule-Free (θ is y; x is the answer)
  ['z', 'z', 'z', 'state'],
  ['x', 'x', 'x', 'state'],
  // Muon
  ['muonDirection', 'U', 'U', 'derived'],
  ['muonUpdate', 'O', 'O', 'derived'],
  // L-BFGS
  ['lbfgsDirection', 'd', 'd', 'state'],
];

/** The state buffer (PyTorch's name) behind a row, whose value before the step shows on hover. */
const BUFFER_OF: Readonly<Record<string, string>> = {
  buf: 'momentum_buffer',
  sum: 'sum',
  m: 'exp_avg',
  gradAvg: 'grad_avg',
  vmax: 'max_exp_avg_sq',
  v: 'exp_avg_sq',
  u: 'exp_inf',
};

/** The buffer behind a row: the module's where its rule names it otherwise (RMSprop's v, …). */
function bufferOf(key: string, type: OptimizerType): string | undefined {
  return optimizerDisplay(type).inspector?.buffers?.[key] ?? BUFFER_OF[key];
}

const zeros = (n: number) => Array.from({ length: n }, () => 0);

/** The table's rows for a step. */
export function inspectorRows(ins: StepInspection): InspectorRow[] {
  const type = ins.optimizer.type;
  const dim = ins.theta.length;
  const rows: InspectorRow[] = [
    { key: 'grad', tex: 'g', plain: 'g', values: ins.grad, tone: 'input' },
  ];
  if (ins.gradUsed.some((g, i) => g !== ins.grad[i]))
    rows.push({
      key: 'gradUsed',
      tex: 'g + \\lambda\\theta',
      plain: 'g + λθ',
      values: ins.gradUsed,
      tone: 'input',
    });
  const { vectors } = ins.derived;
  const before = (key: string): { before?: number[] } => {
    const buffer = bufferOf(key, type);
    if (!buffer || !(buffer in ins.after.buffers)) return {};
    // A buffer PyTorch creates lazily (SGD's momentum_buffer) was 0 in effect before it existed.
    return { before: ins.before.buffers[buffer] ?? zeros(dim) };
  };
  for (const [key, tex, plain, tone] of VECTORS) {
    const values = vectors[key];
    if (!values) continue;
    const [denomTex, denomPlain] =
      key === 'denom'
        ? (optimizerDisplay(type).inspector?.denom ?? ['\\sqrt{\\hat v}+\\varepsilon', '√v̂+ε'])
        : [tex, plain];
    const noHats = key === 'denom' && ins.optimizer.biasCorrection === false;
    rows.push({
      key,
      tex: noHats ? '\\sqrt{v}+\\varepsilon' : denomTex,
      plain: noHats ? '√v+ε' : denomPlain,
      values,
      tone,
      ...before(key),
    });
  }
  rows.push({ key: 'delta', tex: '\\Delta\\theta', plain: 'Δθ', values: ins.delta, tone: 'step' });
  rows.push({
    key: 'effectiveLr',
    tex: '\\lvert \\Delta\\theta / g \\rvert',
    plain: '|Δθ/g|',
    values: ins.effectiveLr,
    tone: 'step',
  });
  return rows;
}

const SCALARS: readonly [key: string, tex: string, plain: string][] = [
  ['t', 't', 't'],
  ['clr', '\\alpha_t', 'αₜ'],
  ['bc1', '1-\\beta_1^t', '1 − β1ᵗ'],
  ['bc2', '1-\\beta_2^t', '1 − β2ᵗ'],
  ['mu', '\\mu_t', 'μₜ'],
  ['muNext', '\\mu_{t+1}', 'μₜ₊₁'],
  ['muProduct', '\\Pi', 'Π'],
  ['rhoInf', '\\rho_\\infty', 'ρ∞'],
  ['rhoT', '\\rho_t', 'ρₜ'],
  ['r', 'r_t', 'rₜ'],
  ['etaStep', '\\eta_t', 'ηₜ'],
  ['avgWeight', '\\mu_t', 'μₜ'],
  ['newWeight', 't^{\\tau}', 't^τ'],
  ['rhoRel', '\\rho_t', 'ρₜ'],
  ['relativeStep', 'a_t', 'aₜ'],
  ['clip', 'D', 'D'],
  ['lambdaMin', '\\lambda_{\\min}', 'λmin'],
  ['lambdaMax', '\\lambda_{\\max}', 'λmax'],
  ['lrK', '\\alpha_t', 'αₜ'],
  ['ckp1', 'c', 'c'],
  ['beta', '\\beta', 'β'],
  ['auxLr', '\\alpha_a', 'αₐ'],
  // L-BFGS
  ['history', 'm_k', 'mₖ'],
  ['hDiag', 'H_0', 'H₀'],
  ['gtd', 'g^{\\top}d', 'g·d'],
  ['stepLength', 't', 't'],
  ['evaluations', 'n_f', 'n_f'],
];

/** The per-step numbers: α of this step, μ or β1 as one-cycle set it, and the rule's scalars. */
export function inspectorScalars(ins: StepInspection): InspectorScalar[] {
  const scalars: InspectorScalar[] = [{ key: 'lr', tex: '\\alpha', plain: 'α', value: ins.lr }];
  if (ins.cycled) {
    const beta = ins.cycled.name === 'beta1';
    scalars.push({
      key: 'cycled',
      tex: beta ? '\\beta_1' : '\\mu',
      plain: beta ? 'β1' : 'μ',
      value: ins.cycled.value,
    });
  }
  for (const [key, tex, plain] of SCALARS) {
    const value = ins.derived.scalars[key];
    if (value !== undefined) scalars.push({ key, tex, plain, value });
  }
  return scalars;
}
