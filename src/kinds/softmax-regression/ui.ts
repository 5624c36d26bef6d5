/** Softmax regression on screen: Accuracy and Data tabs; cards on iris and wine. */
import { TABLE_TABS, tableEntry, tableTextZh } from '../table-ui';
import type { KindUi } from '../ui-types';
import { SOFTMAX_REGRESSION } from './spec';

export const softmaxRegressionUi: KindUi = {
  chartTabs: TABLE_TABS,
  catalog: () => [
    tableEntry({ type: SOFTMAX_REGRESSION, data: { set: 'iris' } }),
    tableEntry({ type: SOFTMAX_REGRESSION, data: { set: 'wine' } }),
  ],
  textZh: (info, zh) => tableTextZh(info.title, zh),
};
