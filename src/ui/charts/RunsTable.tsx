/**
 * The chart panel's Table tab: the visible runs compared side by side (src/plot/run-table.ts for
 * the numbers and the rules), one row per run in its colour with its name, sortable by any column
 * (a click on a heading: ascending, then descending; aria-sort says which). The loss at the
 * cursor follows the timeline. Shown in presentation mode too, with the panel's larger type and
 * without the α column (the legend of the runs shows α there).
 *
 * The runs come paired with their results by src/state/run-views.ts (names, colours and
 * visibility from the live scenario when the runs are the same; nothing from another problem).
 * While the results are not the current scenario's complete ones the table says it computes.
 */
import { useMemo, useState } from 'react';
import { useApp } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import { problemInfo } from '../../state/selectors';
import { useRunViews } from '../../state/run-views';
import {
  TABLE_TOLERANCES,
  nextSort,
  runTableRows,
  sortRunRows,
  type RunTableColumn,
  type RunTableInput,
  type RunTableRow,
  type RunTableSort,
} from '../../plot/run-table';
import { SWEEP_TOLERANCE } from '../../core/sweep';
import { useT } from '../../i18n';
import '../../i18n/en-tables'; // its words load with this chunk (docs/i18n.md)
import { formatLoss } from '../optimizers/format';
import { formatValue } from '../landscape/format';
import { runShortName } from '../../i18n/text';
import './RunsTable.css';

/** A tolerance as the menu and the rule show it: 10⁻³. */
function toleranceText(tolerance: number): string {
  const exponent = Math.round(Math.log10(tolerance));
  const superscript = String(exponent)
    .replace('-', '⁻')
    .replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!);
  return `10${superscript}`;
}

