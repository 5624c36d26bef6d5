/** The chart panel's tabs: which exist for a problem, their labels and titles. */
import type { ProblemType } from '../../kinds/registry';
import { kindUi } from '../../kinds/ui-registry';
import { t } from '../../i18n';
import type { ChartMode } from '../../state/chart-modes';

export interface ChartTab {
  id: ChartMode;
  /** The tab's text (its accessible name). */
  label: string;
  /** The panel title while the tab is shown. */
  title: string;
  /** A tooltip saying what the tab plots. */
  hint: string;
}

/** The tabs whose words are under `chart` in src/i18n/en.ts (the table's and curvature's are not). */
type KindTabId = Exclude<ChartMode, 'table' | 'curvature' | 'inside'>;

/** A tab's words in src/i18n/en.ts (`chart.<key>`): its id, or the classifiers' own Data words. */
type TabKey = KindTabId | 'classifierData';

/** A tab in the language shown (src/i18n/en.ts, `chart`): built when asked, not at load. */
function tab(id: KindTabId, key: TabKey = id): ChartTab {
  return {
    id,
    label: t(`chart.${key}.label`),
    title: t(`chart.${key}.title`),
    hint: t(`chart.${key}.hint`),
  };
}

/** The runs' comparison table (its words are under `runs.table`, src/i18n/en-runs.ts). */
function tableTab(): ChartTab {
  return {
    id: 'table',
    label: t('runs.table.label'),
    title: t('runs.table.title'),
    hint: t('runs.table.hint'),
  };
}

/** λmax against the stability limits (its words are under `curvature.tab`, en-curvature.ts). */
function curvatureTab(): ChartTab {
  return {
    id: 'curvature',
    label: t('curvature.tab.label'),
    title: t('curvature.tab.title'),
    hint: t('curvature.tab.hint'),
  };
}

/** Inside the model (its words are under `insight.tab`, en-insight.ts): models only. */
function insideTab(): ChartTab {
  return {
    id: 'inside',
    label: t('insight.tab.label'),
    title: t('insight.tab.title'),
    hint: t('insight.tab.hint'),
  };
}

/**
 * The loss and ‖∇f‖ charts, then the tabs the problem's kind adds (src/kinds/<kind>/ui.ts:
 * problems fitted to data a Data tab, classifiers an Accuracy tab before it), then the curvature
 * (every kind: 2-parameter problems exactly, models by Lanczos), a model's Inside tab and the
 * table of runs; the lab's tabs come last.
 */
export function chartTabs(problemType: ProblemType): ChartTab[] {
  const kindTabs = kindUi(problemType).chartTabs;
  return [
    tab('loss'),
    tab('gradNorm'),
    // A kind adds only tabs with words under `chart` (Accuracy, Data), never the curvature.
    ...kindTabs.map(({ id, words }) => tab(id as KindTabId, words as TabKey | undefined)),
    curvatureTab(),
    // A model fitted to data: its layers' gradients and, on a table, what it learned (issue 22).
    ...(kindTabs.some((kindTab) => kindTab.id === 'data') ? [insideTab()] : []),
    tableTab(),
    tab('sweep'),
    tab('maps'),
  ];
}
