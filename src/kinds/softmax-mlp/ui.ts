/** The softmax MLP on screen: Accuracy and Data tabs; cards on the digits and breast cancer. */
import { TABLE_TABS, tableEntry, tableTextZh } from '../table-ui';
import type { KindUi } from '../ui-types';
import { SOFTMAX_MLP } from './spec';

export const softmaxMlpUi: KindUi = {
  chartTabs: TABLE_TABS,
  catalog: () => [
    tableEntry({ type: SOFTMAX_MLP, data: { set: 'digits' } }),
    tableEntry({ type: SOFTMAX_MLP, data: { set: 'breast-cancer' }, hidden: [16] }),
  ],
  textZh: (info, zh) => tableTextZh(info.title, zh),
};
