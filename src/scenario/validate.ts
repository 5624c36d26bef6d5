/**
 * Validation of a scenario that comes from outside (a file, stdin, a link, an import): every
 * field is checked, and each issue names the field and why. Never throws. A valid scenario comes
 * back normalised: defaults filled in for `version`, `start`, `steps` and `seed`, unknown input
 * rejected rather than carried along.
 */
import { describeProblem } from '../core/problems';
import { PROBLEM_KINDS, PROBLEM_TYPES, kindOf, kindOfType } from '../kinds/registry';
import {
  HYPERPARAMS,
  OPTIMIZER_DEFAULTS,
  hyperparamSpec,
  hyperparamsOf,
} from '../core/optimizers/hyperparams';
import { OPTIMIZERS } from '../core/optimizers/registry';
import { THETA_BOUND_FACTOR, viewRadius } from '../core/run';
import {
  Issues,
  checkBoolean,
  checkChoice,
  checkKeys,
  checkNumber,
  describe,
  isPlainObject,
  join,
  type PlainObject,
  type ValidationIssue,
} from './checks';
import { validateSchedule } from './validate-schedule';
import {
  DEFAULT_STEPS,
  MAX_DATA_POINTS,
  MAX_NOISE,
  MAX_OPTIMIZERS,
  MAX_SEED,
  MAX_STEPS,
} from './limits';
import { runBatchLimit } from './run-batch';
import { toWellFormed } from './text';
import { MAX_TRAJECTORY_VALUES } from './validate-data';
import { OPTIMIZER_TYPES, type OptimizerSpec, type ProblemSpec, type Scenario } from './types';

export { formatIssue, type ValidationIssue } from './checks';
export { expressionPlace } from '../kinds/expression/kind';

// The limits are stated in limits.ts; importers of validation read them from here too.
export * from './limits';
const MAX_LABEL_LENGTH = 60;

export type ValidationResult =
  { ok: true; scenario: Scenario } | { ok: false; errors: ValidationIssue[] };

const SCENARIO_KEYS = ['version', 'problem', 'start', 'steps', 'seed', 'optimizers'] as const;
const PRESENTATION_KEYS = ['label', 'color', 'hidden'] as const;
/** The kinds on data, as a refused run batch size names them. */
const DATA_KINDS = PROBLEM_KINDS.filter((kind) => kind.batches)
  .map((kind) => kind.type)
  .join(', ');
const COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** Checks an untrusted value and returns the normalised scenario, or every issue found. */
export function validateScenario(input: unknown): ValidationResult {
  const issues = new Issues();
  if (!isPlainObject(input)) {
    issues.add('scenario', `must be a JSON object, got ${describe(input)}`);
    return { ok: false, errors: issues.list };
  }
  checkKeys(issues, input, SCENARIO_KEYS, '', 'a scenario');

  if (input.version !== undefined && input.version !== 1) {
    issues.add(
      'version',
      `unsupported version ${describe(input.version)} (this build reads version 1)`,
    );
  }
  const steps =
    checkNumber(issues, input.steps, 'steps', { min: 1, max: MAX_STEPS, integer: true }) ??
    DEFAULT_STEPS;
  const seed =
    checkNumber(issues, input.seed, 'seed', { min: 0, max: MAX_SEED, integer: true }) ?? 1;
  const problem = validateProblem(issues, input.problem);
  const start = problem ? validateStart(issues, input.start, problem) : undefined;
  if (problem) checkTrajectorySize(issues, problem, steps);
  const optimizers = validateOptimizers(issues, input.optimizers, steps, problem);

  if (!issues.empty || !problem || !start || !optimizers) return { ok: false, errors: issues.list };
  return { ok: true, scenario: { version: 1, problem, start, steps, seed, optimizers } };
}

