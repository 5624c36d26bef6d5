/**
 * The built-in 2D test functions (docs/functions.md): a link names them by name alone
 * (`p=rosenbrock`), and their info is known without building anything.
 */
import { FUNCTION_NAMES, getFunction } from '../../core/problems/functions';
import { functionProblem } from '../../core/problems/function-problem';
import { checkKeys, describe, join } from '../../scenario/checks';
import { NO_DATA } from '../shared';
import type { ProblemKind } from '../types';
import { FUNCTION, type FunctionSpec } from './spec';

export const functionKind: ProblemKind<FunctionSpec, 'none'> = {
  type: FUNCTION,
  ...NO_DATA,
  validate(issues, value, path, noise) {
    checkKeys(issues, value, ['type', 'name', 'noise'], path, 'a function problem');
    if (typeof value.name !== 'string' || !getFunction(value.name)) {
      const got = value.name === undefined ? 'nothing' : describe(value.name);
      issues.add(
        join(path, 'name'),
        `must name a built-in function (${FUNCTION_NAMES.join(', ')}); got ${got}`,
      );
      return undefined;
    }
    return { type: FUNCTION, name: value.name, ...noise };
  },
  build(spec) {
    const fn = getFunction(spec.name);
    if (!fn) throw new Error(`unknown function "${spec.name}"`);
    return functionProblem(fn);
  },
  knownInfo: (spec) => getFunction(spec.name) ?? null,
  // A step of a built-in function is the budget's unit of a surface (src/core/budget.ts).
  work: () => ({ surface: 1 }),
  link: {
    anyName: true,
    fieldOrder: ['noise'],
    write: (spec) => ({ name: spec.name, fields: { noise: spec.noise } }),
    read: (fields) => fields,
  },
};
