/**
 * The update rule of every optimizer as the inspector typesets it (KaTeX), as docs/optimizers.md
 * ("The update rules") writes them; the inspector links to that section of the built page
 * (doc-link.ts). Each optimizer's display (src/core/optimizers/displays.ts) holds its rule's
 * variants and picks the one a spec shows; this file gathers them and adds the L2 line. Every
 * symbol a rule or the table uses is defined in docs/optimizers.md and symbols.ts. Symbols match
 * the hyperparameter table (α lr, μ momentum, τ dampening, ρ RMSprop's/Adadelta's decay, λ weight
 * decay, ψ NAdam's momentum decay, η AdaGrad's lr decay) and the inspector's rows (g, b, G, v,
 * ḡ, u, m, m̂, v̂, c).
 */
import type { FormulaRule } from '../../core/optimizers/module';
import { OPTIMIZER_DISPLAYS, optimizerDisplay, type RuleKey } from '../../core/optimizers/displays';
import { optimizerModule } from '../../core/optimizers/registry';
import type { OptimizerSpec } from '../../scenario/types';

export type { RuleKey } from '../../core/optimizers/displays';
export type Rule = FormulaRule;

/** Every rule variant of every type, by key (types that share a variant list it once). */
export const RULES: Readonly<Record<RuleKey, Rule>> = Object.assign(
  {},
  ...Object.values(OPTIMIZER_DISPLAYS).map((display) => display.formula.rules),
) as Record<RuleKey, Rule>;

/** L2 weight decay folded into g, first (docs/optimizers.md); AdamW and Lion decay θ instead. */
const L2_LINE = 'g &\\leftarrow g + \\lambda\\theta';

/**
 * The rule of a spec. `cycledMomentum` is μ as OneCycleLR set it: GD with cycled momentum steps
 * as heavy ball (PyTorch writes `group['momentum']` of plain SGD too).
 */
export function ruleKey(spec: OptimizerSpec, cycledMomentum?: number): RuleKey {
  return OPTIMIZER_DISPLAYS[spec.type].formula.ruleKey(spec, cycledMomentum);
}

/** The rule typeset as one `aligned` block, with the L2 line first where weight decay is on. */
export function ruleTex(spec: OptimizerSpec, cycledMomentum?: number): string {
  const { formula } = optimizerDisplay(spec.type);
  const { decoupledWeightDecay } = optimizerModule(spec.type);
  const key = formula.ruleKey(spec, cycledMomentum);
  let lines = formula.lines?.(spec, key) ?? formula.rules[key]!.lines;
  if ((spec.weightDecay ?? 0) !== 0 && !decoupledWeightDecay) lines = [L2_LINE, ...lines];
  return `\\begin{aligned}${lines.join(' \\\\ ')}\\end{aligned}`;
}
