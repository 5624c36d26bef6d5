/** The chart panel's tabs: which exist for a problem, their labels and titles. */
import type { ProblemSpec } from '../../scenario/types';
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
 * Problems fitted to data get a Data tab after the charts, classifiers an Accuracy tab before
 * it; then the table of runs; the lab's tabs come last.
 */
export function chartTabs(problemType: ProblemSpec['type']): ChartTab[] {
  switch (problemType) {
    case 'linear-regression':
      return [tab('loss'), tab('gradNorm'), tab('data'), tableTab(), tab('sweep'), tab('maps')];
    case 'logistic-regression':
    case 'mlp':
      return [
        tab('loss'),
        tab('gradNorm'),
        tab('accuracy'),
        tab('data', 'classifierData'),
        tableTab(),
        tab('sweep'),
        tab('maps'),
      ];
    default:
      return [tab('loss'), tab('gradNorm'), tableTab(), tab('sweep'), tab('maps')];
  }
}
