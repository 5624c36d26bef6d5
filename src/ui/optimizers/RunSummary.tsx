/**
 * A collapsed card's line of hyperparameters, "α 0.1 · β₁ 0" (run-summary.ts says which): the
 * values its hidden sliders hold, so runs compare at a glance. The title names each in words.
 */
import { hyperparamSpec, type NumericHyperparam } from '../../core/optimizers';
import type { OptimizerType } from '../../scenario/types';
import { hyperparamLabel } from '../../i18n/text';
import { formatHyperparam } from './format';
import { splitSymbol } from './labels';
import type { SummaryEntry } from './run-summary';

function HyperparamSymbol({ type, name }: { type: OptimizerType; name: NumericHyperparam }) {
  const [base, subscript] = splitSymbol(hyperparamSpec(type, name).symbol);
  return (
    <span className="run-summary__symbol">
      {base}
      {subscript && <sub>{subscript}</sub>}
    </span>
  );
}

export function RunSummary({
  index,
  type,
  entries,
}: {
  index: number;
  type: OptimizerType;
  entries: readonly SummaryEntry[];
}) {
  if (!entries.length) return null;
  const title = entries
    .map(({ name, value }) => `${hyperparamLabel(name, type)} ${formatHyperparam(value)}`)
    .join(', ');
  return (
    <span className="run-summary numeric" title={title} data-testid={`run-summary-${index}`}>
      {entries.map(({ name, value }, i) => (
        <span key={name} className="run-summary__entry" data-name={name}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          <HyperparamSymbol type={type} name={name} /> {formatHyperparam(value)}
        </span>
      ))}
    </span>
  );
}
