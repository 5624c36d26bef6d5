/** The MLP on screen: Accuracy and Data tabs (its network settings sit in the classifier's panel). */
import { MODELS_ZH } from '../../i18n/problems.zh';
import { CLASSIFIER_TABS, classifierEntry, dataNameZh } from '../classifier-ui';
import type { KindUi } from '../ui-types';
import { MLP } from './spec';

export const mlpUi: KindUi = {
  chartTabs: CLASSIFIER_TABS,
  catalog: () => [classifierEntry(MLP)],
  textZh: (info) => {
    const match = /^MLP (\S+) \((\w+)\) on (.+)$/.exec(info.title);
    const title = match ? `MLP ${match[1]}（${match[2]}）· ${dataNameZh(match[3]!)}` : info.title;
    return { title, note: MODELS_ZH.mlpNote };
  },
};
