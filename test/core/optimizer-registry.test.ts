/**
 * The optimizer registry (src/core/optimizers/registry.ts, docs/extending.md "Adding an
 * optimizer"): one module per type of the scenario's OPTIMIZER_TYPES, each complete, and each
 * module's declarations (what OneCycleLR cycles, whether weight decay is decoupled) true of the
 * rule it runs. The `@ts-expect-error` lines are checked by `npm run typecheck`: they fail it
 * when the registry's type stops rejecting a missing or incomplete module.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createOptimizer, OPTIMIZER_DEFAULTS } from '../../src/core/optimizers';
import type {
  OptimizerDisplay,
  OptimizerModule,
  OptimizerNumerics,
} from '../../src/core/optimizers/module';
import { OPTIMIZER_NUMERICS } from '../../src/core/optimizers/all-rules';
import { OPTIMIZER_DISPLAYS } from '../../src/core/optimizers/displays';
import { OPTIMIZERS } from '../../src/core/optimizers/registry';
import { headingIds } from '../../src/docs-page';
import { enInspect } from '../../src/i18n/en-inspect';
import { OPTIMIZER_TYPES, type OptimizerSpec, type OptimizerType } from '../../src/scenario/types';
import { QUADRATIC_CONTEXT } from './quadratic-context';

type Registry = { readonly [T in OptimizerType]: OptimizerModule<T> };
type NumericsRegistry = { readonly [T in OptimizerType]: OptimizerNumerics };
type DisplayRegistry = { readonly [T in OptimizerType]: OptimizerDisplay };

describe('the registry’s type', () => {
  it('rejects a missing type, a module under another type, and a part missing a field', () => {
    const { lion: _lion, ...withoutLion } = OPTIMIZERS;
    // @ts-expect-error lion has no module
    const missing: Registry = withoutLion;
    // @ts-expect-error adam's module under adamw
    const swapped: Registry = { ...OPTIMIZERS, adamw: OPTIMIZERS.adam };
    const { cycles: _cycles, ...noCycles } = OPTIMIZERS.lion;
    // @ts-expect-error lion's module without what OneCycleLR cycles
    const incomplete: Registry = { ...OPTIMIZERS, lion: noCycles };
    const { lion: _lionRule, ...withoutLionRule } = OPTIMIZER_NUMERICS;
    // @ts-expect-error lion has no update rule
    const noRule: NumericsRegistry = withoutLionRule;
    const { derive: _derive, ...noDerive } = OPTIMIZER_NUMERICS.lion;
    // @ts-expect-error lion's rule without its inspector derivation
    const noDerivation: NumericsRegistry = { ...OPTIMIZER_NUMERICS, lion: noDerive };
    const { lion: _lionDisplay, ...withoutLionDisplay } = OPTIMIZER_DISPLAYS;
    // @ts-expect-error lion has no formula
    const noDisplay: DisplayRegistry = withoutLionDisplay;
    expect([missing, swapped, incomplete, noRule, noDerivation, noDisplay]).toHaveLength(6);
  });
});

describe('one module per optimizer type', () => {
  it('lists the scenario’s types, in order, each under its own key', () => {
    expect(Object.keys(OPTIMIZERS)).toEqual([...OPTIMIZER_TYPES]);
    expect(Object.keys(OPTIMIZER_NUMERICS)).toEqual([...OPTIMIZER_TYPES]);
    expect(Object.keys(OPTIMIZER_DISPLAYS)).toEqual([...OPTIMIZER_TYPES]);
    for (const type of OPTIMIZER_TYPES) expect(OPTIMIZERS[type].type).toBe(type);
  });

  it('gives every type an lr default, a title, a rule its formula can show and a docs anchor', () => {
    const anchors = headingIds(readFileSync('docs/optimizers.md', 'utf8'));
    for (const type of OPTIMIZER_TYPES) {
      const module: OptimizerModule<OptimizerType> = OPTIMIZERS[type];
      const display: OptimizerDisplay = OPTIMIZER_DISPLAYS[type];
      expect(OPTIMIZER_DEFAULTS[type].lr, type).toBeGreaterThan(0);
      expect(module.title, type).not.toBe('');
      const key = display.formula.ruleKey({ type, lr: 0.1 });
      expect(display.formula.rules[key]?.lines.length, type).toBeGreaterThan(0);
      expect(anchors, type).toContain(module.docAnchor);
      // The inspector's names for its rows are definitions the strings have.
      for (const symbol of Object.values(display.inspector?.symbols ?? {}))
        expect(Object.keys(enInspect.inspect.symbol), type).toContain(symbol);
    }
  });
});

/**
 * θ after three steps from (1, −2), the last two with μ or β1 = 0.99 (two, because plain GD's
 * first step with momentum only starts the buffer). The last gradient is small and against the
 * first, so that even Lion's sign(c) turns with β1.
 */
