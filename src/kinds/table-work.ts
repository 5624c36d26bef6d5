/**
 * The work of a table classifier's step and the rows its mini-batches draw from (issue 22), with
 * the models' numerics (src/kinds/model-numerics.ts): both need the table's shape.
 */
import { splitSizes } from '../core/data/split-sizes';
import {
  layerSizes,
  tableRowCount,
  type SoftmaxClassifierOptions,
} from '../core/problems/softmax-classifier';
import { netShape } from '../core/problems/softmax-net';
import type { StepWork } from './types';

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
