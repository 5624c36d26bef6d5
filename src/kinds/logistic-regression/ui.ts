/** Logistic regression on screen: Accuracy and Data tabs, a card of its two classes. */
import { MODELS_ZH } from '../../i18n/problems.zh';
import { CLASSIFIER_TABS, classifierEntry, dataNameZh } from '../classifier-ui';
import type { KindUi } from '../ui-types';
import { LOGISTIC_REGRESSION } from './spec';

export const logisticRegressionUi: KindUi = {
  chartTabs: CLASSIFIER_TABS,
  catalog: () => [classifierEntry(LOGISTIC_REGRESSION)],
  textZh: (info) => {
    const source = /^Logistic regression on (.+)$/.exec(info.title)?.[1] ?? '';
    return { title: `逻辑回归 · ${dataNameZh(source)}`, note: MODELS_ZH.logisticNote };
  },
};
