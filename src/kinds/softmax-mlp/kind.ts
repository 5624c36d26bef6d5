/**
 * The MLP with a softmax output on a table of features (src/core/problems/softmax-classifier.ts).
 * Its hidden widths travel in a link as `layers=32`, as the MLP's do.
 */
import { checkChoice, checkNumber, definedFields, describe, join } from '../../scenario/checks';
import type { Issues } from '../../scenario/checks';
import { ACTIVATIONS } from '../../scenario/data-types';
import { MAX_SEED } from '../../scenario/limits';
import { MAX_HIDDEN_LAYERS } from '../../scenario/validate-data';
import { MODEL_BOUNDS } from '../../core/problems/model-bounds';
import { validateTableFields } from '../../scenario/validate-table';
import { mlpKind } from '../mlp/kind';
import { numericsOf } from '../numerics-slot';
import { TABLE_DATA, tableOptions } from '../table-shared';
import type { ProblemKind } from '../types';
import { SOFTMAX_MLP, type SoftmaxMlpSpec } from './spec';

const DEFAULT_SET = 'digits';
/** The widest hidden layer: twice the binary MLP's, for 64 inputs. */
export const MAX_TABLE_UNITS = 64;

export const SOFTMAX_MLP_DEFAULTS = {
  hidden: [32] as readonly number[],
  activation: 'relu',
  initSeed: 1,
} as const;

export const softmaxMlpOptions = (spec: SoftmaxMlpSpec) =>
  tableOptions(spec, DEFAULT_SET, {
    hidden: spec.hidden ?? SOFTMAX_MLP_DEFAULTS.hidden,
    activation: spec.activation ?? SOFTMAX_MLP_DEFAULTS.activation,
    initSeed: spec.initSeed ?? SOFTMAX_MLP_DEFAULTS.initSeed,
  });

/** 1 to MAX_HIDDEN_LAYERS widths of 1 to MAX_TABLE_UNITS units. */
function validateWidths(issues: Issues, value: unknown, path: string): number[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_HIDDEN_LAYERS) {
    issues.add(
      path,
      `must list 1 to ${MAX_HIDDEN_LAYERS} hidden layer widths such as [32], got ${describe(value)}`,
    );
    return undefined;
  }
  const rule = { min: 1, max: MAX_TABLE_UNITS, integer: true } as const;
  const widths = value.map((width, i) => checkNumber(issues, width, join(path, i), rule));
  return widths.every((w) => w !== undefined) ? (widths as number[]) : undefined;
}

export const softmaxMlpKind: ProblemKind<SoftmaxMlpSpec, 'table'> = {
  type: SOFTMAX_MLP,
  ...TABLE_DATA,
  defaultPoints: 1797,
  defaultSet: DEFAULT_SET,
  validate(issues, value, path) {
    const common = validateTableFields(issues, value, path, 'a softmax-mlp problem', DEFAULT_SET, [
      'hidden',
      'activation',
      'initSeed',
    ]);
    const hidden = validateWidths(issues, value.hidden, join(path, 'hidden'));
    const activation = checkChoice(issues, value.activation, join(path, 'activation'), ACTIVATIONS);
    const initSeed = checkNumber(issues, value.initSeed, join(path, 'initSeed'), {
      min: 0,
      max: MAX_SEED,
      integer: true,
    });
    return { type: SOFTMAX_MLP, ...definedFields({ hidden, activation, initSeed }), ...common };
  },
  // The numerics load on demand (src/kinds/model-numerics.ts).
  build: (spec) => numericsOf(SOFTMAX_MLP).build(spec),
  knownInfo: (spec) => numericsOf(SOFTMAX_MLP).knownInfo!(spec),
  knownBounds: MODEL_BOUNDS,
  work: (spec) => numericsOf(SOFTMAX_MLP).work!(spec),
  batchRows: (spec) => numericsOf(SOFTMAX_MLP).batchRows!(spec),
  link: {
    fieldOrder: ['layers', 'activation', 'batchSize', 'data', 'split', 'initSeed', 'noise'],
    // The MLP's: `layers=64-32` for `hidden`, read back leniently for validation to judge.
    write: (spec) => mlpKind.link.write(spec as never),
    read: (fields, readNumber) => mlpKind.link.read(fields, readNumber),
  },
};
