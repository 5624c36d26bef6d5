/**
 * Whether an optimizer type can run on a problem: a type with a parameter limit (Newton, whose
 * Hessian is built whole, src/core/optimizers/newton.ts) is not offered for a larger model, nor a
 * type for models only (Muon, src/core/optimizers/muon.ts) on a 2-parameter problem, and the
 * menus say why in the language shown. Validation refuses the same (the module's `check`).
 */
import { describeProblem } from '../../core/problems';
import { optimizerModule } from '../../core/optimizers/registry';
import { t } from '../../i18n';
import { optimizerTitle } from '../../i18n/text';
import type { OptimizerType, ProblemSpec } from '../../scenario/types';

/** Why `type` cannot run on `problem`, or undefined where it can. */
export function typeRefusal(type: OptimizerType, problem: ProblemSpec): string | undefined {
  const { maxParams: max, modelsOnly } = optimizerModule(type);
  if (max === undefined && !modelsOnly) return undefined;
  const count = describeProblem(problem).dim;
  // A problem of 2 parameters is θ as one vector, with no weight matrix (Muon's `check`).
  if (modelsOnly && count <= 2)
    return t('optimizerType.modelsOnly', { optimizer: optimizerTitle(type) });
  if (max === undefined) return undefined;
  return count > max
    ? t('optimizerType.tooLarge', { optimizer: optimizerTitle(type), max, count })
    : undefined;
}
