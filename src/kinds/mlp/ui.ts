/** The MLP on screen: Accuracy and Data tabs (its network settings sit in the classifier's panel). */
import { CLASSIFIER_TABS, classifierEntry, dataNameZh } from '../classifier-ui';
import type { KindUi } from '../ui-types';
import { MLP } from './spec';

export const mlpUi: KindUi = {
  chartTabs: CLASSIFIER_TABS,
  catalog: () => [classifierEntry(MLP)],
  textZh: (info, zh) => {
    const match = /^MLP (\S+) \((\w+)\) on (.+)$/.exec(info.title);
    const title = match
      ? `MLP ${match[1]}（${match[2]}）· ${dataNameZh(match[3]!, zh)}`
      : info.title;
    return { title, note: zh.models.mlpNote };
  },
};
