/** The chart panel's tabs: which exist for a problem, their labels and titles. */
import type { ProblemSpec } from '../../scenario/types';

export interface ChartTab {
  id: 'loss' | 'gradNorm' | 'data';
  /** The tab's text (its accessible name). */
  label: string;
  /** The panel title while the tab is shown. */
  title: string;
  /** A tooltip saying what the tab plots. */
  hint: string;
}

const LOSS: ChartTab = {
  id: 'loss',
  label: 'Loss',
  title: 'Loss per step',
  hint: 'Loss f against step (f − f* when the minimum is known), log scale',
};
const GRAD_NORM: ChartTab = {
  id: 'gradNorm',
  label: '‖∇f‖',
  title: 'Gradient norm per step',
  hint: 'Length of the gradient ‖∇f‖ against step, log scale',
};
const DATA: ChartTab = {
  id: 'data',
  label: 'Data',
  title: 'Data and fitted line',
  hint: 'The data points and the line at the cursor step',
};

/** Problems fitted to data get a Data tab after the charts. */
export function chartTabs(problemType: ProblemSpec['type']): ChartTab[] {
  return problemType === 'linear-regression' ? [LOSS, GRAD_NORM, DATA] : [LOSS, GRAD_NORM];
}