function threeSteps(spec: OptimizerSpec, cycled?: number): number[] {
  const optimizer = createOptimizer(spec, 2, QUADRATIC_CONTEXT);
  const params = Float64Array.of(1, -2);
  optimizer.step(params, Float64Array.of(0.5, -0.25), 0.1);
  if (cycled !== undefined) optimizer.setCycledMomentum(cycled);
  optimizer.step(params, Float64Array.of(-0.3, 0.15), 0.1);
  optimizer.step(params, Float64Array.of(-0.004, 0.002), 0.1);
  return [...params];
}

describe('what a module declares is what its rule does', () => {
  it('cycles: writing μ or β1 changes the next step exactly where the module says it cycles one', () => {
    for (const type of OPTIMIZER_TYPES) {
      const spec: OptimizerSpec = { type, lr: 0.1 };
      const plain = threeSteps(spec);
      const changed = threeSteps(spec, 0.99).some((x, i) => x !== plain[i]);
      expect(changed, type).toBe(OPTIMIZERS[type].cycles !== null);
      expect(createOptimizer(spec, 2, QUADRATIC_CONTEXT).cycles, type).toBe(
        OPTIMIZERS[type].cycles,
      );
    }
  });

  it('decoupledWeightDecay: L2 types step with λ as they do with g + λθ and no λ; the others not', () => {
    // Rprop and Newton take no weight decay (neither has one in its source).
    for (const type of OPTIMIZER_TYPES.filter((t) => 'weightDecay' in OPTIMIZER_DEFAULTS[t])) {
      const step = (weightDecay: number, grad: number[]) => {
        const optimizer = createOptimizer({ type, lr: 0.1, weightDecay }, 2, QUADRATIC_CONTEXT);
        const params = Float64Array.of(1, -2);
        optimizer.step(params, Float64Array.from(grad), 0.1);
        return [...params];
      };
      const l2 = step(0.3, [0.5, -0.25]);
      const folded = step(0, [0.5 + 0.3 * 1, -0.25 + 0.3 * -2]);
      expect(l2 === folded || l2.every((x, i) => x === folded[i]), type).toBe(
        !OPTIMIZERS[type].decoupledWeightDecay,
      );
    }
  });

  it('biasCorrectedMoment: only rules that keep a first moment exp_avg and take β1', () => {
    for (const type of OPTIMIZER_TYPES) {
      const optimizer = createOptimizer({ type, lr: 0.1 }, 2, QUADRATIC_CONTEXT);
      optimizer.step(Float64Array.of(1, -2), Float64Array.of(0.5, -0.25), 0.1);
      const hasMoment =
        'exp_avg' in optimizer.snapshot().buffers && 'beta1' in OPTIMIZER_DEFAULTS[type];
      if (OPTIMIZERS[type].biasCorrectedMoment) expect(hasMoment, type).toBe(true);
    }
    // The Adam family: every type that takes β1 and β2, but Lion (whose m is not corrected) and
    // Schedule-Free AdamW (no first moment: its β1 interpolates y between x and z).
    const adamFamily = OPTIMIZER_TYPES.filter(
      (type) =>
        'beta2' in OPTIMIZER_DEFAULTS[type] && type !== 'lion' && type !== 'schedule-free-adamw',
    );
    expect(adamFamily).toHaveLength(6);
    expect(OPTIMIZER_TYPES.filter((type) => OPTIMIZERS[type].biasCorrectedMoment)).toEqual(
      adamFamily,
    );
  });
});
