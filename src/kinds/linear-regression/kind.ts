/** The worked example: a line fitted to (x, y) points (src/core/problems/linear-regression.ts). */
import { LINEAR_DATA_DEFAULTS } from '../../core/problems/linear-defaults';
import { numericsOf } from '../numerics-slot';
import {
  checkKeys,
  checkNumber,
  checkObject,
  definedFields,
  join,
  type Issues,
} from '../../scenario/checks';
import type { LinearDataSpec } from '../../scenario/data-types';
import { MAX_DATA_POINTS, MAX_SEED } from '../../scenario/limits';
import { validatePoints } from '../../scenario/validate-data';
import { dataPoints, dataWork, fieldsCodec } from '../shared';
import type { ProblemKind } from '../types';
import { LINEAR_REGRESSION, type LinearRegressionSpec } from './spec';

export const linearRegressionKind: ProblemKind<LinearRegressionSpec, 'regression'> = {
  type: LINEAR_REGRESSION,
  data: 'regression',
  batches: true,
  defaultPoints: LINEAR_DATA_DEFAULTS.n,
  validate(issues, value, path, noise) {
    checkKeys(
      issues,
      value,
      ['type', 'data', 'batchSize', 'noise'],
      path,
      'a linear-regression problem',
    );
    const data = validateLinearData(issues, value.data, join(path, 'data'));
    const batchSize = checkNumber(issues, value.batchSize, join(path, 'batchSize'), {
      min: 1,
      max: dataPoints(data ? { data } : {}, LINEAR_DATA_DEFAULTS.n),
      integer: true,
    });
    return {
      type: LINEAR_REGRESSION,
      ...definedFields({ data, batchSize }),
      ...noise,
    };
  },
  // The numerics load on demand (src/kinds/model-numerics.ts).
  build: (spec) => numericsOf(LINEAR_REGRESSION).build(spec),
  work: (spec) => dataWork(spec, LINEAR_DATA_DEFAULTS.n, 2, false),
  link: fieldsCodec(['batchSize', 'data', 'noise']),
};

function validateLinearData(
  issues: Issues,
  value: unknown,
  path: string,
): LinearDataSpec | undefined {
  const given = checkObject(
    issues,
    value,
    path,
    ['n', 'noise', 'seed', 'slope', 'intercept', 'points'],
    'a dataset recipe',
  );
  if (given === undefined) return undefined;
  const n = checkNumber(issues, given.n, join(path, 'n'), {
    min: 2,
    max: MAX_DATA_POINTS,
    integer: true,
  });
  const noise = checkNumber(issues, given.noise, join(path, 'noise'), { min: 0, max: 100 });
  const seed = checkNumber(issues, given.seed, join(path, 'seed'), {
    min: 0,
    max: MAX_SEED,
    integer: true,
  });
  const slope = checkNumber(issues, given.slope, join(path, 'slope'), { min: -100, max: 100 });
  const intercept = checkNumber(issues, given.intercept, join(path, 'intercept'), {
    min: -100,
    max: 100,
  });
  const data: LinearDataSpec = definedFields({ n, noise, seed, slope, intercept });
  if (given.points !== undefined) {
    const points = validatePoints(issues, given.points, join(path, 'points'), 2);
    if (points) data.points = points as [number, number][];
  }
  return data;
}
