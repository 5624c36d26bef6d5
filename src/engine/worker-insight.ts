/**
 * The engine worker's calls for the Inside tab (issue 22, "What the model learned";
 * docs/models.md): per-layer gradient norms and update-to-weight ratios along one run, and a
 * table classifier's confusion matrix, mistakes and first-layer weights at one step. Plain
 * functions over the core (src/core/model-insight), spread into the worker's API; the main
 * thread asks only while the tab shows, and caches the answers (src/ui/insight/insight-hooks.ts).
 */
import { transfer } from 'comlink';
import { budgetScenario, stepUnits, WORK_CAP_UNITS } from '../core/budget';
import { DATA_SETS } from '../core/data/sets';
import { confusionMatrix, mistakesOf, type Mistake } from '../core/model-insight/confusion';
import { firstLayerWeights, type FirstLayerWeights } from '../core/model-insight/first-layer';
import {
  gradientSteps,
  layerBlocks,
  layerGradientNorms,
  updateRatios,
} from '../core/model-insight/layers';
import {
  createTablePredictor,
  type InsightPart,
  type TablePredictor,
} from '../core/model-insight/table-predictions';
import { buildProblem, type Problem } from '../core/problems';
import { isTable, kindOf, type TableSpec } from '../kinds/registry';
import { softmaxMlpOptions } from '../kinds/softmax-mlp/kind';
import { softmaxRegressionOptions } from '../kinds/softmax-regression/kind';
import type { ProblemSpec, Scenario } from '../scenario/types';
import { workerValidated } from './worker-validate';

/**
 * The full gradients of one call cost at most an eighth of a request’s work cap (about 2.5 s on
 * the slow laptop the cap is made for, under a second here): a long model run has its gradient
 * norms every few steps, the ratios (from the trajectory alone) at every step.
 */
export const GRADIENT_BUDGET_UNITS = WORK_CAP_UNITS / 8;

/** Misclassified rows sent back at most: a strip, not a table. */
export const MISTAKES_SHOWN = 24;

/** Per-layer norms along one run. */
export interface LayerSeriesData {
  /** Each layer's name, "64→32" (fan-in → fan-out; "θ" for linear regression). */
  layers: string[];
  /** Points of the run (steps + 1, or fewer when it diverged). */
  points: number;
  /** ratio[l][k] = ‖Δθ_l‖/‖θ_l‖ of step k + 1 (NaN where ‖θ_l‖ = 0). */
  ratio: Float64Array[];
  /** The steps with a gradient norm, ascending (every step when the budget allows). */
  gradStep: Int32Array;
  /** gradNorm[l][j] = ‖∇_l f(θ at gradStep[j])‖ over the training data. */
  gradNorm: Float64Array[];
}

/** A table classifier at one step: what it gets right and wrong on a held-out part. */
export interface CursorInsight {
  part: InsightPart;
  classes: number;
  classNames: string[];
  /** counts[true · classes + predicted]. */
  counts: Int32Array;
  total: number;
  correct: number;
  /** The first rows it gets wrong, with their raw features when the set is an image. */
  mistakes: (Mistake & { pixels: Float64Array | null })[];
  /** The picture's height and width when the features are one (the digits); else null. */
  image: [number, number] | null;
  /** The first layer's weights when its inputs are the picture's pixels; else null. */
  weights: FirstLayerWeights | null;
}

/** The last problem and predictor built: a run's calls share them. */
let prepared: { key: string; problem: Problem } | null = null;
let predictor: { key: string; value: TablePredictor } | null = null;

function problemOf(spec: ProblemSpec): Problem {
  const key = JSON.stringify(spec);
  if (prepared?.key !== key) prepared = { key, problem: buildProblem(spec) };
  return prepared.problem;
}

function predictorOf(spec: TableSpec): TablePredictor {
  const key = JSON.stringify(spec);
  if (predictor?.key !== key) {
    const options =
      spec.type === 'softmax-mlp' ? softmaxMlpOptions(spec) : softmaxRegressionOptions(spec);
    predictor = { key, value: createTablePredictor(options) };
  }
  return predictor.value;
}

/**
 * Run `runIndex`'s per-layer norms from its trajectory (`points` points; the main thread has
 * it, so the run is not repeated): ratios at every step, full gradients at the steps the budget
 * allows. The scenario is validated and budgeted as a run's is (the worker trusts no caller).
 */
export function layerSeries(
  scenario: Scenario,
  runIndex: number,
  trajectory: Float64Array,
  points: number,
): LayerSeriesData {
  const valid = budgetScenario(workerValidated(scenario)).scenario;
  if (!valid.optimizers[runIndex]) throw new Error(`insight: no run ${runIndex}`);
  const problem = problemOf(valid.problem);
  const dim = problem.dim;
  const count = Math.min(points, Math.floor(trajectory.length / dim), valid.steps + 1);
  const blocks = layerBlocks(problem.layout, dim);
  const gradStep = gradientSteps(count, stepUnits(valid.problem), GRADIENT_BUDGET_UNITS);
  const at = (params: Float64Array, grad: Float64Array) => problem.valueAndGrad(params, grad);
  return {
    layers: blocks.map((block) => block.name),
    points: count,
    ratio: updateRatios(trajectory, dim, count, blocks),
    gradStep,
    gradNorm: layerGradientNorms(at, trajectory, dim, gradStep, blocks),
  };
}

/** A table classifier's confusion on `part` at `params`; null for other problems. */
export function cursorInsight(
  scenario: Scenario,
  params: Float64Array,
  part: InsightPart,
): CursorInsight | null {
  const valid = workerValidated(scenario).problem;
  if (!isTable(valid)) return null;
  const model = predictorOf(valid);
  const { labels, predicted, rows, classes } = model.predict(part, params);
  const confusion = confusionMatrix(labels, predicted, classes);
  const source = valid.data?.points?.length ? null : (valid.data?.set ?? kindOf(valid).defaultSet);
  const set = source ? DATA_SETS[source] : null;
  const image = set?.image && set.image[0] * set.image[1] === model.d ? set.image : null;
  const names = set?.classNames ?? Array.from({ length: classes }, (_, k) => String(k));
  return {
    part,
    classes,
    classNames: [...names],
    counts: confusion.counts,
    total: confusion.total,
    correct: confusion.correct,
    mistakes: mistakesOf(labels, predicted, MISTAKES_SHOWN).map((mistake) => ({
      ...mistake,
      pixels: image ? model.rawFeatures(rows[mistake.index]!) : null,
    })),
    image: image ? [image[0], image[1]] : null,
    weights: image ? firstLayerWeights(params, problemOf(valid).layout) : null,
  };
}

export const insightWorkerApi = {
  /** See layerSeries; the arrays are transferred. */
  layerSeries(scenario: Scenario, runIndex: number, trajectory: Float64Array, points: number) {
    const data = layerSeries(scenario, runIndex, trajectory, points);
    const buffers = [data.gradStep, ...data.ratio, ...data.gradNorm].map(
      (a) => a.buffer as ArrayBuffer,
    );
    return transfer(data, buffers);
  },
  /** See cursorInsight. */
  cursorInsight(scenario: Scenario, params: Float64Array, part: InsightPart) {
    return cursorInsight(scenario, params, part);
  },
};
