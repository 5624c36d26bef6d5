import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProblem } from '../../src/core/problems';
import { divergenceBounds, run } from '../../src/core/run';
import { formatIssue, validateScenario } from '../../src/scenario/validate';
import { validScenario } from '../arbitraries/scenario';

describe('properties of run() over arbitrary valid scenarios (fast-check)', () => {
  it('validation accepts every generated scenario, and run() never throws and reports only finite, in-bound points before divergedAt', () => {
    fc.assert(
      fc.property(validScenario(), (scenario) => {
        const validation = validateScenario(scenario);
        if (!validation.ok) throw new Error(validation.errors.map(formatIssue).join('; '));
        const bounds = divergenceBounds(buildProblem(scenario.problem));
        const results = run(validation.scenario);
        expect(results).toHaveLength(scenario.optimizers.length);
        for (const result of results) {
          const points = result.divergedAt ?? scenario.steps + 1;
          expect(result.loss).toHaveLength(points);
          expect(result.trajectory).toHaveLength(points * 2);
          expect(result.lr).toHaveLength(result.divergedAt ?? scenario.steps);
          for (let k = 0; k < points; k++) {
            const x = result.trajectory[2 * k]!;
            const y = result.trajectory[2 * k + 1]!;
            expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
            expect(Math.hypot(x, y)).toBeLessThanOrEqual(bounds.theta * (1 + 1e-12));
            expect(Math.abs(result.loss[k]!)).toBeLessThanOrEqual(bounds.loss);
            // A number ≥ 0: +∞ only where ‖∇f‖ exceeds the largest double (docs/scenario.md,
            // "Results"), as at log(1 + exp(−xy)) near (−16.5, 42.8), where exp(706) ≈ 4e306.
            expect(result.gradNorm[k]! >= 0).toBe(true);
          }
          // Not `lr >= 0`: PyTorch's recursive cosine can round to −5e-324 when etaMin > lr, and so do we.
          for (const lr of result.lr) expect(Number.isFinite(lr)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic: the same scenario gives bit-identical results', () => {
    fc.assert(
      fc.property(validScenario(100), (scenario) => {
        const a = run(scenario);
        const b = run(scenario);
        a.forEach((result, i) => {
          expect(Array.from(result.trajectory)).toEqual(Array.from(b[i]!.trajectory));
          expect(result.divergedAt).toBe(b[i]!.divergedAt);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('properties of validateScenario over arbitrary input (fast-check)', () => {
  it('never throws on any JSON-like value, and whatever it accepts runs', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
        (input) => {
          const result = validateScenario(input);
          if (result.ok) run(result.scenario);
          else
            for (const issue of result.errors) expect(formatIssue(issue).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rejects a valid scenario with any one field replaced by junk, naming that field, or accepts it and runs', () => {
    const junk = fc.oneof(
      fc.string(),
      fc.double(),
      fc.constant(null),
      fc.array(fc.integer()),
      fc.object(),
      fc.boolean(),
    );
    fc.assert(
      fc.property(validScenario(50), fc.nat(), junk, (scenario, pick, value) => {
        const copy = structuredClone(scenario) as unknown as Record<string, unknown>;
        const optimizers = copy.optimizers as Record<string, unknown>[];
        const target = optimizers[pick % optimizers.length]!;
        const keys = Object.keys(target);
        const key = keys[pick % keys.length]!;
        target[key] = value;
        const result = validateScenario(copy);
        if (result.ok) {
          run(result.scenario);
        } else {
          const path = `optimizers[${pick % optimizers.length}].${key}`;
          expect(result.errors.some((e) => e.path.startsWith(path))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
