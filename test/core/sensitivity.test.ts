import { describe, expect, it } from 'vitest';
import { buildProblem } from '../../src/core/problems';
import { divergenceBounds, run } from '../../src/core/run';
import {
  ALPHA_EPS_AXES,
  axisValues,
  BETA_AXES,
  cellCount,
  cellValues,
  computeMapCells,
  isAdamFamily,
  MAP_STEP_CAP,
  mapKey,
  mapsOf,
  snapAxisValue,
  withCell,
  type MapAxes,
} from '../../src/core/sensitivity';
import { mapChunkCells } from '../../src/engine/worker-maps';
import { OPTIMIZER_TYPES, type Scenario } from '../../src/scenario/types';
import { scenarioOn } from '../helpers';

/** A small map over the same ranges, so the exhaustive comparisons stay quick. */
const SMALL_BETA: MapAxes = {
  x: { ...BETA_AXES.x, count: 4 },
  y: { ...BETA_AXES.y, count: 3 },
};
const SMALL_ALPHA_EPS: MapAxes = {
  x: { ...ALPHA_EPS_AXES.x, count: 5 },
  y: { ...ALPHA_EPS_AXES.y, count: 3 },
};

/** The final loss of the scenario's run `index` with the two values put in, by run() itself. */
function independent(scenario: Scenario, index: number, axes: MapAxes, cell: number) {
  const xs = axisValues(axes.x);
  const ys = axisValues(axes.y);
  const { x, y } = cellValues(axes, cell, xs, ys);
  const spec = withCell(scenario.optimizers[index]!, axes, x, y);
  const [result] = run({
    ...scenario,
    steps: Math.min(scenario.steps, MAP_STEP_CAP),
    optimizers: [spec],
  });
  return {
    value: result!.divergedAt === null ? result!.loss[result!.loss.length - 1]! : NaN,
    divergedAt: result!.divergedAt ?? -1,
  };
}

function settingsOf(scenario: Scenario) {
  const problem = buildProblem(scenario.problem);
  return {
    problem,
    settings: {
      start: scenario.start,
      steps: Math.min(scenario.steps, MAP_STEP_CAP),
      seed: scenario.seed,
      noise: scenario.problem.noise ?? 0,
      bounds: divergenceBounds(problem),
    },
  };
}

/** Every cell of the map `axes` of the scenario's run `index`, in one computeMapCells call. */
function wholeMap(scenario: Scenario, index: number, axes: MapAxes) {
  const { problem, settings } = settingsOf(scenario);
  return computeMapCells(problem, settings, scenario.optimizers[index]!, axes, 0, cellCount(axes));
}

describe('axisValues(axis)', () => {
  it('includes both ends and the round values of each default map', () => {
    const beta1 = Array.from(axisValues(BETA_AXES.x));
    const beta2 = Array.from(axisValues(BETA_AXES.y));
    const lr = Array.from(axisValues(ALPHA_EPS_AXES.x));
    const eps = Array.from(axisValues(ALPHA_EPS_AXES.y));
    expect(beta1[0]).toBe(0);
    expect(beta1.at(-1)).toBe(0.999);
    for (const v of [0.9, 0.99]) expect(beta1).toContain(v);
    expect(beta2[0]).toBe(0.9);
    expect(beta2.at(-1)).toBe(0.99999);
    for (const v of [0.99, 0.999, 0.9999]) expect(beta2).toContain(v);
    for (const v of [1e-4, 1e-3, 0.01, 0.1, 1]) expect(lr).toContain(v);
    for (const v of [1e-10, 1e-8, 1e-4, 1]) expect(eps).toContain(v);
  });

  it('is strictly increasing, with values that have at most 3 significant digits', () => {
    for (const axis of [BETA_AXES.x, BETA_AXES.y, ALPHA_EPS_AXES.x, ALPHA_EPS_AXES.y]) {
      const values = axisValues(axis);
      for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]!);
      for (const v of values) expect(snapAxisValue(axis, v)).toBe(v);
    }
  });

  it('snaps 1 − β to 3 significant digits on the one-minus-log scale', () => {
    expect(snapAxisValue({ scale: 'one-minus-log' }, 0.997851)).toBe(0.99785);
    expect(snapAxisValue({ scale: 'log' }, 0.0012345)).toBe(0.00123);
  });

  it('rejects an axis with fewer than two values', () => {
    expect(() => axisValues({ ...BETA_AXES.x, count: 1 })).toThrow('invalid axis count');
  });
});