/** A model's runs keep every step's parameters: steps × parameters is bounded (validate-data.ts). */
function checkTrajectorySize(issues: Issues, problem: ProblemSpec, steps: number): void {
  if (!issues.empty) return; // the problem may not build
  const { dim } = describeProblem(problem);
  const maxSteps = Math.floor(MAX_TRAJECTORY_VALUES / dim) - 1;
  if (dim > 2 && steps > maxSteps) {
    issues.add(
      'steps',
      `must be at most ${maxSteps} for a model of ${dim} parameters (each step keeps them all), got ${steps}`,
    );
  }
}

function validateProblem(issues: Issues, value: unknown): ProblemSpec | undefined {
  const path = 'problem';
  if (value === undefined) {
    issues.add(path, 'required: a problem such as {"type": "function", "name": "rosenbrock"}');
    return undefined;
  }
  if (!isPlainObject(value)) {
    issues.add(path, `must be an object, got ${describe(value)}`);
    return undefined;
  }
  const type = checkChoice(issues, value.type, join(path, 'type'), PROBLEM_TYPES);
  if (value.type === undefined) issues.add(join(path, 'type'), 'required');
  const noise = checkNumber(issues, value.noise, join(path, 'noise'), { min: 0, max: MAX_NOISE });
  // The kind checks its own fields (src/kinds/<kind>/kind.ts).
  return type === undefined
    ? undefined
    : kindOfType(type).validate(issues, value, path, noise !== undefined ? { noise } : {});
}

/** The start point: absent means the problem's default; it must lie inside the divergence bound. */
function validateStart(issues: Issues, value: unknown, problem: ProblemSpec): number[] | undefined {
  const { info, dim, bounds } = describeProblem(problem);
  if (value === undefined) return [...info.start];
  if (!Array.isArray(value) || value.length !== dim) {
    const shape =
      dim === 2 ? `a point [${info.axes.join(', ')}] of 2 numbers` : `a list of ${dim} numbers`;
    issues.add('start', `must be ${shape}, got ${describe(value)}`);
    return undefined;
  }
  const point: number[] = [];
  value.forEach((coordinate, i) => {
    const checked = checkNumber(issues, coordinate, join('start', i), {
      min: -Number.MAX_VALUE,
      max: Number.MAX_VALUE,
    });
    if (checked !== undefined) point.push(checked);
  });
  if (point.length !== dim) return undefined;
  const bound = bounds?.theta ?? THETA_BOUND_FACTOR * viewRadius(info.view);
  if (Math.hypot(...point) > bound) {
    issues.add(
      'start',
      `lies outside the divergence bound ‖θ‖ ≤ ${bound} of this problem, got ${describe(dim === 2 ? value : `${dim} numbers`)}`,
    );
    return undefined;
  }
  return point;
}

function validateOptimizers(
  issues: Issues,
  value: unknown,
  steps: number,
  problem: ProblemSpec | undefined,
): OptimizerSpec[] | undefined {
  const path = 'optimizers';
  if (value === undefined) {
    issues.add(
      path,
      'required: a list of 1 to 8 optimizers such as [{"type": "adam", "lr": 0.05}]',
    );
    return undefined;
  }
  if (!Array.isArray(value)) {
    issues.add(path, `must be a list of optimizers, got ${describe(value)}`);
    return undefined;
  }
  if (value.length < 1 || value.length > MAX_OPTIMIZERS) {
    issues.add(path, `must hold 1 to ${MAX_OPTIMIZERS} optimizers, got ${value.length}`);
    return undefined;
  }
  const specs = value.map((item, i) =>
    validateOptimizer(issues, item, join(path, i), steps, problem),
  );
  return specs.every((spec): spec is OptimizerSpec => spec !== undefined) ? specs : undefined;
}

