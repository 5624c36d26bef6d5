/**
 * The learning-rate sweep (issue 5, points 1 and 2): every run again at 60 α from 1e-5 to 10,
 * computed in the lab worker chunk by chunk with progress and Cancel, a metric to choose, click
 * or drag to set the selected run's α, and the fair comparison — "Tune α for every run" sets
 * each run to the best α of its own sweep and says so on the run and here.
 */
import { useId, useMemo, useState } from 'react';
import { runColor } from '../../plot/palette';
import { problemInfo } from '../../state/selectors';
import { appStore, useAppShallow } from '../../state/store';
import { useT } from '../../i18n';
import '../../i18n/en-lab'; // its words load with this chunk (docs/i18n.md)
import { useEngine } from '../engine-context';
import { unsetField } from '../optimizers/patches';
import { SweepChart } from './sweep-chart';
import {
  SWEEP_METRICS,
  sweepAxis,
  sweepMetricLabel,
  type SweepChartRun,
  type SweepMetric,
} from './sweep-geometry';
import { useSweep } from './sweep-hooks';
import { runName, tunePlan, untunedLabel } from './sweep-model';
import { SweepProgress } from './sweep-progress';
import './SweepPanel.css';

/** The metric chosen last, kept while the tab is closed and reopened. */
let lastMetric: SweepMetric = 'final';

export function SweepPanel() {
  const { engine } = useEngine();
  const t = useT();
  const { scenario, selectedRun, lang } = useAppShallow((s) => ({
    scenario: s.scenario,
    selectedRun: s.selectedRun,
    lang: s.lang,
  }));
  const [view, scheduler] = useSweep(engine, scenario);
  const [metricChoice, setMetricChoice] = useState<SweepMetric>(lastMetric);
  const [tuned, setTuned] = useState<{ message: string; lrs: number[] } | null>(null);
  const base = useId();

  const fMin = problemInfo(scenario.problem).fMin;
  // Steps to a tolerance need the minimum f* to measure the gap against.
  const metric: SweepMetric = metricChoice === 'steps' && fMin === null ? 'final' : metricChoice;
  const axis = useMemo(
    () => sweepAxis(metric, fMin, scenario.steps),
    // The axis' label is in the language shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [metric, fMin, scenario.steps, lang],
  );

  const runs: SweepChartRun[] = useMemo(
    () =>
      scenario.optimizers.flatMap((spec, index) => {
        const shown = view.runs[index];
        if (spec.hidden || !shown) return [];
        return [
          {
            index,
            name: runName(spec),
            color: runColor(spec.color, index),
            lr: spec.lr,
            entry: shown.entry,
            stale: shown.stale,
          },
        ];
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scenario.optimizers, view, lang],
  );
  const selected = runs.find((r) => r.index === selectedRun) ?? null;

  const setLr = (lr: number) => {
    const state = appStore.getState();
    const spec = state.scenario.optimizers[state.selectedRun];
    if (!spec || spec.lr === lr) return;
    // α set by hand: an automatic "· tuned α" name no longer holds.
    const relabel = untunedLabel(spec) !== spec.label ? unsetField('label') : {};
    state.updateOptimizer(state.selectedRun, { ...relabel, lr });
  };

  const tune = () => {
    const state = appStore.getState();
    const plan = tunePlan(state.scenario.optimizers, scheduler.completeSweeps());
    for (const step of plan.steps) if (step.patch) state.updateOptimizer(step.index, step.patch);
    setTuned({
      message: plan.message,
      lrs: appStore.getState().scenario.optimizers.map((o) => o.lr),
    });
  };

  // The message holds while every run keeps the α it was given.
  const tunedNow =
    tuned &&
    tuned.lrs.length === scenario.optimizers.length &&
    tuned.lrs.every((lr, i) => scenario.optimizers[i]!.lr === lr)
      ? tuned.message
      : null;
  const complete = view.status === 'complete';
  const hint =
    metric === 'steps'
      ? t('sweep.hintSteps')
      : selected
        ? t('sweep.hintSelected', { name: selected.name })
        : t('sweep.hintNone');

  return (
    <div className="chart-tab sweep-panel" data-status={view.status}>
      <div className="sweep-panel__bar">
        <label className="sweep-panel__metric" htmlFor={`${base}-metric`}>
          <select
            className="compact-select"
            id={`${base}-metric`}
            aria-label={t('sweep.metric')}
            value={metric}
            title={fMin === null ? t('sweep.metricNeedsMin') : undefined}
            onChange={(event) => {
              lastMetric = event.target.value as SweepMetric;
              setMetricChoice(lastMetric);
            }}
          >
            {SWEEP_METRICS.map((m) => (
              <option key={m} value={m} disabled={m === 'steps' && fMin === null}>
                {sweepMetricLabel(m)}
              </option>
            ))}
          </select>
        </label>
        <span className="sweep-panel__axis" data-testid="sweep-chart-axis" title={axis.label}>
          {axis.kind === 'linear' ? t('sweep.axisStepsShort') : axis.symbol}
          <span className="sweep-panel__axis-scale">
            {axis.kind === 'linear'
              ? t('sweep.scaleLinear')
              : axis.kind === 'log'
                ? t('sweep.scaleLog')
                : t('sweep.scaleSymlog')}
          </span>
        </span>
        <button
          type="button"
          className="button sweep-panel__tune"
          disabled={!complete}
          onClick={tune}
          title={complete ? t('sweep.tuneTitle') : t('sweep.tuneUnavailable')}
        >
          {t('sweep.tune')}
        </button>
      </div>
      <SweepChart runs={runs} axis={axis} selected={selected} onSetLr={setLr} />
      <div className="chart-tab__foot sweep-panel__foot">
        {view.status === 'complete' || view.status === 'idle' ? (
          <p className="hint-lines sweep-panel__status" role="status" data-testid="sweep-status">
            {tunedNow ?? hint}
          </p>
        ) : (
          <SweepProgress
            view={view}
            onCancel={() => scheduler.cancel()}
            onResume={() => scheduler.resume()}
          />
        )}
      </div>
    </div>
  );
}
