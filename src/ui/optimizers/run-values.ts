/**
 * The numbers that tell a run apart, read from its live values: α always, then every numeric
 * hyperparameter set away from PyTorch's default ("α = 0.005", "α = 0.1 · β₁ = 0"). Shown beside
 * a run's name where its sliders are not (the presentation legend, the reset menu), so a name
 * never has to carry a number that could go stale (docs/presets.md, "Run names").
 */
import {
  OPTIMIZER_DEFAULTS,
  hyperparamSpec,
  hyperparamsOf,
  type NumericHyperparam,
} from '../../core/optimizers';
import type { OptimizerSpec } from '../../scenario/types';
import { formatValue } from '../landscape/format';

const SUBSCRIPTS: Record<string, string> = { '1': '₁', '2': '₂' };

/** A symbol as text, its trailing digit set as a subscript character: "β1" → "β₁". */
function symbolText(symbol: string): string {
  return symbol.replace(/(\d)$/, (digit) => SUBSCRIPTS[digit] ?? digit);
}

/** "α = 0.005", then "β₁ = 0" for each numeric hyperparameter away from its default. */
export function runValues(spec: OptimizerSpec): string[] {
  const defaults = OPTIMIZER_DEFAULTS[spec.type] as Partial<Record<NumericHyperparam, number>>;
  const values: string[] = [`α = ${formatValue(spec.lr)}`];
  for (const name of hyperparamsOf(spec.type)) {
    if (name === 'lr') continue;
    const param = hyperparamSpec(spec.type, name);
    if (param.kind !== 'number') continue;
    const value = (spec as Partial<Record<NumericHyperparam, number>>)[name as NumericHyperparam];
    if (value === undefined || value === defaults[name as NumericHyperparam]) continue;
    values.push(`${symbolText(param.symbol)} = ${formatValue(value)}`);
  }
  return values;
}

/** The values as one line: "α = 0.1 · β₁ = 0". */
export function runValuesText(spec: OptimizerSpec): string {
  return runValues(spec).join(' · ');
}