describe('the Adam family', () => {
  it('is every type with both β1 and β2, Lion included; Lion has no α–ε map', () => {
    // The docs' order lists the family together: adam, adamw, amsgrad, adamax, nadam, radam, lion.
    const adamOn = OPTIMIZER_TYPES.slice(
      OPTIMIZER_TYPES.indexOf('adam'),
      OPTIMIZER_TYPES.indexOf('lion') + 1,
    );
    expect(adamOn).toHaveLength(7);
    // Schedule-Free AdamW takes β1 (y's interpolation) and β2 too: its maps are drawn as Adam's.
    expect(OPTIMIZER_TYPES.filter(isAdamFamily)).toEqual([...adamOn, 'schedule-free-adamw']);
    expect(mapsOf('adam')).toEqual(['beta', 'alpha-eps']);
    expect(mapsOf('lion')).toEqual(['beta']);
    expect(mapsOf('momentum')).toEqual([]);
  });
});

describe('computeMapCells(problem, settings, spec, axes, start, count)', () => {
  it('gives every cell of a β map the final loss of an independent run()', () => {
    const scenario = scenarioOn(
      'rosenbrock',
      [
        { type: 'gd', lr: 1e-3 },
        { type: 'adam', lr: 0.05 },
      ],
      {
        start: [-1.5, 2],
        steps: 150,
      },
    );
    const cells = wholeMap(scenario, 1, SMALL_BETA);
    expect(cells.values).toHaveLength(12);
    for (let i = 0; i < 12; i++) {
      const expected = independent(scenario, 1, SMALL_BETA, i);
      // Same code, same order of operations: equal to the last bit.
      expect(cells.values[i]).toBe(expected.value);
      expect(cells.divergedAt[i]).toBe(expected.divergedAt);
    }
  });

  it('marks diverged cells of an α–ε map with NaN and the step where they diverged', () => {
    // Adam's step is bounded by about α, but AdamW's decoupled decay multiplies θ by 1 − αλ:
    // with λ = 3 that is −2 at α = 1 (diverges), 0.7 at α = 0.1 (converges).
    const scenario = scenarioOn('sphere', [{ type: 'adamw', lr: 0.01, weightDecay: 3 }], {
      start: [1, 1],
      steps: 80,
    });
    const cells = wholeMap(scenario, 0, SMALL_ALPHA_EPS);
    let diverged = 0;
    for (let i = 0; i < cells.values.length; i++) {
      const expected = independent(scenario, 0, SMALL_ALPHA_EPS, i);
      expect(cells.divergedAt[i]).toBe(expected.divergedAt);
      if (expected.divergedAt >= 0) {
        diverged++;
        expect(cells.values[i]).toBeNaN();
      } else expect(cells.values[i]).toBe(expected.value);
    }
    expect(diverged).toBeGreaterThan(0);
    expect(diverged).toBeLessThan(cells.values.length);
  });

  it('stops after the cell that passes the time budget, but always runs one', () => {
    const scenario = scenarioOn('sphere', [{ type: 'adam', lr: 0.1 }], { steps: 10 });
    const { problem, settings } = settingsOf(scenario);
    let clock = 0;
    const now = () => (clock += 10); // every reading is 10 ms later
    const cells = computeMapCells(
      problem,
      settings,
      scenario.optimizers[0]!,
      SMALL_BETA,
      2,
      8,
      25,
      now,
    );
    expect(cells.start).toBe(2);
    expect(cells.values).toHaveLength(3); // readings at 10 (start), 20, 30, 40: over 25 after the 3rd
    const none = computeMapCells(
      problem,
      settings,
      scenario.optimizers[0]!,
      SMALL_BETA,
      2,
      8,
      0,
      now,
    );
    expect(none.values).toHaveLength(1);
  });

  it('clamps the range to the map', () => {
    const scenario = scenarioOn('sphere', [{ type: 'adam', lr: 0.1 }], { steps: 5 });
    const { problem, settings } = settingsOf(scenario);
    const cells = computeMapCells(problem, settings, scenario.optimizers[0]!, SMALL_BETA, 10, 99);
    expect(cells.start).toBe(10);
    expect(cells.values).toHaveLength(2);
  });
});

