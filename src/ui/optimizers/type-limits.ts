/**
 * Whether an optimizer type can run on a problem: a type with a parameter limit (Newton, whose
 * Hessian is built whole, src/core/optimizers/newton.ts) is not offered for a larger model, and
 * the menus say why in the language shown. Validation refuses the same (the module's `check`).
 */
import { describeProblem } from '../../core/problems';
import { optimizerModule } from '../../core/optimizers/registry';
import { t } from '../../i18n';
import { optimizerTitle } from '../../i18n/text';
import type { OptimizerType, ProblemSpec } from '../../scenario/types';

/** Why `type` cannot run on `problem`, or undefined where it can. */
export function typeRefusal(type: OptimizerType, problem: ProblemSpec): string | undefined {
  const max = optimizerModule(type).maxParams;
  if (max === undefined) return undefined;
  const count = describeProblem(problem).dim;
  return count > max
    ? t('optimizerType.tooLarge', { optimizer: optimizerTitle(type), max, count })
    : undefined;
}
