/**
 * A table classifier's predictions on its validation or test rows at given parameters (issue 22,
 * "What the model learned"): the same split, standardisation and network as the Problem
 * (src/core/problems/softmax-classifier.ts), argmax of the logits, the first on ties as
 * torch.argmax. Also the rows' raw features, for drawing a digit as its 8 × 8 pixels.
 */
import { splitTable, type Part } from '../data/split';
import type { Table } from '../data/table';
import { layerSizes, tableOf, type SoftmaxClassifierOptions } from '../problems/softmax-classifier';
import { createNetPasses, netShape } from '../problems/softmax-net';

/** The held-out part a view is about. */
export type InsightPart = 'validation' | 'test';

export interface PartPredictions {
  readonly part: InsightPart;
  readonly classes: number;
  /** True class and predicted class of each row of the part, in its order. */
  readonly labels: Int32Array;
  readonly predicted: Int32Array;
  /** Each row's index in the table. */
  readonly rows: Uint32Array;
}

export interface TablePredictor {
  /** Features per row. */
  readonly d: number;
  readonly classes: number;
  /** Rows in each held-out part. */
  readonly sizes: { readonly validation: number; readonly test: number };
  predict(part: InsightPart, params: Float64Array): PartPredictions;
  /** The raw (not standardised) features of table row `row`. */
  rawFeatures(row: number): Float64Array;
}

/** argmax over each row of K logits, the first on ties (torch.argmax). */
export function argmaxRows(logits: Float64Array, m: number, K: number): Int32Array {
  const out = new Int32Array(m);
  for (let p = 0; p < m; p++) {
    let best = 0;
    let max = logits[p * K]!;
    for (let k = 1; k < K; k++)
      if (logits[p * K + k]! > max) {
        max = logits[p * K + k]!;
        best = k;
      }
    out[p] = best;
  }
  return out;
}

/** The predictor of a spec's classifier (its data must be loaded, as for building it). */
export function createTablePredictor(options: SoftmaxClassifierOptions): TablePredictor {
  const table: Table = tableOf(options);
  const split = splitTable(table, options.split);
  const sizes = layerSizes(options);
  const shape = netShape(sizes, options.activation);
  const K = sizes[sizes.length - 1]!;
  const passes = createNetPasses(shape, Math.max(1, split.validation.m, split.test.m));
  const logits = passes.acts[passes.acts.length - 1]!;
  return {
    d: table.d,
    classes: split.classes,
    sizes: { validation: split.validation.m, test: split.test.m },
    predict(part, params) {
      if (params.length !== shape.dim)
        throw new Error(`predict: ${params.length} parameters for a network of ${shape.dim}`);
      const rows: Part = split[part];
      if (rows.m > 0) passes.forward(params, rows.x, rows.m);
      return {
        part,
        classes: split.classes,
        labels: rows.labels.slice(),
        predicted: rows.m > 0 ? argmaxRows(logits, rows.m, K) : new Int32Array(0),
        rows: rows.rows.slice(),
      };
    },
    rawFeatures: (row) => table.features.slice(row * table.d, row * table.d + table.d),
  };
}
