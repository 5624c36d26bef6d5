/**
 * Run names follow their values (issue 14, point 9): no name holds a number of its own. A preset's
 * role label is shown beside the run's type in the language shown; the user's own label as
 * written; the numbers come from the live values.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n';
import { runDisplayName, runShortName } from '../../src/i18n/text';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { RUN_ROLES, roleOf } from '../../src/presets/run-roles';
import { PRESETS } from '../../src/presets/presets';
import { runValues, runValuesText } from '../../src/ui/optimizers/run-values';
import { loadLanguage } from '../../src/i18n/load';

// Chinese is a chunk loaded when shown (docs/i18n.md, "How languages load").
beforeAll(() => loadLanguage('zh'));

afterEach(() => void i18n.changeLanguage('en'));

describe('run names', () => {
  it('a role label is shown beside the type, in either language', () => {
    expect(runDisplayName({ type: 'gd', label: 'too small' })).toBe('Gradient descent · too small');
    expect(runDisplayName({ type: 'adamw', label: 'decoupled decay' })).toBe(
      'AdamW · decoupled decay',
    );
    void i18n.changeLanguage('zh');
    expect(runDisplayName({ type: 'gd', label: 'too small' })).toBe('梯度下降（太小）');
    // Beside the type menu, or where room is short, the role alone.
    expect(runShortName({ type: 'gd', label: 'too small' })).toBe('太小');
    void i18n.changeLanguage('en');
    expect(runShortName({ type: 'gd', label: 'too small' })).toBe('Too small');
    expect(runShortName({ type: 'gd', label: 'mine' })).toBe('mine');
    expect(runShortName({ type: 'gd' })).toBe('Gradient descent');
  });

  it('a label of the user’s own stays as written; no label is the type', () => {
    expect(runDisplayName({ type: 'gd', label: 'my α = 0.5 run' })).toBe('my α = 0.5 run');
    expect(runDisplayName({ type: 'adam', label: 'Too Small' })).toBe('Too Small');
    expect(runDisplayName({ type: 'momentum' })).toBe('Momentum');
    expect(roleOf('tuned')).toBe('tuned');
    expect(roleOf('too small ')).toBeNull();
    expect(roleOf(undefined)).toBeNull();
  });

  it('every role has its words in English and Chinese, the English being the stored label', () => {
    for (const [role, text] of Object.entries(RUN_ROLES)) {
      expect(en.runs.role[role as keyof typeof en.runs.role]).toBe(text);
      expect(zh.runs.role[role as keyof typeof zh.runs.role]).toMatch(/\S/);
    }
  });

  it('no preset freezes a number into a run’s name', () => {
    for (const preset of PRESETS) {
      for (const run of preset.scenario.optimizers) {
        const name = runDisplayName(run);
        // "L2 penalty" names a method, not a value: a number stands alone ("0.5", "= 10").
        expect(name, `${preset.id}: ${name}`).not.toMatch(/=|\b\d/);
      }
    }
  });

  it('the numbers shown beside a name are the live values', () => {
    expect(runValues({ type: 'gd', lr: 0.005 })).toEqual(['α = 0.005']);
    expect(runValues({ type: 'gd', lr: 0.363 })).toEqual(['α = 0.363']);
    // Hyperparameters at their defaults are not repeated; those moved away are.
    expect(runValuesText({ type: 'adam', lr: 0.1, beta1: 0.9, beta2: 0.5 })).toBe(
      'α = 0.1 · β₂ = 0.5',
    );
    expect(runValuesText({ type: 'adam', lr: 0.1, beta1: 0 })).toBe('α = 0.1 · β₁ = 0');
  });
});
