/**
 * The data view of a classifier (logistic regression, the MLP): the dataset with the selected
 * run's predicted probability and decision boundary at the cursor step, a read-out of that run
 * (step, loss, accuracy), and beside it the model settings and the user's own data.
 *
 * The dataset is generated here on the main thread from the spec (at most 2,000 seeded points:
 * drawing input, not a computation of f); the probability grid comes from the worker.
 */
import { useCallback, useMemo, useState } from 'react';
import { classificationData, dataViewOf } from '../../core/problems/datasets';
import { runColor } from '../../plot/palette';
import { useAppAll, useAppShallow } from '../../state/store';
import { sameProblem, useRunViews } from '../../state/run-views';
import { effectiveCursor } from '../../state/view-slice';
import { useT } from '../../i18n';
import '../../i18n/en-models'; // its words load with this chunk (docs/i18n.md)
import { RunShown } from './RunShown';
import { formatLoss } from '../optimizers/format';
import { CLASS_COLORS, classCounts, formatAccuracy, gridSide, paramsAt } from './classifier-view';
import { ClassifierPlot } from './ClassifierPlot';
import { CsvImportButton } from './CsvImport';
import { ModelControls } from './ModelControls';
import { fallbackGenerator, type ModelSpec } from './model-settings';
import { useDecision } from './use-decision';
import './ClassifierPanel.css';

export function ClassifierPanel({ spec }: { spec: ModelSpec }) {
  const t = useT();
  const views = useRunViews();
  const { optimizers, selectedRun, cursor, engineError, selectRun } = useAppShallow((s) => ({
    optimizers: s.scenario.optimizers,
    selectedRun: s.selectedRun,
    cursor: effectiveCursor(s),
    engineError: s.engineError,
    selectRun: s.selectRun,
  }));
  // The engine's busy flag is a quiet field (src/state/quiet-fields.ts).
  const computing = useAppAll((s) => s.computing);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [side, setSide] = useState(160);
  const onSide = useCallback((pixels: number) => setSide(pixels), []);

  const fallback = fallbackGenerator(spec);
  const dataKey = JSON.stringify(spec.data ?? {});
  const { data, view } = useMemo(() => {
    const data = classificationData(JSON.parse(dataKey) as ModelSpec['data'], fallback);
    return { data, view: dataViewOf(data) };
  }, [dataKey, fallback]);
  const counts = useMemo(() => classCounts(data.labels), [data]);

  const decision = useDecision(view, gridSide(side));
  // Results lag the problem while the worker trains; only those paired with this problem
  // (src/state/run-views.ts) are drawn.
  const current = views.scenario !== null && sameProblem(views.scenario.problem, spec);
  const selected = Math.max(0, Math.min(selectedRun, optimizers.length - 1));
  const result = current ? views.runs[selected]?.result : undefined;
  const at = result ? paramsAt(result, cursor) : null;
  const shown = current && decision?.problem === spec ? decision : null;
  const runSpec = optimizers[selected];
  const color = runColor(runSpec?.color, selected);
  const training = !current && !engineError;

  // Not a named region: it fills the chart panel, whose title already names it (a second
  // region of the same name is what axe's landmark-unique reports).
  return (
    <section
      className="plot-with-side classifier-panel"
      data-testid="classifier-panel"
      aria-busy={training && computing ? true : undefined}
      data-settings={settingsOpen || undefined}
    >
      <div className="classifier-panel__plot">
        <ClassifierPlot data={data} view={view} decision={shown} onSide={onSide} />
        {training && (
          <div className="classifier-panel__training" role="status">
            <span className="classifier-panel__spinner" aria-hidden="true" />
            {t('models.training')}
          </div>
        )}
      </div>
      <div className="classifier-panel__side">
        <div className="classifier-panel__scroll">
          {settingsOpen ? (
            <ModelControls spec={spec} />
          ) : (
            <>
              <div className="classifier-panel__run" data-testid="classifier-readout">
                <span className="classifier-panel__run-name" style={{ color }}>
                  <span className="classifier-panel__swatch" style={{ background: color }} />
                  <RunShown
                    optimizers={optimizers}
                    selected={selected}
                    onSelect={selectRun}
                    selectClassName="classifier-panel__select"
                  />
                </span>
                {engineError ? (
                  <span className="classifier-panel__error">{engineError}</span>
                ) : at && result ? (
                  <dl className="classifier-panel__values numeric">
                    <dt>{t('models.step')}</dt>
                    <dd data-testid="classifier-step">
                      {at.step.toLocaleString('en-US')}
                      {at.clamped && (
                        <span className="classifier-panel__diverged">{t('models.diverged')}</span>
                      )}
                    </dd>
                    <dt>{t('models.loss')}</dt>
                    <dd>{formatLoss(result.loss[at.step] ?? NaN)}</dd>
                    <dt>{t('models.accuracy')}</dt>
                    <dd className="classifier-panel__accuracy" data-testid="classifier-accuracy">
                      {formatAccuracy(views.runs[selected]?.accuracy?.[at.step] ?? NaN)}
                    </dd>
                  </dl>
                ) : (
                  <span className="classifier-panel__pending">{t('models.training')}</span>
                )}
              </div>
              <Legend counts={counts} />
            </>
          )}
        </div>
        <div className="classifier-panel__actions">
          <button
            type="button"
            className="button classifier-panel__toggle"
            aria-expanded={settingsOpen}
            aria-label={settingsOpen ? t('models.doneLabel') : t('models.settingsLabel')}
            onClick={() => setSettingsOpen((open) => !open)}
          >
            {settingsOpen ? t('models.done') : t('models.settings')}
          </button>
          <CsvImportButton kind="classification" />
        </div>
      </div>
    </section>
  );
}

/** What the marks mean: the two classes (shape and colour, with their sizes) and the boundary. */
function Legend({ counts }: { counts: [number, number] }) {
  const t = useT();
  return (
    <ul className="classifier-panel__legend" aria-label={t('models.legend')}>
      <li title={t('models.classPoints', { count: counts[0], label: 0 })}>
        <svg width="10" height="10" aria-hidden="true">
          <circle cx="5" cy="5" r="4" fill={CLASS_COLORS[0]} />
        </svg>
        {t('models.class', { label: 0 })}
      </li>
      <li title={t('models.classPoints', { count: counts[1], label: 1 })}>
        <svg width="10" height="10" aria-hidden="true">
          <rect x="1" y="1" width="8" height="8" fill={CLASS_COLORS[1]} />
        </svg>
        {t('models.class', { label: 1 })}
      </li>
      <li className="classifier-panel__legend-boundary">
        <svg width="16" height="10" aria-hidden="true">
          <line className="classifier-panel__legend-line" x1="1" y1="5" x2="15" y2="5" />
        </svg>
        {t('models.boundary')}
      </li>
    </ul>
  );
}
