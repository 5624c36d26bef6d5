/** The inspector's numbers: a row per quantity of the update rule, a column per coordinate. */
import type { StepInspection } from '../../core/inspect';
import { formatNumber } from './format';
import { inspectorRows } from './rows';
import { Tex } from './Tex';
import { useT } from '../../i18n';
import '../../i18n/en-inspect'; // its words load with this chunk (docs/i18n.md)

/** Parameters shown for a model: a column each; the rest are summed up in a note. */
const MODEL_COLUMNS = 3;
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const subscript = (n: number) => [...String(n)].map((d) => SUBSCRIPTS[Number(d)]).join('');

export function InspectorTable({ inspection }: { inspection: StepInspection }) {
  const t = useT();
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
        {t('inspector.caption', { step: inspection.step })}
      </caption>
      <thead>
        <tr>
          <th scope="col" className="inspector__symbol-head">
            <span className="visually-hidden">{t('inspector.quantity')}</span>
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
            {/* The typeset symbol is for the eye; its plain name is the header's text, so the
                cell is never empty to a screen reader (axe: empty-table-header). */}
            <th scope="row" className="inspector__symbol">
              <span aria-hidden="true">
                <Tex tex={row.tex} plain={row.plain} />
              </span>
              <span className="visually-hidden">{row.plain}</span>
            </th>
            {row.values.slice(0, columns.length).map((value, i) => (
              <td
                key={i}
                data-testid={`inspector-${row.key}-${i}`}
                title={
                  row.before
                    ? t('inspector.before', { value: formatNumber(row.before[i]!) })
                    : undefined
                }
              >
                {formatNumber(value)}
                {row.key === 'effectiveLr' && inspection.uphill[i] && (
                  <span className="inspector__uphill" title={t('inspector.uphill')}>
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
              {t('inspector.more', { shown: columns.length, dim })}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
