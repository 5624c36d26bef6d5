/** fast-check generators of valid scenarios, drawn from the same tables validation reads. */
import fc from 'fast-check';
import { FUNCTION_NAMES, getFunction } from '../../src/core/problems';
import { hyperparamSpec, hyperparamsOf } from '../../src/core/optimizers';
import { optimizerModule } from '../../src/core/optimizers/registry';
import {
  OPTIMIZER_TYPES,
  type OptimizerSpec,
  type ProblemSpec,
  type Scenario,
  type ScheduleSpec,
} from '../../src/scenario/types';

/** A value in [min, max] (inside an exclusive end), with the ends themselves likely. */
function inRange(
  low: number,
  max: number,
  maxExclusive = false,
  minExclusive = false,
): fc.Arbitrary<number> {
  const top = maxExclusive ? max - Math.max(1e-12, Math.abs(max) * 1e-12) : max;
  const min = minExclusive ? low + Math.max(1e-12, Math.abs(low) * 1e-12) : low;
  return fc.oneof(
    fc.constant(min),
    fc.constant(top),
    fc.double({ min, max: top, noNaN: true }),
    // log-spread values, where most hyperparameters live
    fc
      .double({ min: -12, max: Math.log10(Math.max(top, 1e-12)), noNaN: true })
      .map((e) => Math.min(top, Math.max(min, 10 ** e))),
  );
}

function scheduleFor(steps: number): fc.Arbitrary<ScheduleSpec> {
  return fc.oneof(
    fc.constant<ScheduleSpec>({ type: 'constant' }),
    fc.record({
      type: fc.constant('step' as const),
      stepSize: fc.integer({ min: 1, max: 100 }),
      gamma: fc.double({ min: 0.01, max: 10, noNaN: true }),
    }),
    fc.record({
      type: fc.constant('exponential' as const),
      gamma: fc.double({ min: 0.5, max: 1.1, noNaN: true }),
    }),
    fc.record({
      type: fc.constant('cosine' as const),
      tMax: fc.integer({ min: 1, max: 1000 }),
      etaMin: inRange(0, 1),
    }),
    fc.integer({ min: 2, max: 500 }).chain((tMax) =>
      fc.record({
        type: fc.constant('warmup-cosine' as const),
        warmupSteps: fc.integer({ min: 1, max: tMax - 1 }),
        startFactor: fc.double({ min: 0.01, max: 1, noNaN: true }),
        tMax: fc.constant(tMax),
        etaMin: inRange(0, 0.1),
      }),
    ),
    fc.record({
      type: fc.constant('one-cycle' as const),
      totalSteps: fc.integer({ min: Math.max(steps, 10), max: Math.max(steps, 10) + 100 }),
      pctStart: fc.double({ min: 0.2, max: 0.45, noNaN: true }),
      cycleMomentum: fc.boolean(),
      threePhase: fc.boolean(),
      annealStrategy: fc.constantFrom('cos' as const, 'linear' as const),
    }),
  );
}

/** The types a 2-parameter problem takes: all but those for models only (Muon). */
const TYPES_2D = OPTIMIZER_TYPES.filter((type) => !optimizerModule(type).modelsOnly);

function optimizerFor(steps: number): fc.Arbitrary<OptimizerSpec> {
  return fc.constantFrom(...TYPES_2D).chain((type) => {
    const fields: Record<string, fc.Arbitrary<unknown>> = {};
    for (const name of hyperparamsOf(type)) {
      const rule = hyperparamSpec(type, name);
      fields[name] =
        rule.kind === 'boolean'
          ? fc.boolean()
          : rule.kind === 'choice'
            ? fc.constantFrom(...rule.options)
            : rule.integer
              ? fc.integer({ min: rule.min, max: rule.max })
              : inRange(rule.min, rule.max, rule.maxExclusive, rule.minExclusive);
    }
    if (type === 'nesterov') fields.momentum = fc.double({ min: 0.01, max: 1, noNaN: true });
    return fc
      .record({ ...fields, schedule: scheduleFor(steps) }, { requiredKeys: ['lr'] as never[] })
      .map((hp) => ({ type, ...hp }) as OptimizerSpec);
  });
}

const functionProblem: fc.Arbitrary<ProblemSpec> = fc.record(
  {
    type: fc.constant('function' as const),
    name: fc.constantFrom(...FUNCTION_NAMES),
    noise: inRange(0, 10),
  },
  { requiredKeys: ['type', 'name'] },
);

const regressionProblem: fc.Arbitrary<ProblemSpec> = fc.integer({ min: 2, max: 300 }).chain((n) =>
  fc.record(
    {
      type: fc.constant('linear-regression' as const),
      data: fc.record({
        n: fc.constant(n),
        noise: inRange(0, 100),
        seed: fc.nat(),
        slope: fc.double({ min: -100, max: 100, noNaN: true }),
      }),
      batchSize: fc.integer({ min: 1, max: n }),
      noise: inRange(0, 10),
    },
    { requiredKeys: ['type', 'data'] },
  ),
);

/**
 * Formulas with the characters a link must escape: ( ) , + ^ * / and spaces, functions of two
 * arguments (whose comma is the link syntax's separator) and implicit multiplication.
 */
const expressionProblem: fc.Arbitrary<ProblemSpec> = fc.record(
  {
    type: fc.constant('expression' as const),
    expr: fc.constantFrom(
      'x^2 + 10*y^2',
      'x^4 - x^2 + y^2',
      'max(abs(x), abs(y))',
      'min(x^2, 1) + 2y^2',
      '(1-x)^2 + 100*(y - x^2)^2',
      'sin(3x)*cos(2y) + 0.1(x^2+y^2)',
      'log(1 + exp(-x*y))',
      'sqrt(x) + y^2',
      '1e-3*x^2 + y^2/2',
    ),
    noise: inRange(0, 10),
  },
  { requiredKeys: ['type', 'expr'] },
);

/** A start inside the problem's view, scaled out up to 100× so that runs from far away occur too. */
function startFor(problem: ProblemSpec): fc.Arbitrary<number[]> {
  const view =
    problem.type === 'function'
      ? getFunction(problem.name)!.view
      : problem.type === 'expression'
        ? { x: [-3, 3], y: [-3, 3] }
        : { x: [-2, 6], y: [-3, 5] };
  return fc
    .tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom(1, 1, 1, 10, 100),
    )
    .map(([u, v, scale]) => [
      scale * (view.x[0]! + u * (view.x[1]! - view.x[0]!)),
      scale * (view.y[0]! + v * (view.y[1]! - view.y[0]!)),
    ]);
}

/** Any valid scenario of up to `maxSteps` steps. */
export function validScenario(maxSteps = 300): fc.Arbitrary<Scenario> {
  return fc
    .record({
      problem: fc.oneof(functionProblem, regressionProblem, expressionProblem),
      steps: fc.integer({ min: 1, max: maxSteps }),
      seed: fc.nat(),
    })
    .chain(({ problem, steps, seed }) =>
      fc.record({
        version: fc.constant(1 as const),
        problem: fc.constant(problem),
        start: startFor(problem),
        steps: fc.constant(steps),
        seed: fc.constant(seed),
        optimizers: fc.array(optimizerFor(steps), { minLength: 1, maxLength: 8 }),
      }),
    );
}
