/**
 * Names from the core in the language shown: optimizer types, hyperparameter labels, axis names.
 * The core keeps its English (the CLI, links and tests use it); these map it for the screen.
 * The presets' titles, summaries and topics are in preset-text.ts (the gallery loads on demand).
 */
import { OPTIMIZER_TITLES, hyperparamText, type HyperparamName } from '../core/optimizers';
import type { SliceMethod } from '../core/slice/types';
import type { OptimizerSpec, OptimizerType } from '../scenario/types';
import { roleOf } from '../presets/run-roles';
import { t } from '.';

/** An optimizer type's display name ("Gradient descent", "梯度下降"). */
export function optimizerTitle(type: OptimizerType): string {
  return t(`optimizer.${type}`);
}

/**
 * What the α sweep's "Tune α for every run" appends to a run's name ("Adam · tuned α"). The label
 * is stored in English, as links carry it; runDisplayName shows an automatic one translated.
 */
export const TUNED_SUFFIX = ' · tuned α';

/**
 * A run's name as shown. Names never hold numbers of their own, so they cannot go stale when a
 * value moves (docs/presets.md, "Run names"): without a label, the type's title; with a preset's
 * role label (src/presets/run-roles.ts), the title and the role ("Gradient descent · too small");
 * the automatic "Adam · tuned α"; all in the language shown. Any other label is the user's own
 * text (part of the link) and is shown as written.
 */
export function runDisplayName(spec: Pick<OptimizerSpec, 'type' | 'label'>): string {
  if (spec.label === undefined) return optimizerTitle(spec.type);
  if (spec.label === OPTIMIZER_TITLES[spec.type] + TUNED_SUFFIX)
    return t('sweep.tuned', { name: optimizerTitle(spec.type) });
  const role = roleOf(spec.label);
  if (role)
    return t('runs.roleName', { type: optimizerTitle(spec.type), role: t(`runs.role.${role}`) });
  return spec.label;
}

/**
 * A run's name where its type is shown beside it (the card's type menu) or room is short (the
 * Table tab): a role alone, capitalised ("Too small", "太小"); otherwise as runDisplayName.
 */
export function runShortName(spec: Pick<OptimizerSpec, 'type' | 'label'>): string {
  const role = roleOf(spec.label);
  if (!role) return runDisplayName(spec);
  const text = t(`runs.role.${role}`);
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * A hyperparameter's label, the accessible name of its slider ("learning rate α", "学习率 α"); as
 * type `type` reads it where given (ASGD's alpha is not RMSprop's).
 */
export function hyperparamLabel(name: HyperparamName, type?: OptimizerType): string {
  return t(`hyperparam.${type ? hyperparamText(type, name) : name}`);
}

/** A hyperparameter's short name in a run card ("learning rate"), as type `type` reads it. */
export function hyperparamShortName(name: HyperparamName, type: OptimizerType): string {
  return t(`hyperparamShort.${hyperparamText(type, name)}`);
}

const SLICE_AXIS_KEYS = {
  pca: ['landscape.pc1', 'landscape.pc2'],
  random: ['landscape.direction1', 'landscape.direction2'],
} as const;

/**
 * The landscape's axis names in the language shown: a model slice's directions are words, named
 * by the plane's method; a 2D problem's x, y, w, b are symbols and stay as they are.
 */
export function axisNames(
  axes: readonly [string, string],
  sliceMethod: SliceMethod | null,
): [string, string] {
  if (sliceMethod === null) return [axes[0], axes[1]];
  const [first, second] = SLICE_AXIS_KEYS[sliceMethod];
  return [t(first), t(second)];
}
