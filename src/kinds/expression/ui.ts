/** A typed formula on screen: no picker card (the picker's formula field makes it), common tabs. */
import type { KindUi } from '../ui-types';

export const expressionUi: KindUi = {
  chartTabs: [],
  catalog: () => [],
  textZh: (_info, zh) => zh.models.expression,
};
