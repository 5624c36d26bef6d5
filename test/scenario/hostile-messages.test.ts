/** Messages about hostile values stay short and name the right thing (issue 8 regressions). */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/scenario/csv';
import { validateScenario } from '../../src/scenario/validate';

describe('parseCsv quotes long fields cut to 40 characters', () => {
  const long = 'h'.repeat(100_000);
  it('in the header warning', () => {
    const result = parseCsv(`${long},y\n1,2\n3,4`, 'regression');
    expect(result.ok && result.warnings).toEqual([
      `line 1 read as a header: ${'h'.repeat(38)}…, y`,
    ]);
  });
  it('in "not a number" and "larger than" errors', () => {
    const result = parseCsv(`x,y\n1${long},1\n${'9'.repeat(500)},2`, 'regression');
    expect(!result.ok && result.errors).toEqual([
      `line 2: column 1 is "1${'h'.repeat(37)}…", not a number`,
      `line 3: column 1 is ${'9'.repeat(38)}…, larger than 1e+6 in size`,
    ]);
  });
  it('and keeps short fields whole', () => {
    const result = parseCsv('x,y\nabc,1\n1,2', 'regression');
    expect(!result.ok && result.errors).toEqual(['line 2: column 1 is "abc", not a number']);
  });
});

describe('validateScenario on a run’s inherited property names', () => {
  const withField = (key: string) =>
    validateScenario({
      problem: { type: 'function', name: 'rosenbrock' },
      optimizers: [{ type: 'gd', lr: 0.1, [key]: 1 }],
    });
  it('calls "toString" and "constructor" unknown fields, not hyperparameters', () => {
    for (const key of ['toString', 'constructor', 'hasOwnProperty']) {
      const result = withField(key);
      expect(!result.ok && result.errors[0]!.message).toMatch(/^unknown field \(gd takes/);
    }
  });
  it('still names a hyperparameter of another optimizer as such', () => {
    const result = withField('beta1');
    expect(!result.ok && result.errors[0]!.message).toMatch(/^not a hyperparameter of gd/);
  });
});
