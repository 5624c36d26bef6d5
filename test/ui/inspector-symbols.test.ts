/**
 * Every symbol the inspector shows is defined (issue 14): each row of the table and each scalar,
 * for every rule and variant, has a short definition in English and Chinese; and a letter the
 * table names without saying what it is (RMSprop's d) is defined by the typeset rule.
 */
import { describe, expect, it } from 'vitest';
import { inspectStep } from '../../src/core/inspect';
import { enAll as en } from '../../src/i18n/en-all';
import { zh } from '../../src/i18n/zh';
import type { OptimizerSpec } from '../../src/scenario/types';
import { ruleTex } from '../../src/ui/inspector/formulas';
import { inspectorRows, inspectorScalars } from '../../src/ui/inspector/rows';
import { rowSymbolKey, scalarSymbolKey } from '../../src/ui/inspector/symbols';
import { scenarioOn } from '../helpers';

/** Every rule and variant formulas.ts has, and the switches that add rows. */
const SPECS: OptimizerSpec[] = [
  { type: 'gd', lr: 1e-3 },
  { type: 'gd', lr: 1e-3, weightDecay: 0.1 },
  { type: 'momentum', lr: 1e-3, momentum: 0.9 },
  { type: 'nesterov', lr: 1e-3, momentum: 0.9 },
  { type: 'adagrad', lr: 0.1 },
  { type: 'rmsprop', lr: 0.01 },
  { type: 'rmsprop', lr: 0.01, centered: true },
  { type: 'rmsprop', lr: 0.01, momentum: 0.5 },
  { type: 'rmsprop', lr: 0.01, centered: true, momentum: 0.5 },
  { type: 'adadelta', lr: 1 },
  { type: 'adam', lr: 0.05 },
  { type: 'adam', lr: 0.05, biasCorrection: false },
  { type: 'adamw', lr: 0.05, weightDecay: 0.1 },
  { type: 'amsgrad', lr: 0.05 },
  { type: 'adamax', lr: 0.05 },
  { type: 'nadam', lr: 0.05 },
  { type: 'radam', lr: 0.05 },
  { type: 'lion', lr: 0.01, weightDecay: 0.1 },
  { type: 'rprop', lr: 0.01 },
  { type: 'asgd', lr: 1e-3, t0: 3, weightDecay: 0.1 },
  { type: 'adafactor', lr: 0.05, weightDecay: 0.1 },
  { type: 'newton', lr: 0.5 },
  { type: 'newton', lr: 0.5, saddleFree: true, damping: 0.1 },
];

const inspect = (spec: OptimizerSpec, step: number) =>
  inspectStep(scenarioOn('rosenbrock', [spec], { start: [-1.5, 2], steps: 20 }), 0, step)!;

const name = (spec: OptimizerSpec) => JSON.stringify(spec);

describe('the inspector’s symbols: each one defined', () => {
  it('every row and scalar of every rule has a definition in both languages', () => {
    let checked = 0;
    /** The symbol `key` (looked up for `what`) has a definition in English and in Chinese. */
    const expectDefined = (key: ReturnType<typeof rowSymbolKey>, what: string) => {
      expect(key, what).not.toBeNull();
      expect(en.inspect.symbol[key!].length).toBeGreaterThan(5);
      expect(zh.inspect.symbol[key!].length).toBeGreaterThan(2);
      checked++;
    };
    for (const spec of SPECS) {
      // Step 2 and 10: RAdam shows its warm-up, then its rectified step with rₜ.
      for (const step of [2, 10]) {
        const ins = inspect(spec, step);
        for (const row of inspectorRows(ins))
          expectDefined(rowSymbolKey(row.key, spec.type), `${name(spec)} row ${row.key}`);
        for (const scalar of inspectorScalars(ins))
          expectDefined(
            scalarSymbolKey(scalar.key, scalar.tex),
            `${name(spec)} scalar ${scalar.key}`,
          );
      }
    }
    expect(checked).toBeGreaterThan(150);
    // The lookup can fail: a row it does not know.
    expect(rowSymbolKey('somethingNew', 'adam')).toBeNull();
  });

  it('a row named by a bare letter d is defined by the rule (RMSprop, NAdam)', () => {
    for (const spec of SPECS) {
      const rows = inspectorRows(inspect(spec, 10));
      if (rows.some((row) => row.tex === 'd'))
        expect(ruleTex(spec), name(spec)).toMatch(/(^|[{ ])d &=|d = /);
    }
    expect(ruleTex({ type: 'rmsprop', lr: 0.01 })).toContain('d &= \\sqrt{v} + \\varepsilon');
  });

  it('RAdam’s rule defines ρ∞ and rₜ, which its scalars show', () => {
    const tex = ruleTex({ type: 'radam', lr: 0.05 });
    expect(tex).toContain('\\rho_\\infty =');
    expect(tex).toContain('r_t &=');
  });

  it('picks the meaning a letter has for the rule', () => {
    expect(rowSymbolKey('v', 'rmsprop')).toBe('vRho');
    expect(rowSymbolKey('v', 'adam')).toBe('v');
    expect(rowSymbolKey('u', 'adamax')).toBe('uAdamax');
    expect(rowSymbolKey('u', 'adadelta')).toBe('u');
    expect(rowSymbolKey('m', 'lion')).toBe('mLion');
    expect(scalarSymbolKey('cycled', '\\beta_1')).toBe('cycledBeta1');
  });
});