export function RunsTable() {
  const t = useT();
  const views = useRunViews();
  const cursor = useApp(effectiveCursor);
  // Presenting, the legend beside the table shows each run's α: the column makes room.
  const presenting = useApp((s) => s.presenting);
  const [sort, setSort] = useState<RunTableSort | null>(null);
  const [tolerance, setTolerance] = useState<number>(SWEEP_TOLERANCE);

  const fStar = views.scenario ? problemInfo(views.scenario.problem).fMin : null;
  const classifier = views.runs.some((run) => run.accuracy !== null);
  // A table classifier with a validation part: its validation loss and early stop (issue 22).
  const validated = views.runs.some((run) => run.result.scores?.validationLoss);

  const inputs: (RunTableInput & { fullName: string })[] = useMemo(
    () =>
      views.runs
        .filter((run) => !run.hidden)
        .map((run) => ({
          index: run.index,
          // The column is narrow: a role alone; the whole name is the cell's tooltip.
          name: runShortName(run.spec),
          fullName: run.name,
          color: run.color,
          lr: run.spec.lr,
          loss: run.result.loss,
          divergedAt: run.result.divergedAt,
          accuracy: run.accuracy,
          validationLoss: run.result.scores?.validationLoss ?? null,
        })),
    [views],
  );

  const fullNames = new Map(inputs.map((input) => [input.index, input.fullName]));
  const rows = useMemo(
    () => sortRunRows(runTableRows(inputs, { cursor, fStar, tolerance }), sort),
    [inputs, cursor, fStar, tolerance, sort],
  );

  const columns: { id: RunTableColumn; label: string; numeric: boolean; hint?: string }[] = [
    { id: 'name', label: t('runs.table.run'), numeric: false },
    ...(presenting ? [] : [{ id: 'lr' as const, label: t('runs.table.lr'), numeric: true }]),
    { id: 'finalLoss', label: t('runs.table.finalLoss'), numeric: true },
    { id: 'bestLoss', label: t('runs.table.bestLoss'), numeric: true },
    // A classifier's accuracy next to its losses: the number a class compares first.
    ...(classifier
      ? [{ id: 'accuracy' as const, label: t('runs.table.accuracy'), numeric: true }]
      : []),
    { id: 'cursorLoss', label: t('runs.table.cursorLoss', { step: cursor }), numeric: true },
    ...(validated
      ? [
          {
            id: 'validationLoss' as const,
            label: t('tables.validationLossColumn'),
            hint: t('tables.validationLossHint', { step: cursor }),
            numeric: true,
          },
          {
            id: 'earlyStop' as const,
            label: t('tables.earlyStopColumn'),
            hint: t('tables.earlyStopHint'),
            numeric: true,
          },
        ]
      : []),
    {
      id: 'stepsToTolerance',
      label: t('runs.table.stepsToToleranceShort'),
      hint: t('runs.table.stepsToTolerance'),
      numeric: true,
    },
    { id: 'divergedAt', label: t('runs.table.divergedAt'), numeric: true },
  ];

  const cell = (row: RunTableRow, column: RunTableColumn): string => {
    const diverged = t('runs.table.diverged');
    switch (column) {
      case 'name':
        return row.name;
      case 'lr':
        return formatValue(row.lr);
      case 'finalLoss':
        return Number.isFinite(row.finalLoss) ? formatLoss(row.finalLoss) : diverged;
      case 'bestLoss':
        return row.bestLoss === null ? '—' : formatLoss(row.bestLoss);
      case 'cursorLoss':
        return row.cursorLoss === null ? diverged : formatLoss(row.cursorLoss);
      case 'stepsToTolerance':
        return row.stepsToTolerance === null ? t('runs.table.never') : String(row.stepsToTolerance);
      case 'divergedAt':
        return row.divergedAt === null ? t('runs.table.notDiverged') : String(row.divergedAt);
      case 'accuracy':
        return row.accuracy === null ? '—' : `${(row.accuracy * 100).toFixed(1)}%`;
      case 'validationLoss':
        return row.validationLoss === null ? '—' : formatLoss(row.validationLoss);
      case 'earlyStop':
        return row.earlyStop === null ? '—' : row.earlyStop.toLocaleString('en-US');
    }
  };

  const rule = t(fStar === null ? 'runs.table.toleranceUnknown' : 'runs.table.toleranceKnown', {
    tol: toleranceText(tolerance),
  });

  return (
    <div className="runs-table">
      <div className="runs-table__scroll">
        <table className="runs-table__table" data-testid="runs-table">
          <caption className="visually-hidden">{t('runs.table.caption')}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const sorted = sort?.column === column.id ? sort.direction : undefined;
                return (
                  <th
                    key={column.id}
                    scope="col"
                    aria-sort={sorted ?? 'none'}
                    className={column.numeric ? 'runs-table__numeric' : undefined}
                    data-column={column.id}
                  >
                    <button
                      type="button"
                      className="runs-table__sort"
                      title={t('runs.table.sortBy', { column: column.hint ?? column.label })}
                      onClick={() => setSort(nextSort(sort, column.id))}
                    >
                      {column.label}
                      <span className="runs-table__arrow" aria-hidden="true">
                        {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.index}
                data-run={row.index}
                style={{ '--run-color': row.color } as React.CSSProperties}
              >
                {columns.map((column) =>
                  column.id === 'name' ? (
                    <th key={column.id} scope="row" className="runs-table__name">
                      <span className="runs-table__name-inner">
                        <span className="runs-table__swatch" aria-hidden="true" />
                        <span className="runs-table__name-text" title={fullNames.get(row.index)}>
                          {row.name}
                        </span>
                      </span>
                    </th>
                  ) : (
                    <td
                      key={column.id}
                      className="runs-table__numeric numeric"
                      data-column={column.id}
                    >
                      {cell(row, column.id)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {views.status !== 'current' ? (
          <p className="runs-table__note" role="status">
            {t('runs.table.computing')}
          </p>
        ) : rows.length === 0 ? (
          <p className="runs-table__note">{t('runs.table.empty')}</p>
        ) : null}
      </div>
      <div className="runs-table__tolerance">
        <label>
          {t('runs.table.tolerance')}{' '}
          <select
            value={tolerance}
            onChange={(event) => setTolerance(Number(event.target.value))}
            data-testid="runs-table-tolerance"
          >
            {TABLE_TOLERANCES.map((value) => (
              <option key={value} value={value}>
                {toleranceText(value)}
              </option>
            ))}
          </select>
        </label>
        <span className="runs-table__rule">{rule}</span>
      </div>
    </div>
  );
}
