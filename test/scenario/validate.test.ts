import { describe, expect, it } from 'vitest';
import { formatIssue, MAX_STEPS, validateScenario } from '../../src/scenario/validate';
import { rosenbrockFromFirstStart } from '../helpers';

/** The example of docs/scenario.md. */
const VALID = rosenbrockFromFirstStart(200, [
  { type: 'gd', lr: 0.001 },
  {
    type: 'adam',
    lr: 0.05,
    beta1: 0.9,
    beta2: 0.999,
    eps: 1e-8,
    schedule: { type: 'cosine', tMax: 200, etaMin: 0.001 },
  },
]);

/** A copy of VALID with one change made by `edit`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke arbitrary junk into any field
function variant(edit: (s: any) => void): unknown {
  const copy = structuredClone(VALID);
  edit(copy);
  return copy;
}

describe('validateScenario', () => {
  it('accepts the example of docs/scenario.md unchanged', () => {
    const result = validateScenario(VALID);
    expect(result).toEqual({ ok: true, scenario: VALID });
  });

  it('fills version, start, steps and seed with their defaults', () => {
    const result = validateScenario({
      problem: { type: 'function', name: 'himmelblau' },
      optimizers: [{ type: 'adam', lr: 0.1 }],
    });
    expect(result.ok && result.scenario).toMatchObject({
      version: 1,
      start: [0, 0],
      steps: 200,
      seed: 1,
    });
  });

  it('accepts the linear-regression problem with a data recipe and a batch size', () => {
    const result = validateScenario({
      problem: {
        type: 'linear-regression',
        data: { n: 50, noise: 1, seed: 3 },
        batchSize: 8,
        noise: 0.1,
      },
      optimizers: [{ type: 'gd', lr: 0.1 }],
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.scenario.start).toEqual([-1, -2]);
  });

  it('accepts a formula and gives it the formula’s default start', () => {
    const result = validateScenario({
      problem: { type: 'expression', expr: 'x^4 - x^2 + y^2', noise: 0.1 },
      optimizers: [{ type: 'adam', lr: 0.1 }],
    });
    expect(result.ok && result.scenario.problem).toEqual({
      type: 'expression',
      expr: 'x^4 - x^2 + y^2',
      noise: 0.1,
    });
    expect(result.ok && result.scenario.start).toEqual([-2.2, 1.6]);
  });

  // Each invalid scenario must be rejected with an issue on the named field, for the stated reason.
  const INVALID: [string, unknown, string, RegExp][] = [
    ['not an object', 'hello', 'scenario', /JSON object/],
    ['an array', [1, 2], 'scenario', /JSON object/],
    ['a typo in a top-level field', variant((s) => (s.stepz = 3)), 'stepz', /unknown field/],
    ['a future version', variant((s) => (s.version = 2)), 'version', /unsupported version 2/],
    ['no problem', variant((s) => delete s.problem), 'problem', /required/],
    ['an unknown function', variant((s) => (s.problem.name = 'banana')), 'problem.name', /built-in function.*"banana"/],
    ['an unknown problem type', variant((s) => (s.problem.type = 'mystery')), 'problem.type', /must be one of/],
    ['a formula that does not parse', variant((s) => (s.problem = { type: 'expression', expr: 'x^2 +* y' })), 'problem.expr', /at character 6 of "x\^2 \+\* y"/],
    ['a formula that is not text', variant((s) => (s.problem = { type: 'expression', expr: 42 })), 'problem.expr', /must be a formula/],
    ['a formula without expr', variant((s) => (s.problem = { type: 'expression' })), 'problem.expr', /must be a formula.*got nothing/],
    ['a formula with an unknown field', variant((s) => (s.problem = { type: 'expression', expr: 'x', view: 3 })), 'problem.view', /unknown field/],
    ['a start of the wrong length for the formula', variant((s) => (s.problem = { type: 'expression', expr: 'x^2+y^2' }, s.start = [1, 2, 3])), 'start', /2 numbers/],
    ['negative noise', variant((s) => (s.problem.noise = -1)), 'problem.noise', /at least 0/],
    ['a batch larger than the data', { problem: { type: 'linear-regression', data: { n: 20 }, batchSize: 21 }, optimizers: [{ type: 'gd', lr: 0.1 }] }, 'problem.batchSize', /at most 20/],
    ['a fractional data size', { problem: { type: 'linear-regression', data: { n: 2.5 } }, optimizers: [{ type: 'gd', lr: 0.1 }] }, 'problem.data.n', /whole number/],
    ['a start of the wrong length', variant((s) => (s.start = [1, 2, 3])), 'start', /2 numbers/],
    ['a start with text', variant((s) => (s.start = [1, 'two'])), 'start[1]', /must be a number/],
    ['a start far outside the view', variant((s) => (s.start = [1e300, 0])), 'start', /divergence bound/],
    ['too many steps', variant((s) => (s.steps = 1e9)), 'steps', new RegExp(`at most ${MAX_STEPS}`)],
    ['zero steps', variant((s) => (s.steps = 0)), 'steps', /at least 1/],
    ['fractional steps', variant((s) => (s.steps = 10.5)), 'steps', /whole number/],
    ['NaN steps', variant((s) => (s.steps = NaN)), 'steps', /finite/],
    ['a negative seed', variant((s) => (s.seed = -1)), 'seed', /at least 0/],
    ['no optimizers', variant((s) => delete s.optimizers), 'optimizers', /required/],
    ['an empty optimizer list', variant((s) => (s.optimizers = [])), 'optimizers', /1 to 8/],
    ['nine optimizers', variant((s) => (s.optimizers = Array(9).fill({ type: 'gd', lr: 0.1 }))), 'optimizers', /1 to 8/],
    ['an unknown optimizer', variant((s) => (s.optimizers[0].type = 'sgdx')), 'optimizers[0].type', /must be one of/],
    ['a missing lr', variant((s) => delete s.optimizers[0].lr), 'optimizers[0].lr', /required/],
    ['a negative lr', variant((s) => (s.optimizers[0].lr = -0.1)), 'optimizers[0].lr', /at least 0/],
    ['an infinite lr', variant((s) => (s.optimizers[0].lr = Infinity)), 'optimizers[0].lr', /finite/],
    ['an lr as text', variant((s) => (s.optimizers[0].lr = '0.1')), 'optimizers[0].lr', /must be a number, got "0.1"/],
    ['β1 = 1', variant((s) => (s.optimizers[1].beta1 = 1)), 'optimizers[1].beta1', /below 1/],
    ['β2 above 1', variant((s) => (s.optimizers[1].beta2 = 1.5)), 'optimizers[1].beta2', /below 1, got 1.5/],
    ['negative ε', variant((s) => (s.optimizers[1].eps = -1e-8)), 'optimizers[1].eps', /at least 0/],
    ['β1 on gradient descent', variant((s) => (s.optimizers[0].beta1 = 0.9)), 'optimizers[0].beta1', /not a hyperparameter of gd/],
    ['an unknown optimizer field', variant((s) => (s.optimizers[0].learningRate = 0.1)), 'optimizers[0].learningRate', /unknown field/],
    ['a non-boolean bias correction', variant((s) => (s.optimizers[1].biasCorrection = 'no')), 'optimizers[1].biasCorrection', /true or false/],
    ['Nesterov without momentum', variant((s) => (s.optimizers[0] = { type: 'nesterov', lr: 0.1, momentum: 0 })), 'optimizers[0].momentum', /Nesterov/],
    ['a colour that is not a hex colour', variant((s) => (s.optimizers[0].color = 'red;background:url(x)')), 'optimizers[0].color', /colour/],
    ['a very long label', variant((s) => (s.optimizers[0].label = 'x'.repeat(61))), 'optimizers[0].label', /60 characters/],
    ['an unknown schedule', variant((s) => (s.optimizers[1].schedule = { type: 'sawtooth' })), 'optimizers[1].schedule.type', /must be one of/],
    ['a schedule field of another type', variant((s) => (s.optimizers[1].schedule = { type: 'step', tMax: 5 })), 'optimizers[1].schedule.tMax', /unknown field/],
    ['a zero step size', variant((s) => (s.optimizers[1].schedule = { type: 'step', stepSize: 0 })), 'optimizers[1].schedule.stepSize', /at least 1/],
    ['a warm-up as long as tMax', variant((s) => (s.optimizers[1].schedule = { type: 'warmup-cosine', warmupSteps: 50, tMax: 50 })), 'optimizers[1].schedule.warmupSteps', /below tMax/],
    ['a one-cycle shorter than the run', variant((s) => (s.optimizers[1].schedule = { type: 'one-cycle', totalSteps: 100 })), 'optimizers[1].schedule.totalSteps', /at least the scenario's steps \(200\)/],
    ['a one-cycle with an empty phase', variant((s) => (s.optimizers[1].schedule = { type: 'one-cycle', pctStart: 0.001 })), 'optimizers[1].schedule.pctStart', /phase of no length/],
  ]; // prettier-ignore

  for (const [name, input, path, reason] of INVALID) {
    it(`rejects ${name}, naming ${path}`, () => {
      const result = validateScenario(input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const issue = result.errors.find((e) => e.path === path);
      expect(issue, `issues: ${result.errors.map(formatIssue).join(' | ')}`).toBeDefined();
      expect(issue!.message).toMatch(reason);
    });
  }

  it('reports every issue, not only the first', () => {
    const result = validateScenario(
      variant((s) => ((s.steps = -1), (s.seed = 0.5), (s.optimizers[0].lr = -1))),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual([
      'steps',
      'seed',
      'optimizers[0].lr',
    ]);
  });

  it('keeps long or hostile values short in messages', () => {
    const result = validateScenario(variant((s) => (s.problem.name = '<script>'.repeat(1000))));
    expect(!result.ok && formatIssue(result.errors[0]!).length).toBeLessThan(400);
  });
});
