/**
 * What the classifiers on tables share (issue 22; src/kinds/softmax-regression, softmax-mlp):
 * their data capability, the options of the core's build, and the work of a step.
 */
import { splitSizes } from '../core/data/split';
import {
  layerSizes,
  tableRowCount,
  type SoftmaxClassifierOptions,
} from '../core/problems/softmax-classifier';
import { netShape } from '../core/problems/softmax-net';
import type { Activation } from '../scenario/data-types';
import type { DataSetName, SplitSpec, TableDataSpec } from '../scenario/table-types';
import type { StepWork } from './types';

/** The data of a table classifier: a shipped set or the user's rows, in mini-batches. */
export const TABLE_DATA = { data: 'table', batches: true } as const;

/** The spec fields the two kinds share. */
export interface TableSpecFields {
  readonly type: string;
  data?: TableDataSpec;
  split?: SplitSpec;
  batchSize?: number;
  noise?: number;
}

/** The core's options of a spec; `network` is what the kind adds (hidden layers, start). */
export function tableOptions(
  spec: TableSpecFields,
  fallbackSet: DataSetName,
  network: { hidden: readonly number[]; activation: Activation; initSeed: number | null },
): SoftmaxClassifierOptions {
  return {
    name: spec.type,
    data: spec.data,
    fallbackSet,
    split: spec.split,
    batchSize: spec.batchSize,
    ...network,
  };
}

/**
 * Measured (bench/digits.ts): a parameter × point of these blocked passes costs about a fifth
 * of the plain loops' the budget's unit was calibrated on (src/core/budget.ts).
 */
const KERNEL_SCALE = 0.2;

/** A step: the training pass (or the batch alone) and a forward pass over the validation rows. */
export function tableWork(options: SoftmaxClassifierOptions): StepWork {
  const sizes = splitSizes(tableRowCount(options), options.split);
  const params = netShape(layerSizes(options), options.activation).dim;
  const batch =
    options.batchSize !== undefined && options.batchSize < sizes.training ? options.batchSize : 0;
  return {
    params,
    points: sizes.training,
    batch,
    accuracy: false, // from the loss's own pass
    heldOut: sizes.validation,
    batchOnly: true,
    scale: KERNEL_SCALE,
  };
}

/** The rows a mini-batch is drawn from: the training part of the split. */
export function trainingRows(options: SoftmaxClassifierOptions): number {
  return splitSizes(tableRowCount(options), options.split).training;
}
