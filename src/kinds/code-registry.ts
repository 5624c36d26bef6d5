/**
 * How each problem kind is written in the exported scripts (its code.ts; docs/code-export.md),
 * one line a kind. `satisfies` makes the compiler name a kind of the registry (registry.ts) that
 * has no code here. Read by src/export/code only, so neither the worker nor the page's first
 * bundle carries it.
 */
import { EXPRESSION } from './expression/spec';
import { expressionCode } from './expression/code';
import { FUNCTION } from './function/spec';
import { functionCode } from './function/code';
import { LINEAR_REGRESSION } from './linear-regression/spec';
import { linearRegressionCode } from './linear-regression/code';
import { LOGISTIC_REGRESSION } from './logistic-regression/spec';
import { logisticRegressionCode } from './logistic-regression/code';
import { MLP } from './mlp/spec';
import { mlpCode } from './mlp/code';
import { SOFTMAX_MLP } from './softmax-mlp/spec';
import { softmaxMlpCode } from './softmax-mlp/code';
import { SOFTMAX_REGRESSION } from './softmax-regression/spec';
import { softmaxRegressionCode } from './softmax-regression/code';
import type { ProblemSpec, ProblemType } from './registry';
import type { KindCode } from '../export/code/types';

export const KIND_CODE = {
  [FUNCTION]: functionCode,
  [EXPRESSION]: expressionCode,
  [LINEAR_REGRESSION]: linearRegressionCode,
  [LOGISTIC_REGRESSION]: logisticRegressionCode,
  [MLP]: mlpCode,
  [SOFTMAX_REGRESSION]: softmaxRegressionCode,
  [SOFTMAX_MLP]: softmaxMlpCode,
} as const satisfies { [T in ProblemType]: KindCode<Extract<ProblemSpec, { type: T }>> };

/** The code of a spec's kind. */
export function kindCode<S extends ProblemSpec>(spec: S): KindCode<S> {
  return KIND_CODE[spec.type] as unknown as KindCode<S>;
}
