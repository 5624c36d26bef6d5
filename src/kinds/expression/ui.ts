/** A typed formula on screen: no picker card (the picker's formula field makes it), common tabs. */
import { MODELS_ZH } from '../../i18n/problems.zh';
import type { KindUi } from '../ui-types';

export const expressionUi: KindUi = {
  chartTabs: [],
  catalog: () => [],
  textZh: () => MODELS_ZH.expression,
};
