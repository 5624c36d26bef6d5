/** Logistic regression on screen: Accuracy and Data tabs, a card of its two classes. */
import { CLASSIFIER_TABS, classifierEntry, dataNameZh } from '../classifier-ui';
import type { KindUi } from '../ui-types';
import { LOGISTIC_REGRESSION } from './spec';

export const logisticRegressionUi: KindUi = {
  chartTabs: CLASSIFIER_TABS,
  catalog: () => [classifierEntry(LOGISTIC_REGRESSION)],
  textZh: (info, zh) => {
    const source = /^Logistic regression on (.+)$/.exec(info.title)?.[1] ?? '';
    return {
      title: `${zh.models.logisticTitle} · ${dataNameZh(source, zh)}`,
      note: zh.models.logisticNote,
    };
  },
};
