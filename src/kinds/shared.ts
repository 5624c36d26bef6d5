/** Helpers the kinds share (their data, their link fields, the work of a step on data). */
import { CLASSIFICATION_DATA_DEFAULTS } from '../core/problems/dataset-defaults';
import type { BaseSpec, DataFields, LinkCodec, StepWork } from './types';

/** The data of a kind without any: a formula or a built-in function of (x, y). */
export const NO_DATA = { data: 'none', batches: false, defaultPoints: 0 } as const;

/** The data of a classifier: a two-class dataset (a recipe's or the user's), in mini-batches. */
export const CLASSIFIER_DATA = {
  data: 'classification',
  batches: true,
  defaultPoints: CLASSIFICATION_DATA_DEFAULTS.n,
} as const;

/**
 * The link codec of a kind written by its type with its fields as they are (`linear-regression(
 * batchSize=5)`), in `fieldOrder`.
 */
export function fieldsCodec<S extends BaseSpec>(fieldOrder: readonly string[]): LinkCodec<S> {
  return {
    fieldOrder,
    write: (spec) => {
      const { type, ...fields } = spec;
      return { name: type, fields };
    },
    read: (fields) => fields,
  };
}

/** Points of a spec's dataset: the user's own, the recipe's n, or the kind's default. */
export function dataPoints(spec: DataFields, defaultPoints: number): number {
  return spec.data?.points?.length ?? spec.data?.n ?? defaultPoints;
}

/** The work of a step on data: f and ∇f over every point, plus the mini-batch if any. */
export function dataWork(
  spec: DataFields,
  defaultPoints: number,
  params: number,
  accuracy: boolean,
): StepWork {
  const points = dataPoints(spec, defaultPoints);
  const batch = spec.batchSize !== undefined && spec.batchSize < points ? spec.batchSize : 0;
  return { params, points, batch, accuracy };
}
