/** The worked example on screen: a card drawn from its data, a Data tab with the fitted line. */
import { describeProblem } from '../../core/problems';
import type { KindUi } from '../ui-types';
import { LINEAR_REGRESSION } from './spec';

export const linearRegressionUi: KindUi = {
  chartTabs: [{ id: 'data' }],
  catalog: () => {
    const spec = { type: LINEAR_REGRESSION } as const;
    const { title, formula, note } = describeProblem(spec).info;
    return [{ key: LINEAR_REGRESSION, title, formula, note, spec, thumbnail: 'data' }];
  },
  textZh: (info, zh) => ({
    title: info.title.includes('your data')
      ? zh.models.linearRegressionOwn.title
      : zh.models.linearRegression.title,
    note: zh.models.linearNote,
  }),
};
