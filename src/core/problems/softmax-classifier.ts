/**
 * The classifiers on a table of features (issue 22): softmax regression (no hidden layer) and
 * the MLP with a softmax output, trained by the mean cross-entropy over the training part of a
 * seeded split, on inputs standardised with the training part's statistics (src/core/data/
 * split.ts). The validation and test parts are scored, never trained on (`heldOut`). The two
 * kinds (src/kinds/softmax-regression, src/kinds/softmax-mlp) differ only in their hidden layers
 * and start, so they share this module.
 */
import type { Activation } from '../../scenario/data-types';
import type { DataSetName, SplitSpec, TableDataSpec } from '../../scenario/table-types';
import { loadedTable } from '../data/load';
import { DATA_SETS } from '../data/sets';
import { splitTable } from '../data/split';
import { shapeOfRows, tableOfRows, type Table } from '../data/table';
import { createBatchOrder, MODEL_BOUNDS } from './models';
import { softmaxHessianProduct } from './softmax-hvp';
import {
  createNetPasses,
  initialNetParams,
  netLayout,
  netShape,
  type PassScore,
} from './softmax-net';
import type { HeldOutScores, Problem, ProblemInfo } from './types';

/** What the two kinds' specs come to. */
export interface SoftmaxClassifierOptions {
  /** The kind's type, the info's name. */
  readonly name: string;
  readonly data: TableDataSpec | undefined;
  /** The set when the spec names neither a set nor rows. */
  readonly fallbackSet: DataSetName;
  readonly split: SplitSpec | undefined;
  readonly hidden: readonly number[];
  readonly activation: Activation;
  /** The initial weights' seed (PyTorch's nn.Linear init); null starts at θ = 0. */
  readonly initSeed: number | null;
  readonly batchSize: number | undefined;
}

/** The user's rows when a spec has any, else the set it names (or the fallback). */
function sourceOf(options: SoftmaxClassifierOptions): DataSetName | 'rows' {
  return options.data?.points?.length ? 'rows' : (options.data?.set ?? options.fallbackSet);
}

/** Features and classes of a spec's data, known without loading it. */
export function tableShape(options: SoftmaxClassifierOptions): { d: number; classes: number } {
  const source = sourceOf(options);
  if (source === 'rows') return shapeOfRows(options.data!.points!);
  const info = DATA_SETS[source];
  return { d: info.features, classes: info.classNames.length };
}

/** The layer widths [d, …hidden, K]. */
export function layerSizes(options: SoftmaxClassifierOptions): number[] {
  const { d, classes } = tableShape(options);
  return [d, ...options.hidden, classes];
}

/** The rows of a spec's table, known without loading it. */
export function tableRowCount(options: SoftmaxClassifierOptions): number {
  const source = sourceOf(options);
  return source === 'rows' ? options.data!.points!.length : DATA_SETS[source].samples;
}

/** The table of a spec: the user's rows, or a shipped set (throws DataSetMissing if not loaded). */
export function tableOf(options: SoftmaxClassifierOptions): Table {
  const source = sourceOf(options);
  return source === 'rows' ? tableOfRows(options.data!.points!) : loadedTable(source);
}

/** The info of a spec, without its data: what the main thread shows before any is loaded. */
export function softmaxClassifierInfo(options: SoftmaxClassifierOptions): ProblemInfo {
  const sizes = layerSizes(options);
  const source = sourceOf(options);
  const on = source === 'rows' ? 'your data' : source;
  const { hidden, activation } = options;
  const dim = netShape(sizes, activation).dim;
  const mlp = hidden.length > 0;
  return {
    name: options.name,
    title: mlp ? `MLP ${sizes.join('-')} (${activation}) on ${on}` : `Softmax regression on ${on}`,
    formula: mlp
      ? `(1/n)·Σ [log Σₖ e^zᵢₖ − zᵢ,yᵢ],  zᵢ = f_θ(xᵢ), f_θ: ${sizes.join(' → ')} with ${activation}`
      : '(1/n)·Σ [log Σₖ e^zᵢₖ − zᵢ,yᵢ],  zᵢ = W·xᵢ + b',
    view: { x: [-1, 1], y: [-1, 1] },
    start:
      options.initSeed === null
        ? new Array<number>(dim).fill(0)
        : initialNetParams(sizes, options.initSeed),
    minima: [],
    fMin: null,
    // A cross-entropy: ≥ 0, its infimum unknown (0 on separable data, at infinity).
    fLowerBound: 0,
    note: mlp
      ? 'A network on real data: the training loss keeps falling while the validation loss, on rows it never trains on, tells whether it learns or memorises.'
      : 'One linear score per class and a softmax: the cross-entropy is convex in the weights, and held-out rows show how well a straight boundary generalises.',
    axes: ['direction 1', 'direction 2'],
  };
}

