/**
 * The chart panel under the optimizers: tabs for loss and ‖∇f‖ against step; on classifiers an
 * Accuracy tab; on problems fitted to data a Data tab (linear regression: the points and the
 * fitted line; classifiers: the points, the predicted probability and the decision boundary).
 *
 * The store's chartMode holds the tab (it is part of the view a link restores); the Data tab
 * falls back to the loss chart when the problem has no data.
 */
import {
  lazy,
  Suspense,
  useEffect,
  useId,
  useRef,
  type ComponentType,
  type KeyboardEvent,
} from 'react';
import { useApp } from '../../state/store';
import { LossChart } from './LossChart';
import type { ChartMeasure } from '../../plot/chart-scale';
import { LrStrip } from '../schedule/LrStrip';
import { chartTabs, type ChartTab } from './tabs';
import { focusedByKeyboard } from '../timeline/shortcuts';
import { ChartExportMenu } from '../export/ChartExportMenu';
import { EnlargeButton } from './EnlargeButton';
import { PredictNotice } from '../present/PredictOverlay';
import './ChartPanel.css';
import { useT } from '../../i18n';
import { onDemand, preload } from '../lazy/on-demand';
import { lazyPart } from '../lazy/lazy-part';

// The lab's tabs load when first opened: most visits never open them, and the initial
// JavaScript has a budget (issue 8: 250 KB gzipped).
const SweepPanel = lazy(() => import('../lab/SweepPanel').then((m) => ({ default: m.SweepPanel })));
const RunsTable = lazy(() => import('./RunsTable').then((m) => ({ default: m.RunsTable })));
const SensitivityPanel = lazy(() =>
  import('../lab/SensitivityPanel').then((m) => ({ default: m.SensitivityPanel })),
);
// The Curvature tab (issue 20) too: its chart, scheduler and words load when first opened.
const CurvaturePanel = lazy(() =>
  import('../curvature/CurvaturePanel').then((m) => ({ default: m.CurvaturePanel })),
);
// So does the Data tab (the points, the fit, the classifier's map, CSV import and the model's
// settings): only problems fitted to data have it, and those ask for it as soon as they show.
// The Inside tab (issue 22): its charts, matrix and pictures load when first opened.
const InsidePanel = lazy(() =>
  import('../insight/InsidePanel').then((m) => ({ default: m.InsidePanel })),
);
const loadDataPanel = onDemand(() => import('../problems/DataPanel'));
const DataPanel = lazyPart(loadDataPanel, (m) => m.DataPanel);

/** The tabs whose panel loads on demand; the others draw a measure on the loss chart. */
const ON_DEMAND_PANELS: Record<Exclude<ChartTab['id'], ChartMeasure>, ComponentType> = {
  data: DataPanel,
  sweep: SweepPanel,
  table: RunsTable,
  maps: SensitivityPanel,
  curvature: CurvaturePanel,
  inside: InsidePanel,
};

const isMeasure = (id: ChartTab['id']): id is ChartMeasure =>
  id === 'loss' || id === 'gradNorm' || id === 'accuracy';

function OnDemandPanel({ tab }: { tab: keyof typeof ON_DEMAND_PANELS }) {
  const Panel = ON_DEMAND_PANELS[tab];
  return <Panel />;
}

export function ChartPanel() {
  const t = useT();
  const chartMode = useApp((s) => s.chartMode);
  // Predict-then-reveal: the curves and the fit would give the answer away.
  const predicting = useApp((s) => s.predicting);
  const setChartMode = useApp((s) => s.setChartMode);
  const problemType = useApp((s) => s.scenario.problem.type);
  const tabs = chartTabs(problemType);
  // A problem without data (or without classes) shows the loss where a link or an earlier
  // problem asked for a tab it does not have.
  const active: ChartTab['id'] = tabs.some((t) => t.id === chartMode) ? chartMode : 'loss';
  const base = useId();
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const hasData = tabs.some((tab) => tab.id === 'data');
  useEffect(() => {
    if (hasData) preload(loadDataPanel);
  }, [hasData]);

  const select = (id: ChartTab['id']) => setChartMode(id);

  // Arrow keys move between tabs (WAI-ARIA tabs pattern, automatic activation), but only on a
  // tab focused by keyboard: after a click they, and always Home/End, go to the timeline
  // (docs/app.md, "Keyboard"; src/ui/timeline/shortcuts.ts).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((t) => t.id === active);
    const moves: Record<string, number> = { ArrowLeft: index - 1, ArrowRight: index + 1 };
    const target = moves[event.key];
    if (target === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    if (!focusedByKeyboard(event.target as Element)) return;
    event.preventDefault(); // the timeline's arrows do not apply here
    const next = tabs[(target + tabs.length) % tabs.length]!;
    select(next.id);
    tabRefs.current.get(next.id)?.focus();
  };

  const title = tabs.find((t) => t.id === active)!.title;
  // Said in the panel while a tab's code loads (the lab's tabs, the Data tab).
  const loading = (
    <p className="chart-panel__loading" role="status">
      {t('chartPanel.loading')}
    </p>
  );

  return (
    <section className="panel panel--stack chart-panel" aria-labelledby={`${base}-title`}>
      <header className="panel__bar chart-panel__header">
        {/* The tabs say what is shown; the title names the panel for screen readers. */}
        <h2 id={`${base}-title`} className="visually-hidden">
          {title}
        </h2>
        <div
          className="chart-panel__tabs"
          role="tablist"
          aria-label={t('chart.tabs')}
          data-count={tabs.length}
          onKeyDown={onKeyDown}
        >
          {tabs.map((tab) => (
            <button
              key={tab.id}
              ref={(el) => {
                if (el) tabRefs.current.set(tab.id, el);
                else tabRefs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${tab.id}`}
              className="chart-panel__tab"
              aria-selected={tab.id === active}
              aria-controls={`${base}-panel`}
              tabIndex={tab.id === active ? 0 : -1}
              title={tab.hint}
              onClick={() => select(tab.id)}
            >
              {tab.label}
            </button>
          ))}
        </div>
        {/* The table is text, not a picture, and Inside is several: neither has an export. */}
        {active !== 'table' && active !== 'inside' && (
          <ChartExportMenu tab={tabs.find((shown) => shown.id === active)!} />
        )}
        <EnlargeButton />
      </header>
      <div
        className="chart-panel__body"
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={`${base}-tab-${active}`}
      >
        {predicting && active !== 'sweep' && active !== 'maps' ? (
          <PredictNotice />
        ) : isMeasure(active) ? (
          <>
            <LossChart measure={active} />
            <LrStrip />
          </>
        ) : (
          <Suspense fallback={loading}>
            <OnDemandPanel tab={active} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
