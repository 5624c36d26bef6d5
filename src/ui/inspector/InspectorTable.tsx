/** The inspector's numbers: a row per quantity of the update rule, a column per coordinate. */
import type { StepInspection } from '../../core/inspect';
import { formatNumber } from './format';
import { inspectorRows } from './rows';
import { Tex } from './Tex';

/** Parameters shown for a model: a column each; the rest are summed up in a note. */
const MODEL_COLUMNS = 3;
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const subscript = (n: number) => [...String(n)].map((d) => SUBSCRIPTS[Number(d)]).join('');

export function InspectorTable({ inspection }: { inspection: StepInspection }) {
  const rows = inspectorRows(inspection);
  const dim = inspection.theta.length;
  // A 2D problem names its two axes; a model's parameters are θ₁, θ₂, … (the first few).
  const columns =
    dim === 2
      ? [...inspection.axes]
      : Array.from({ length: Math.min(dim, MODEL_COLUMNS) }, (_, i) => `θ${subscript(i + 1)}`);
  return (
    <table className="inspector__table numeric">
      <caption className="visually-hidden">
        Step {inspection.step} per coordinate: gradient, optimizer state, step and effective
        learning rate
      </caption>
      <thead>
        <tr>
          <th scope="col" className="inspector__symbol-head">
            <span className="visually-hidden">quantity</span>
          </th>
          {columns.map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.key}
            className={`inspector__row inspector__row--${row.tone} inspector__row--${row.key}`}
          >
            <th scope="row" className="inspector__symbol" aria-label={row.plain}>
              <Tex tex={row.tex} plain={row.plain} />
            </th>
            {row.values.slice(0, columns.length).map((value, i) => (
              <td
                key={i}
                data-testid={`inspector-${row.key}-${i}`}
                title={row.before ? `before this step: ${formatNumber(row.before[i]!)}` : undefined}
              >
                {formatNumber(value)}
                {row.key === 'effectiveLr' && inspection.uphill[i] && (
                  <span className="inspector__uphill" title="moved uphill along this coordinate">
                    {' '}
                    ↑
                  </span>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {dim > columns.length && (
        <tfoot>
          <tr>
            <td colSpan={columns.length + 1} className="inspector__more">
              the first {columns.length} of {dim} parameters; every one follows the same rule
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