/** The Problem of a spec whose data this thread has (a shipped set must be loaded first). */
export function createSoftmaxClassifier(options: SoftmaxClassifierOptions): Problem {
  const split = splitTable(tableOf(options), options.split);
  const { training, validation, test } = split;
  const info = softmaxClassifierInfo(options);
  const shape = netShape(layerSizes(options), options.activation);
  const d = training.d;
  const n = training.m;
  const passes = createNetPasses(shape, Math.max(1, n));
  const held = createNetPasses(shape, Math.max(1, validation.m, test.m));
  const last = { loss: NaN, accuracy: NaN };
  const pass: PassScore = { loss: 0, correct: 0 };
  const heldPass: PassScore = { loss: 0, correct: 0 };
  // A mini-batch's rows, gathered: the largest batch is smaller than the training part.
  const batchInput = new Float64Array(n * d);
  const batchLabels = new Int32Array(n);

  /** Loss (and, with `grad`, its gradient) over m rows of `input`; updates `last`. */
  function over(
    params: Float64Array,
    input: Float64Array,
    labels: Int32Array,
    m: number,
    grad: Float64Array | null,
  ): number {
    passes.forward(params, input, m);
    passes.score(labels, m, grad !== null, pass);
    if (grad) passes.backward(params, input, grad, m);
    last.loss = pass.loss;
    last.accuracy = pass.correct / m;
    return pass.loss;
  }

  /** The mean loss over training rows order[begin … end − 1], its gradient into `grad`. */
  function overRows(
    params: Float64Array,
    grad: Float64Array,
    order: Uint32Array,
    begin: number,
    end: number,
  ): number {
    const m = end - begin;
    for (let p = 0; p < m; p++) {
      const row = order[begin + p]!;
      batchInput.set(training.x.subarray(row * d, row * d + d), p * d);
      batchLabels[p] = training.labels[row]!;
    }
    return over(params, batchInput, batchLabels, m, grad);
  }

  const sampler = (
    size: number,
    rng: Parameters<NonNullable<Problem['createBatchGradient']>>[0],
  ) => {
    const batches = createBatchOrder(n, size, rng);
    return (params: Float64Array, grad: Float64Array) => {
      batches.next();
      overRows(params, grad, batches.order, batches.begin, batches.end);
    };
  };

  const heldOut: HeldOutScores = {
    sizes: { training: n, validation: validation.m, test: test.m },
    classes: split.classes,
    last,
    score(which, params, out) {
      const part = which === 'validation' ? validation : test;
      if (part.m === 0) {
        out[0] = NaN;
        out[1] = NaN;
        return;
      }
      held.forward(params, part.x, part.m);
      held.score(part.labels, part.m, false, heldPass);
      out[0] = heldPass.loss;
      out[1] = heldPass.correct / part.m;
    },
  };

  const problem: Problem = {
    dim: shape.dim,
    info,
    layout: netLayout(shape),
    bounds: MODEL_BOUNDS,
    heldOut,
    value: (params) => over(params, training.x, training.labels, n, null),
    valueAndGrad: (params, grad) => over(params, training.x, training.labels, n, grad),
    createHessianVectorProduct: () => softmaxHessianProduct(shape, training),
    batchGradientOf: (size, rng) => (size < n ? sampler(size, rng) : undefined),
  };
  const batchSize = options.batchSize;
  if (batchSize !== undefined && batchSize < n)
    problem.createBatchGradient = (rng) => sampler(batchSize, rng);
  return problem;
}
