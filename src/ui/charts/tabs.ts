/** The chart panel's tabs: which exist for a problem, their labels and titles. */
import type { ProblemSpec } from '../../scenario/types';

export interface ChartTab {
  id: 'loss' | 'gradNorm' | 'accuracy' | 'data' | 'sweep' | 'maps';
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

const ACCURACY: ChartTab = {
  id: 'accuracy',
  label: 'Accuracy',
  title: 'Accuracy per step',
  hint: 'Share of the points each run classifies right, against step, 0 to 100%',
};
const CLASSIFIER_DATA: ChartTab = {
  id: 'data',
  label: 'Data',
  title: 'Data and decision boundary',
  hint: 'The data points, the predicted probability and the decision boundary at the cursor step',
};

const SWEEP: ChartTab = {
  id: 'sweep',
  label: 'α sweep',
  title: 'Loss against α',
  hint: 'Each run again at 60 learning rates from 1e-5 to 10: where is α best, where does it diverge?',
};
const MAPS: ChartTab = {
  id: 'maps',
  label: 'β, ε maps',
  title: 'β and ε sensitivity',
  hint: 'Final loss of the selected Adam-family run over (β1, β2) and over (α, ε)',
};

/**
 * Problems fitted to data get a Data tab after the charts, classifiers an Accuracy tab before
 * it; the lab's tabs come last.
 */
export function chartTabs(problemType: ProblemSpec['type']): ChartTab[] {
  switch (problemType) {
    case 'linear-regression':
      return [LOSS, GRAD_NORM, DATA, SWEEP, MAPS];
    case 'logistic-regression':
    case 'mlp':
      return [LOSS, GRAD_NORM, ACCURACY, CLASSIFIER_DATA, SWEEP, MAPS];
    default:
      return [LOSS, GRAD_NORM, SWEEP, MAPS];
  }
}
