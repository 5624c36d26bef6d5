import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { OPTIMIZER_TYPES, type OptimizerSpec } from '../../src/scenario/types';
import { RULES, ruleKey, ruleTex, type RuleKey } from '../../src/ui/inspector/formulas';

/** KaTeX in strict mode throws on any TeX it does not understand. */
const typeset = (tex: string) =>
  katex.renderToString(tex, { displayMode: true, throwOnError: true, strict: 'error' });

describe('the inspector’s update rules (formulas.ts)', () => {
  it('has a rule for each of the 21 types', () => {
    for (const type of OPTIMIZER_TYPES) {
      const key = ruleKey({ type, lr: 0.1 });
      expect(RULES[key].lines.length, type).toBeGreaterThan(0);
    }
    expect(Object.keys(RULES)).toHaveLength(28);
  });

  it('every rule typesets with KaTeX without an error', () => {
    for (const key of Object.keys(RULES) as RuleKey[]) {
      const html = typeset(`\\begin{aligned}${RULES[key].lines.join(' \\\\ ')}\\end{aligned}`);
      expect(html, key).toContain('class="katex');
    }
  });

  it('picks the variant from the switches: RMSprop centered/momentum, Adam without bias correction', () => {
    const rms = (extra: Partial<OptimizerSpec>) => ruleKey({ type: 'rmsprop', lr: 0.01, ...extra });
    expect(rms({})).toBe('rmsprop');
    expect(rms({ centered: true })).toBe('rmsprop-centered');
    expect(rms({ momentum: 0.5 })).toBe('rmsprop-momentum');
    expect(rms({ centered: true, momentum: 0.5 })).toBe('rmsprop-centered-momentum');
    expect(ruleKey({ type: 'adam', lr: 0.1, biasCorrection: false })).toBe(
      'adam-no-bias-correction',
    );
    // OneCycleLR writes μ into plain SGD too, which then steps as heavy ball.
    expect(ruleKey({ type: 'gd', lr: 0.1 }, 0.9)).toBe('momentum');
    expect(ruleKey({ type: 'newton', lr: 1 })).toBe('newton');
    expect(ruleKey({ type: 'newton', lr: 1, saddleFree: true })).toBe('newton-saddle-free');
    expect(ruleKey({ type: 'lbfgs', lr: 1 })).toBe('lbfgs');
    expect(ruleKey({ type: 'lbfgs', lr: 1, lineSearchFn: 'strong-wolfe' })).toBe(
      'lbfgs-strong-wolfe',
    );
  });

  it('adds the L2 line g ← g + λθ only where weight decay folds into the gradient', () => {
    expect(ruleTex({ type: 'adam', lr: 0.1, weightDecay: 0.1 })).toContain('g + \\lambda\\theta');
    expect(ruleTex({ type: 'adam', lr: 0.1 })).not.toContain('g + \\lambda\\theta');
    expect(ruleTex({ type: 'adamw', lr: 0.1, weightDecay: 0.1 })).not.toContain(
      'g + \\lambda\\theta',
    );
    expect(ruleTex({ type: 'adamw', lr: 0.1, weightDecay: 0.1 })).toContain(
      '(1 - \\alpha\\lambda)',
    );
  });

  it('writes undamped heavy ball as b ← μb + g, and shows τ when set', () => {
    expect(ruleTex({ type: 'momentum', lr: 0.1, momentum: 0.9 })).not.toContain('\\tau');
    expect(ruleTex({ type: 'momentum', lr: 0.1, momentum: 0.9, dampening: 0.5 })).toContain(
      '\\tau',
    );
    // The typesetting check can fail: broken TeX throws in strict mode.
    expect(() => typeset('\\frac{m')).toThrow();
  });
});
