/**
 * Validation of the model problems' fields (issue 6): classification dataset recipes, the user's
 * own points (from a CSV, carried in a link when small), and the MLP's architecture. The kinds
 * (each kind.ts under src/kinds) call these; same conventions (an issue names the field and says why).
 * A leaf of validation: it imports nothing that imports the kinds' registry.
 */
import { CLASSIFICATION_DATA_DEFAULTS } from '../core/problems/dataset-defaults';
import { MAX_SEED } from './limits';
import {
  Issues,
  checkChoice,
  checkKeys,
  checkNumber,
  checkObject,
  definedFields,
  describe,
  join,
} from './checks';
import { CLASSIFICATION_GENERATORS, type ClassificationDataSpec } from './data-types';

/** The most points a dataset holds, generated or the user's own. */
export const MAX_MODEL_POINTS = 2_000;
/** The largest |coordinate| of a user's point. */
export const MAX_POINT_VALUE = 1e6;
/** MLP limits (issue 6): up to 3 hidden layers of up to 32 units. */
export const MAX_HIDDEN_LAYERS = 3;
export const MAX_HIDDEN_UNITS = 32;
/**
 * Trajectory values (steps × parameters) one run may keep: 2,000,000 float64s, 16 MB, so eight
 * runs stay near 128 MB. A 2-16-16-1 MLP (337 parameters) may take 5,934 steps.
 */
export const MAX_TRAJECTORY_VALUES = 2_000_000;

const SEED = { min: 0, max: MAX_SEED, integer: true } as const;

/** A classification dataset: a generator recipe or the user's own points. */
export function validateClassificationData(
  issues: Issues,
  value: unknown,
  path: string,
): ClassificationDataSpec | undefined {
  const allowed = ['generator', 'n', 'noise', 'seed', 'points'];
  const given = checkObject(issues, value, path, allowed, 'a dataset');
  if (given === undefined) return undefined;
  const generator = checkChoice(
    issues,
    given.generator,
    join(path, 'generator'),
    CLASSIFICATION_GENERATORS,
  );
  const n = checkNumber(issues, given.n, join(path, 'n'), {
    min: 4,
    max: MAX_MODEL_POINTS,
    integer: true,
  });
  const noise = checkNumber(issues, given.noise, join(path, 'noise'), { min: 0, max: 10 });
  const seed = checkNumber(issues, given.seed, join(path, 'seed'), SEED);
  const data: ClassificationDataSpec = definedFields({ generator, n, noise, seed });
  if (given.points !== undefined) {
    const points = validatePoints(issues, given.points, join(path, 'points'), 3);
    if (points) {
      const labels = new Set(points.map((p) => p[2]));
      if (!labels.has(0) || !labels.has(1))
        issues.add(join(path, 'points'), 'needs points of both classes, label 0 and label 1');
      data.points = points as [number, number, number][];
    }
  }
  return data;
}

/**
 * A list of points of `width` numbers each: [x, y] for regression, [x1, x2, label] with label 0
 * or 1 for classification. Reports the first bad point only, so a long list gives one message.
 */
export function validatePoints(
  issues: Issues,
  value: unknown,
  path: string,
  width: 2 | 3,
): number[][] | undefined {
  const shape = width === 2 ? '[x, y]' : '[x1, x2, label]';
  if (!Array.isArray(value) || value.length < 2) {
    issues.add(path, `must be a list of at least 2 points ${shape}, got ${describe(value)}`);
    return undefined;
  }
  if (value.length > MAX_MODEL_POINTS) {
    issues.add(path, `holds ${value.length} points; at most ${MAX_MODEL_POINTS} are allowed`);
    return undefined;
  }
  for (let i = 0; i < value.length; i++) {
    const point: unknown = value[i];
    const where = join(path, i);
    if (!Array.isArray(point) || point.length !== width) {
      issues.add(where, `must be a point ${shape}, got ${describe(point)}`);
      return undefined;
    }
    for (const coordinate of point) {
      if (
        typeof coordinate !== 'number' ||
        !Number.isFinite(coordinate) ||
        Math.abs(coordinate) > MAX_POINT_VALUE
      ) {
        issues.add(
          where,
          `coordinates must be finite numbers within ±${MAX_POINT_VALUE}, got ${describe(point)}`,
        );
        return undefined;
      }
    }
    if (width === 3 && point[2] !== 0 && point[2] !== 1) {
      issues.add(where, `the label must be 0 or 1, got ${describe(point[2])}`);
      return undefined;
    }
  }
  return value as number[][];
}

/** The fields every classifier has: its dataset, batch size and noise. */
export interface ClassifierFields {
  data?: ClassificationDataSpec;
  batchSize?: number;
  noise?: number;
}

/**
 * A classifier's keys checked and its common fields read (the kind adds its own after them).
 * `noun` names it ("an mlp problem"); `own` are the fields it takes besides the common ones.
 */
export function validateClassifierFields(
  issues: Issues,
  value: Record<string, unknown>,
  path: string,
  noun: string,
  own: readonly string[] = [],
): ClassifierFields {
  checkKeys(issues, value, ['type', 'data', ...own, 'batchSize', 'noise'], path, noun);
  const data = validateClassificationData(issues, value.data, join(path, 'data'));
  const n = data?.points?.length ?? data?.n ?? CLASSIFICATION_DATA_DEFAULTS.n;
  const batchSize = checkNumber(issues, value.batchSize, join(path, 'batchSize'), {
    min: 1,
    max: n,
    integer: true,
  });
  const noise = checkNumber(issues, value.noise, join(path, 'noise'), { min: 0, max: 1e3 });
  return definedFields({ data, batchSize, noise });
}

/** The MLP's hidden layer widths: 1 to MAX_HIDDEN_LAYERS layers of 1 to MAX_HIDDEN_UNITS. */
export function validateHidden(issues: Issues, value: unknown, path: string): number[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_HIDDEN_LAYERS) {
    issues.add(
      path,
      `must list 1 to ${MAX_HIDDEN_LAYERS} hidden layer widths such as [16, 16], got ${describe(value)}`,
    );
    return undefined;
  }
  const widths: number[] = [];
  value.forEach((width, i) => {
    const checked = checkNumber(issues, width, join(path, i), {
      min: 1,
      max: MAX_HIDDEN_UNITS,
      integer: true,
    });
    if (checked !== undefined) widths.push(checked);
  });
  return widths.length === value.length ? widths : undefined;
}
