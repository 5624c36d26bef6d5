/**
 * The words of the averaged path in the key under the paths (the 2D view's AveragedKey in
 * Trajectories.tsx, the 3D view's AveragedKey3d): which point the dashed path is, for the types
 * drawn. ASGD's average is drawn only (`averaged: 'shown'`: torch keeps it in `state['ax']` and
 * leaves θ in the parameter); Schedule-Free's x is the run's answer (`'answer'`: swapped in by
 * `optimizer.eval()`, and the run's loss is measured there). One key for both said
 * "Schedule-Free's answer x" under an ASGD run too.
 */
import { optimizerModule } from '../../core/optimizers/registry';
import type { TranslationKey } from '../../i18n';
import type { OptimizerType } from '../../scenario/types';
import type { RunResult } from '../../core/run';

/** The key's words for the dashed paths of runs of `types`; null if none of them averages. */
export function averagedKeyWords(types: readonly OptimizerType[]): TranslationKey | null {
  const kinds = new Set(types.map((type) => optimizerModule(type).averaged));
  const shown = kinds.has('shown');
  const answer = kinds.has('answer');
  if (shown && answer) return 'landscape.averagedPathKeyBoth';
  if (shown) return 'landscape.averagedPathKeyShown';
  if (answer) return 'landscape.averagedPathKeyAnswer';
  return null;
}

/** The key's words for the runs a view draws: those whose averaged path it draws (not null). */
export function averagedKeyFor(
  runs: readonly { result: RunResult; averaged: unknown }[],
): TranslationKey | null {
  return averagedKeyWords(
    runs.filter((run) => run.averaged !== null).map((run) => run.result.optimizer.type),
  );
}
