/**
 * The data panel of a model-fitting problem (docs/screen.md, "Problems"). Linear regression: the
 * dataset, the least-squares line, and the line the selected run holds at the cursor step,
 * moving as the timeline plays. Classifiers: ClassifierPanel (points, probability, boundary).
 * It fills its parent (the chart panel's "Data" tab).
 */
import { useMemo } from 'react';
import {
  generateLinearData,
  LINEAR_DATA_DEFAULTS,
  leastSquares,
} from '../../core/problems/linear-regression';
import { runColor } from '../../plot/palette';
import type { LinearDataSpec } from '../../scenario/types';
import { isClassifier, isRegression, isTable, type RegressionSpec } from '../../kinds/registry';
import { LINEAR_REGRESSION } from '../../kinds/linear-regression/spec';
import { useApp, useAppShallow } from '../../state/store';
import { useRunViews } from '../../state/run-views';
import { effectiveCursor } from '../../state/view-slice';
import { useT } from '../../i18n';
import '../../i18n/en-models'; // its words load with this chunk (docs/i18n.md)
import { RunShown } from './RunShown';
import { formatLoss } from '../optimizers/format';
import { ClassifierPanel } from './ClassifierPanel';
import { TablePanel } from './TablePanel';
import { CsvImportButton } from './CsvImport';
import { batchOptions, dataDomains, fittedLineAt, formatLine, sideOfBox } from './data-fit';
import { DataPlot, type RunLine } from './DataPlot';
import './DataPanel.css';

export function DataPanel() {
  const t = useT();
  const problem = useApp((s) => s.scenario.problem);
  // The panel of the kind's data capability (src/kinds/registry.ts).
  if (isClassifier(problem)) return <ClassifierPanel spec={problem} />;
  if (isTable(problem)) return <TablePanel spec={problem} />;
  return (
    <section
      className="plot-with-side data-panel"
      data-testid="data-panel"
      aria-label={t('data.label')}
    >
      {isRegression(problem) ? (
        <RegressionData data={problem.data} batchSize={problem.batchSize} />
      ) : (
        <NoData />
      )}
    </section>
  );
}

function recipeKey(data: LinearDataSpec | undefined): string {
  return JSON.stringify({ ...LINEAR_DATA_DEFAULTS, ...data });
}

function RegressionData({
  data,
  batchSize,
}: {
  data: RegressionSpec['data'];
  batchSize: number | undefined;
}) {
  const t = useT();
  const views = useRunViews();
  const { optimizers, selectedRun, cursor, selectRun, setBatchSize } = useAppShallow((s) => ({
    optimizers: s.scenario.optimizers,
    selectedRun: s.selectedRun,
    cursor: effectiveCursor(s),
    selectRun: s.selectRun,
    setBatchSize: s.setBatchSize,
  }));
  const key = recipeKey(data);
  // The dataset and its least-squares fit: recomputed only when the recipe changes.
  const { dataset, best, domains } = useMemo(() => {
    const recipe = JSON.parse(key) as typeof LINEAR_DATA_DEFAULTS;
    const dataset = generateLinearData(recipe);
    const domains = dataDomains(dataset.ys);
    // The user's own x need not lie in the generator's [0, 2]: the x axis spans them instead.
    if (recipe.points && recipe.points.length > 0) domains.x = paddedExtent(dataset.xs);
    return { dataset, best: leastSquares(dataset), domains };
  }, [key]);
  const n = dataset.xs.length;

  const selected = Math.max(0, Math.min(selectedRun, optimizers.length - 1));
  // Results lag the scenario while the engine computes; a fit on another problem or dataset
  // would be a wrong line, so none is drawn until this dataset's results arrive (results are
  // paired only with their own problem, data included: src/state/run-views.ts).
  const resultsFit =
    !!views.scenario &&
    isRegression(views.scenario.problem) &&
    recipeKey(views.scenario.problem.data) === key;
  const result = resultsFit ? views.runs[selected]?.result : undefined;
  const spec = optimizers[selected];
  let run: RunLine | null = null;
  if (result && spec) {
    const fit = fittedLineAt(result, cursor);
    if (fit) {
      run = {
        ...fit,
        color: runColor(spec.color, selected),
        loss: result.loss[fit.step] ?? NaN,
        side: sideOfBox(fit.w, fit.b, domains.x, domains.y),
      };
    }
  }

  const options = batchOptions(n, batchSize);
  const batchValue = batchSize !== undefined && batchSize < n ? String(batchSize) : 'full';

  return (
    <>
      {/* The button sits over the plot's top left, which the rising data leave empty. */}
      <div className="csv-import-host">
        <DataPlot dataset={dataset} domains={domains} best={best} run={run} />
        <CsvImportButton kind="regression" overlay />
      </div>
      <div className="data-panel__side">
        <select
          className="compact-select data-panel__select"
          aria-label={t('data.batch')}
          title={t('models.batchTitle')}
          value={batchValue}
          onChange={(event) =>
            setBatchSize(event.target.value === 'full' ? undefined : Number(event.target.value))
          }
        >
          {options.map((option) => (
            <option key={option.label} value={option.value ?? 'full'}>
              {option.label}
            </option>
          ))}
        </select>
        <div className="data-panel__legend" aria-live="off">
          <div className="data-panel__entry">
            <span className="data-panel__name">
              <LegendLine kind="best" />
              {t('data.leastSquares')}
            </span>
            <span className="data-panel__equation">{formatLine(best.w, best.b)}</span>
            <span className="data-panel__loss">
              {t('data.mse', { loss: formatLoss(best.mse) })}
            </span>
          </div>
          <div className="data-panel__entry" data-testid="data-run-legend">
            <span className="data-panel__name" style={{ color: run?.color }}>
              <LegendLine kind="run" />
              <RunShown
                optimizers={optimizers}
                selected={selected}
                onSelect={selectRun}
                selectClassName="data-panel__select data-panel__select--run"
                nameClassName="data-panel__run-name"
              />
              <span className="visually-hidden">:</span>
            </span>
            {run ? (
              <>
                <span className="data-panel__equation">{formatLine(run.w, run.b)}</span>
                <span className="data-panel__loss">
                  {run.clamped
                    ? t('data.divergedAfter', { step: run.step })
                    : t('data.mseAt', { loss: formatLoss(run.loss), step: run.step })}
                </span>
                {run.side !== 'inside' && (
                  <span className="data-panel__off">
                    {run.side === 'above' ? t('data.above') : t('data.below')}
                  </span>
                )}
              </>
            ) : (
              <span className="data-panel__loss">{t('data.computing')}</span>
            )}
          </div>
        </div>
      </div>
    </>
  );
}

/** The extent of `values` with 3% room either side (as dataDomains pads the generator's x). */
function paddedExtent(values: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const pad = (hi - lo) * 0.03 || 1;
  return [lo - pad, hi + pad];
}

/** The legend's sample of a line: dashed for least squares, solid in the run's colour. */
function LegendLine({ kind }: { kind: 'best' | 'run' }) {
  return (
    <svg className="data-panel__sample" width="22" height="8" aria-hidden="true">
      <line className={`data-plot__${kind}`} x1="2" y1="4" x2="20" y2="4" />
    </svg>
  );
}

function NoData() {
  const t = useT();
  const setProblem = useApp((s) => s.setProblem);
  return (
    <div className="data-panel__empty">
      <p>{t('data.none')}</p>
      <button
        type="button"
        className="button"
        onClick={() => setProblem({ type: LINEAR_REGRESSION })}
      >
        {t('data.switch')}
      </button>
    </div>
  );
}
