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

/** A tab's words in src/i18n/en.ts (`chart.<key>`): its id, or the classifiers' own Data words. */
type TabKey = Exclude<ChartMode, 'table'> | 'classifierData';

/** A tab in the language shown (src/i18n/en.ts, `chart`): built when asked, not at load. */
function tab(id: Exclude<ChartTab['id'], 'table'>, key: TabKey = id): ChartTab {
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

/**
 * The loss and ‖∇f‖ charts, then the tabs the problem's kind adds (src/kinds/<kind>/ui.ts:
 * problems fitted to data a Data tab, classifiers an Accuracy tab before it), then the table of
 * runs; the lab's tabs come last.
 */
export function chartTabs(problemType: ProblemType): ChartTab[] {
  return [
    tab('loss'),
    tab('gradNorm'),
    ...kindUi(problemType).chartTabs.map(({ id, words }) => tab(id, words as TabKey | undefined)),
    tableTab(),
    tab('sweep'),
    tab('maps'),
  ];
}
