/**
 * Pure edits of a model problem's spec as the model settings make them: the dataset recipe, the
 * MLP's hidden layers, the batch size. Each returns a new spec holding only the fields that
 * differ from the defaults, so links stay short, and keeps the spec valid (validate-data.ts):
 * widths of 1 to 32 units, 1 to 3 layers, a batch no larger than the dataset.
 */
import { CLASSIFICATION_DATA_DEFAULTS } from '../../core/problems/datasets';
import { MLP_DEFAULTS, mlpParamCount } from '../../core/problems/mlp';
import type {
  Activation,
  ClassificationDataSpec,
  ClassificationGenerator,
} from '../../scenario/types';
import {
  MAX_HIDDEN_LAYERS,
  MAX_HIDDEN_UNITS,
  MAX_MODEL_POINTS,
  MAX_TRAJECTORY_VALUES,
} from '../../scenario/validate-data';
import { t } from '../../i18n';
import '../../i18n/en-models'; // its words load with this chunk (docs/i18n.md)
import { kindOf, type ClassifierSpec } from '../../kinds/registry';
import type { MlpSpec } from '../../kinds/mlp/spec';
import { MODEL_BATCH_SIZES } from './batch-sizes';

/** A classifier's spec: logistic regression or the MLP. */
export type ModelSpec = ClassifierSpec;
export type MlpProblem = MlpSpec;

/** The generator a model falls back to when its spec names none (as the core does). */
export function fallbackGenerator(spec: ModelSpec): ClassificationGenerator {
  return kindOf(spec).defaultGenerator ?? 'blobs';
}

/** A generator's name as the dataset select shows it, in the language shown. */
export function generatorTitle(generator: ClassificationGenerator): string {
  return t(`models.generator.${generator}`);
}

/** The smallest generated dataset validation accepts. */
export const MIN_MODEL_POINTS = 4;
/** The noise field's upper bound (validation's). */
export const MAX_MODEL_NOISE = 10;

/** Fields of a dataset to set; an undefined field is removed. */
export type DataPatch = {
  [K in keyof ClassificationDataSpec]?: ClassificationDataSpec[K] | undefined;
};

/**
 * A dataset edit: the given fields set (undefined removes one), defaults dropped. A new generator
 * drops the noise, since each generator measures noise in its own unit.
 */
export function withData(spec: ModelSpec, patch: DataPatch): ModelSpec {
  const data = { ...spec.data, ...patch } as ClassificationDataSpec;
  const fallback = fallbackGenerator(spec);
  if (patch.generator !== undefined && patch.generator !== spec.data?.generator) {
    delete data.noise;
  }
  if (data.generator === fallback) delete data.generator;
  if (data.n !== undefined) data.n = clampInt(data.n, MIN_MODEL_POINTS, MAX_MODEL_POINTS);
  if (data.n === CLASSIFICATION_DATA_DEFAULTS.n) delete data.n;
  if (data.noise !== undefined) {
    data.noise = Math.max(0, Math.min(MAX_MODEL_NOISE, data.noise));
    const generator = data.generator ?? fallback;
    if (data.noise === CLASSIFICATION_DATA_DEFAULTS.noise[generator]) delete data.noise;
  }
  if (data.seed === CLASSIFICATION_DATA_DEFAULTS.seed) delete data.seed;
  if (data.points !== undefined && data.points.length === 0) delete data.points;
  for (const key of Object.keys(data) as (keyof ClassificationDataSpec)[]) {
    if (data[key] === undefined) delete data[key];
  }
  const { data: _old, ...rest } = spec;
  const next = (Object.keys(data).length === 0 ? rest : { ...rest, data }) as ModelSpec;
  return withBatchSize(next, next.batchSize);
}

/** The number of points a spec's dataset has: its own points, or the generator's n. */
export function datasetSize(spec: ModelSpec): number {
  return spec.data?.points?.length ?? spec.data?.n ?? CLASSIFICATION_DATA_DEFAULTS.n;
}

/** The batch size set (undefined or ≥ the dataset's size: the full batch). */
export function withBatchSize(spec: ModelSpec, batchSize: number | undefined): ModelSpec {
  const { batchSize: _old, ...rest } = spec;
  const n = datasetSize(spec);
  return batchSize !== undefined && batchSize >= 1 && batchSize < n
    ? ({ ...rest, batchSize: Math.round(batchSize) } as ModelSpec)
    : (rest as ModelSpec);
}

/** The batch select's entries for n points: full batch, then the sizes below n, plus the current. */
export function modelBatchOptions(
  n: number,
  current: number | undefined,
): { value: number | undefined; label: string }[] {
  const sizes = new Set(MODEL_BATCH_SIZES.filter((size) => size < n));
  if (current !== undefined && current < n) sizes.add(current);
  return [
    { value: undefined, label: t('models.fullBatch', { n }) },
    ...[...sizes]
      .sort((a, b) => a - b)
      .map((size) => ({ value: size, label: size === 1 ? t('models.sgd') : String(size) })),
  ];
}

/** The MLP's hidden widths in effect. */
export function hiddenOf(spec: MlpProblem): number[] {
  return [...(spec.hidden ?? MLP_DEFAULTS.hidden)];
}

/** The MLP with these hidden widths (clamped to 1–32 units, 1–3 layers; the default dropped). */
export function withHidden(spec: MlpProblem, hidden: readonly number[]): MlpProblem {
  const widths = hidden
    .slice(0, MAX_HIDDEN_LAYERS)
    .map((w) => clampInt(Number.isFinite(w) ? w : 1, 1, MAX_HIDDEN_UNITS));
  if (widths.length === 0) widths.push(MLP_DEFAULTS.hidden[0] ?? 16);
  const { hidden: _old, ...rest } = spec;
  return sameList(widths, MLP_DEFAULTS.hidden) ? rest : { ...rest, hidden: widths };
}

/** A layer added after the last one, as wide as it (up to 3 layers). */
export function addLayer(hidden: readonly number[]): number[] {
  if (hidden.length >= MAX_HIDDEN_LAYERS) return [...hidden];
  return [...hidden, hidden[hidden.length - 1] ?? 16];
}

/** The last layer removed (at least one stays). */
export function removeLayer(hidden: readonly number[]): number[] {
  return hidden.length > 1 ? hidden.slice(0, -1) : [...hidden];
}

/** The MLP with this activation and init seed (defaults dropped). */
export function withMlpFields(
  spec: MlpProblem,
  patch: { activation?: Activation; initSeed?: number },
): MlpProblem {
  const next: MlpProblem = { ...spec, ...patch };
  if (next.activation === MLP_DEFAULTS.activation) delete next.activation;
  if (next.initSeed === MLP_DEFAULTS.initSeed) delete next.initSeed;
  return next;
}

/**
 * The network as read aloud: its layer widths and parameter count.
 *
 * @example architectureText([16, 16]) // → "2-16-16-1 · 337 parameters"
 */
export function architectureText(hidden: readonly number[]): string {
  const count = mlpParamCount(hidden);
  return t('models.architecture', {
    count,
    shape: `2-${hidden.join('-')}-1`,
    formatted: count.toLocaleString('en-US'),
  });
}

/**
 * The most steps a model of `params` parameters may run: every step keeps all of them, and a
 * run keeps at most MAX_TRAJECTORY_VALUES values (validate.ts rejects more).
 */
export function maxStepsFor(params: number): number {
  return Math.floor(MAX_TRAJECTORY_VALUES / Math.max(1, params)) - 1;
}

function clampInt(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Math.round(v)));
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