describe('mapChunkCells(scenario, runIndex, axes, cells) in the worker', () => {
  it('caps the steps at MAP_STEP_CAP and still equals an independent run()', () => {
    const scenario = scenarioOn('beale', [{ type: 'nadam', lr: 0.01 }], {
      start: [1, 1],
      steps: 1500,
    });
    const cells = mapChunkCells(scenario, 0, SMALL_ALPHA_EPS, {
      start: 4,
      count: 3,
      budgetMs: 1e9,
    });
    expect(cells.values).toHaveLength(3);
    for (let k = 0; k < 3; k++) {
      const expected = independent(scenario, 0, SMALL_ALPHA_EPS, 4 + k);
      if (expected.divergedAt >= 0) expect(cells.values[k]).toBeNaN();
      else expect(cells.values[k]).toBe(expected.value);
    }
  });

  it('refuses an invalid scenario or a missing run', () => {
    const scenario = scenarioOn('sphere', [{ type: 'adam', lr: -1 }]);
    expect(() => mapChunkCells(scenario, 0, SMALL_BETA, { start: 0, count: 1 })).toThrow(/lr/);
    const valid = scenarioOn('sphere', [{ type: 'adam', lr: 0.1 }]);
    expect(() => mapChunkCells(valid, 3, SMALL_BETA, { start: 0, count: 1 })).toThrow('no run 3');
  });
});

describe('mapKey(scenario, runIndex, axes)', () => {
  const base = scenarioOn('rosenbrock', [{ type: 'adam', lr: 0.1, beta1: 0.9, eps: 1e-8 }], {
    steps: 500,
  });
  const withSpec = (patch: object): Scenario => ({
    ...base,
    optimizers: [{ ...base.optimizers[0]!, ...patch }],
  });

  it('ignores the two mapped values and presentation, and nothing else', () => {
    const key = mapKey(base, 0, BETA_AXES);
    expect(mapKey(withSpec({ beta1: 0.5, beta2: 0.99 }), 0, BETA_AXES)).toBe(key);
    expect(mapKey(withSpec({ color: '#000000', label: 'x', hidden: true }), 0, BETA_AXES)).toBe(
      key,
    );
    expect(mapKey(withSpec({ lr: 0.2 }), 0, BETA_AXES)).not.toBe(key);
    expect(mapKey(withSpec({ lr: 0.2 }), 0, ALPHA_EPS_AXES)).toBe(mapKey(base, 0, ALPHA_EPS_AXES));
    expect(mapKey({ ...base, start: [0, 0] }, 0, BETA_AXES)).not.toBe(key);
    expect(mapKey({ ...base, seed: 2 }, 0, BETA_AXES)).not.toBe(key);
  });

  it('sees steps only up to the cap', () => {
    const a = mapKey({ ...base, steps: 1200 }, 0, BETA_AXES);
    expect(mapKey({ ...base, steps: 5000 }, 0, BETA_AXES)).toBe(a);
    expect(mapKey({ ...base, steps: 999 }, 0, BETA_AXES)).not.toBe(a);
  });
});