function validateOptimizer(
  issues: Issues,
  value: unknown,
  path: string,
  steps: number,
  problem: ProblemSpec | undefined,
): OptimizerSpec | undefined {
  if (!isPlainObject(value)) {
    issues.add(
      path,
      `must be an object such as {"type": "adam", "lr": 0.05}, got ${describe(value)}`,
    );
    return undefined;
  }
  const type = checkChoice(issues, value.type, join(path, 'type'), OPTIMIZER_TYPES);
  if (value.type === undefined)
    issues.add(join(path, 'type'), `required: one of ${OPTIMIZER_TYPES.join(', ')}`);
  if (!type) return undefined;

  const names = hyperparamsOf(type);
  const allowed = [...names, 'type', 'schedule', 'batchSize', ...PRESENTATION_KEYS];
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      // Own keys only: "toString" or "constructor" is an unknown field, not a hyperparameter.
      const hint = Object.hasOwn(HYPERPARAMS, key)
        ? `not a hyperparameter of ${type}`
        : 'unknown field';
      issues.add(join(path, key), `${hint} (${type} takes ${names.join(', ')})`);
    }
  }
  if (value.lr === undefined) {
    issues.add(
      join(path, 'lr'),
      `required (PyTorch's default for ${type} is ${OPTIMIZER_DEFAULTS[type].lr})`,
    );
  }
  const spec: Record<string, unknown> = { type };
  for (const name of names) {
    const rule = hyperparamSpec(type, name);
    const field = join(path, name);
    const checked =
      rule.kind === 'number'
        ? checkNumber(issues, value[name], field, {
            min: rule.min,
            max: rule.max,
            minExclusive: rule.minExclusive ?? false,
            maxExclusive: rule.maxExclusive ?? false,
            ...(rule.integer ? { integer: true } : {}),
            ...(rule.requires !== undefined ? { requires: rule.requires } : {}),
          })
        : checkBoolean(issues, value[name], field);
    if (checked !== undefined) spec[name] = checked;
  }
  const refused = OPTIMIZERS[type].check?.(
    spec as unknown as OptimizerSpec,
    problem ? { params: paramsOf(problem) } : undefined,
  );
  if (refused) issues.add(join(path, refused.field), refused.message);
  validateRunBatch(issues, value.batchSize, join(path, 'batchSize'), problem, spec);
  validatePresentation(issues, value, path, spec);
  if (value.schedule !== undefined) {
    const schedule = validateSchedule(issues, value.schedule, join(path, 'schedule'), steps);
    if (schedule) spec.schedule = schedule;
  }
  return spec as unknown as OptimizerSpec;
}

/** The number of parameters of a valid problem: 2 for a surface, a model's own count. */
function paramsOf(problem: ProblemSpec): number {
  const work = kindOf(problem).work(problem);
  return 'surface' in work ? 2 : work.params;
}

/**
 * A run's own batch size: a whole number 1 … n on a problem on data; a function has no data, so
 * it is refused there rather than ignored (docs/scenario.md). An invalid problem leaves only the
 * number's own checks.
 */
function validateRunBatch(
  issues: Issues,
  value: unknown,
  path: string,
  problem: ProblemSpec | undefined,
  spec: Record<string, unknown>,
): void {
  if (value === undefined) return;
  const limit = problem ? runBatchLimit(problem) : MAX_DATA_POINTS;
  if (limit === null) {
    issues.add(
      path,
      `only a problem on data (${DATA_KINDS}) takes a run's batch size; this problem has no data points`,
    );
    return;
  }
  const batchSize = checkNumber(issues, value, path, { min: 1, max: limit, integer: true });
  if (batchSize !== undefined) spec.batchSize = batchSize;
}

function validatePresentation(
  issues: Issues,
  value: PlainObject,
  path: string,
  spec: Record<string, unknown>,
): void {
  if (value.label !== undefined) {
    if (typeof value.label !== 'string' || value.label.length > MAX_LABEL_LENGTH) {
      issues.add(
        join(path, 'label'),
        `must be text of at most ${MAX_LABEL_LENGTH} characters, got ${describe(value.label)}`,
      );
    } else spec.label = toWellFormed(value.label); // a lone surrogate would break the link
  }
  if (value.color !== undefined) {
    if (typeof value.color !== 'string' || !COLOR.test(value.color)) {
      issues.add(
        join(path, 'color'),
        `must be a colour like "#0072b2", got ${describe(value.color)}`,
      );
    } else spec.color = value.color;
  }
  const hidden = checkBoolean(issues, value.hidden, join(path, 'hidden'));
  if (hidden !== undefined) spec.hidden = hidden;
}
