/** The inspector's numbers: a row per quantity of the update rule, a column per coordinate. */
import type { StepInspection } from '../../core/inspect';
import { formatNumber } from './format';
import { inspectorRows } from './rows';
import { Tex } from './Tex';

export function InspectorTable({ inspection }: { inspection: StepInspection }) {
  const rows = inspectorRows(inspection);
  const [first, second] = inspection.axes;
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
          <th scope="col">{first}</th>
          <th scope="col">{second}</th>
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
            {row.values.map((value, i) => (
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
    </table>
  );
}
