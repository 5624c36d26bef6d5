/**
 * The λmax tab (issue 20; docs/curvature-chart.md): the chart (its key and help in its top
 * margin), and a foot that holds the progress while the lab worker computes (a model's λmax by
 * Lanczos takes seconds), with Cancel, and otherwise what the runs shown call for (adaptive
 * runs' preconditioned λmax, Lion's lack of a limit, runs without curvature), beside the switch
 * between each run's own sharpness and the Hessian's when an adaptive run is shown.
 */
import { useMemo } from 'react';
import { useT } from '../../i18n';
import '../../i18n/en-curvature'; // its words load with this chunk (docs/i18n.md)
import '../../i18n/en-lab'; // its words load with this chunk (docs/i18n.md)
import type { SharpnessView } from '../../plot/curvature-series';
import { useDeferredRunViews } from '../../state/run-views';
import { useAppShallow } from '../../state/store';
import { useEngine } from '../engine-context';
import { useLasting } from '../use-lasting';
import { JobProgress } from '../worker-jobs/JobProgress';
import { curvatureRuns, curvatureWords, hasAdaptive } from './curvature-model';
import { useCurvature } from './curvature-hooks';
import type { CurvatureScheduler, CurvatureView } from './curvature-scheduler';
import { CurvatureChart } from './CurvatureChart';
import './CurvaturePanel.css';

const MODES: readonly SharpnessView[] = ['own', 'hessian'];

export function CurvaturePanel() {
  const { engine } = useEngine();
  const t = useT();
  // The sharpness shown is the view's (`sharp=` in the link), kept while the tab is closed.
  const { scenario, selectedRun, lang, mode, setMode } = useAppShallow((s) => ({
    scenario: s.scenario,
    selectedRun: s.selectedRun,
    lang: s.lang,
    mode: s.sharpness,
    setMode: s.setSharpness,
  }));
  const paired = useDeferredRunViews();
  const [view, scheduler] = useCurvature(engine, scenario);

  const runs = useMemo(
    () => curvatureRuns(scenario, view, mode, paired),
    // Names are in the language shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scenario, view, mode, paired, lang],
  );
  const adaptive = hasAdaptive(runs);
  const words = curvatureWords(runs, adaptive ? mode : 'own');
  const anyVisible = scenario.optimizers.some((spec) => !spec.hidden);
  const drawable = runs.some((run) => run.entry.state === 'done');
  const allNone = runs.length > 0 && runs.every((run) => run.entry.state === 'none');
  const empty = !anyVisible
    ? t('chart.allHidden')
    : allNone
      ? t('curvature.nothing')
      : !drawable
        ? t('chart.computing')
        : '';
  // A sign of work only once it lasts: a 2-parameter run's curvature is back within a frame.
  const working = useLasting(view.status === 'computing', 150);
  const showProgress = working || view.status === 'cancelled' || view.status === 'error';

  return (
    <div
      className="chart-tab curvature-panel"
      data-testid="curvature-panel"
      data-status={view.status}
    >
      <CurvatureChart
        runs={runs}
        steps={scenario.steps}
        problem={scenario.problem}
        selected={selectedRun}
        empty={empty}
        help={words.help.join(' ')}
      />
      <div className="chart-tab__foot curvature-panel__foot">
        {showProgress ? (
          <CurvatureProgress view={view} scheduler={scheduler} name={runName(view, runs)} />
        ) : (
          <p
            className="hint-lines curvature-panel__hint"
            data-testid="curvature-hint"
            title={words.foot.join(' ')}
          >
            {words.foot.join(' ')}
          </p>
        )}
        {adaptive && (
          <div
            className="segmented curvature-toggle"
            role="group"
            aria-label={t('curvature.sharpness')}
          >
            {MODES.map((option) => (
              <button
                key={option}
                type="button"
                className="segmented__option curvature-toggle__option"
                aria-pressed={mode === option}
                title={t(option === 'own' ? 'curvature.ownTitle' : 'curvature.hessianTitle')}
                onClick={() => {
                  setMode(option);
                }}
              >
                {t(option === 'own' ? 'curvature.own' : 'curvature.hessian')}
              </button>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}

/** The name of the run whose curvature is being computed, if it is shown. */
function runName(view: CurvatureView, runs: ReturnType<typeof curvatureRuns>): string | null {
  return view.current === null
    ? null
    : (runs.find((run) => run.index === view.current)?.name ?? null);
}

/** Progress under the chart: how many runs of how many, and how far the run in hand is. */
function CurvatureProgress({
  view,
  scheduler,
  name,
}: {
  view: CurvatureView;
  scheduler: CurvatureScheduler;
  name: string | null;
}) {
  const t = useT();
  const fraction = view.total > 0 ? (view.done + view.currentProgress) / view.total : 0;
  const counts = { done: view.done, total: view.total };
  return (
    <JobProgress
      block="curvature-progress"
      status={view.status}
      percent={Math.round(100 * Math.min(1, fraction))}
      label={t('curvature.progress')}
      valueText={t('lab.runsOf', counts)}
      text={
        view.status === 'error'
          ? t('curvature.stopped', { error: view.error })
          : view.status === 'cancelled'
            ? t('curvature.cancelled', counts)
            : name !== null && view.currentProgress > 0
              ? t('curvature.computingRun', {
                  ...counts,
                  name,
                  percent: Math.round(100 * view.currentProgress),
                })
              : t('curvature.computing', counts)
      }
      onCancel={() => scheduler.cancel()}
      onResume={() => scheduler.resume()}
    />
  );
}
