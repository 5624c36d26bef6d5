/**
 * The problem kinds' UI descriptors (each kind's ui.ts), one line a kind. `satisfies` makes the
 * compiler name a kind of the registry (registry.ts) that has no UI here. Read by the chart
 * tabs, the picker's catalog and the problems' Chinese titles.
 */
import { EXPRESSION } from './expression/spec';
import { expressionUi } from './expression/ui';
import { FUNCTION } from './function/spec';
import { functionUi } from './function/ui';
import { LINEAR_REGRESSION } from './linear-regression/spec';
import { linearRegressionUi } from './linear-regression/ui';
import { LOGISTIC_REGRESSION } from './logistic-regression/spec';
import { logisticRegressionUi } from './logistic-regression/ui';
import { MLP } from './mlp/spec';
import { mlpUi } from './mlp/ui';
import { SOFTMAX_MLP } from './softmax-mlp/spec';
import { softmaxMlpUi } from './softmax-mlp/ui';
import { SOFTMAX_REGRESSION } from './softmax-regression/spec';
import { softmaxRegressionUi } from './softmax-regression/ui';
import { kindOfLinkName, PROBLEM_TYPES, type ProblemType } from './registry';
import type { KindUi } from './ui-types';

export const KIND_UI = {
  [FUNCTION]: functionUi,
  [EXPRESSION]: expressionUi,
  [LINEAR_REGRESSION]: linearRegressionUi,
  [LOGISTIC_REGRESSION]: logisticRegressionUi,
  [MLP]: mlpUi,
  [SOFTMAX_REGRESSION]: softmaxRegressionUi,
  [SOFTMAX_MLP]: softmaxMlpUi,
} as const satisfies Record<ProblemType, KindUi>;

/** The UI of a kind. */
export function kindUi(type: ProblemType): KindUi {
  return KIND_UI[type];
}

/**
 * The UI of the kind a problem's info names: its type, or else a built-in function's name (as
 * a link names problems: registry.ts, `kindOfLinkName`).
 */
export function kindUiOfInfoName(name: string): KindUi {
  return kindUi(kindOfLinkName(name).type as ProblemType);
}

/** Every kind's UI, in the registry's order. */
export function kindUis(): readonly KindUi[] {
  return PROBLEM_TYPES.map(kindUi);
}
