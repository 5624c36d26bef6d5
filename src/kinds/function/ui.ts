/** The built-in functions on screen: a card each, the common tabs, Chinese titles by name. */
import { FUNCTIONS } from '../../core/problems/functions';
import type { KindUi, ProblemEntry } from '../ui-types';
import { FUNCTION } from './spec';

export const functionUi: KindUi = {
  chartTabs: [],
  catalog: () =>
    FUNCTIONS.map((fn): ProblemEntry => ({
      key: fn.name,
      title: fn.title,
      formula: fn.formula,
      note: fn.note,
      spec: { type: FUNCTION, name: fn.name },
      thumbnail: 'surface',
    })),
  textZh: (info, zh) => zh.functions[info.name] ?? null,
};
