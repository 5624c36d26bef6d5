/**
 * Repair walks a scenario by its issues' paths; those paths may come from keys a file or a link
 * made up. Regression tests for issue 8: a key such as "__proto__.hasOwnProperty" led the walk to
 * Object.prototype, whose member the fallback then deleted; a dotted key that could not be walked
 * dropped the whole scenario; an unparsable formula did too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { locateField, repairScenario } from '../../src/url/repair';
import { importScenario } from '../../src/url/import';
import { decodeLink } from '../../src/url/codec';

const base = {
  problem: { type: 'function', name: 'rosenbrock' },
  steps: 40,
  optimizers: [{ type: 'adam', lr: 0.05 }],
};
const objectKeys = Reflect.ownKeys(Object.prototype);

afterEach(() => {
  expect(Reflect.ownKeys(Object.prototype)).toEqual(objectKeys);
  expect(typeof Object.prototype.hasOwnProperty).toBe('function');
  expect(typeof Object.prototype.toString).toBe('function');
});

describe('locateField(root, path)', () => {
  it('finds a field through own properties: objects, then list items', () => {
    const root = { optimizers: [{ schedule: { tMax: 3 } }] };
    expect(locateField(root, 'optimizers[0].schedule.tMax')).toEqual({
      parent: root.optimizers[0]!.schedule,
      key: 'tMax',
    });
    expect(locateField(root, 'optimizers[0]')).toEqual({ parent: root.optimizers, key: 0 });
  });

  it('never reaches a prototype through __proto__ or constructor', () => {
    expect(locateField({}, '__proto__.hasOwnProperty')).toBeNull();
    expect(locateField({ a: {} }, 'a.constructor.prototype.toString')).toBeNull();
    expect(locateField([], '[0]')).toBeNull();
  });

  it('takes a key holding dots as one key', () => {
    const root = { optimizers: [{ 'constructor.prototype.toString': 1 }] };
    expect(locateField(root, 'optimizers[0].constructor.prototype.toString')).toEqual({
      parent: root.optimizers[0],
      key: 'constructor.prototype.toString',
    });
  });
});

describe('repairScenario with keys that name prototypes', () => {
  it('drops "__proto__.hasOwnProperty" and keeps the rest of the scenario', () => {
    const { scenario, notes } = repairScenario({ ...base, '__proto__.hasOwnProperty': 1 });
    expect(scenario.steps).toBe(40);
    expect(notes.map((n) => n.path)).toEqual(['__proto__.hasOwnProperty']);
    expect(notes[0]!.message).toMatch(/^unknown field for a scenario .*; ignored$/);
  });

  it('drops a run’s "constructor.prototype.toString" and keeps the run', () => {
    const { scenario, notes } = repairScenario({
      ...base,
      optimizers: [{ type: 'adam', lr: 0.05, 'constructor.prototype.toString': 1 }],
    });
    expect(scenario.optimizers).toEqual([{ type: 'adam', lr: 0.05 }]);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toMatch(/^unknown field \(adam takes lr, .*\); ignored$/);
  });

  it('drops a literal "steps.x" key without touching the steps', () => {
    const { scenario, notes } = repairScenario({ ...base, 'steps.x': 1, 'problem.type': 'mlp' });
    expect(scenario.steps).toBe(40);
    expect(scenario.problem).toEqual({ type: 'function', name: 'rosenbrock' });
    expect(notes.map((n) => n.path).sort()).toEqual(['problem.type', 'steps.x']);
  });

  it('a file and a link with such keys open with a notice, Object.prototype intact', () => {
    const file = importScenario(JSON.stringify({ ...base, '__proto__.toString': 1 }));
    expect(file.ok && file.scenario.steps).toBe(40);
    const link = decodeLink(
      'n=40&o=adam(lr=0.1,__proto__.valueOf=1)&p=rosenbrock(constructor.x=1)',
    );
    expect(link.state.scenario.steps).toBe(40);
    expect(link.notices.map((n) => n.param).sort()).toEqual([
      'o (run 1) __proto__.valueOf',
      'p constructor x',
    ]);
  });
});

describe('repairScenario with a formula that does not parse', () => {
  it('shows the default problem and keeps the steps and the runs', () => {
    const { scenario, notes } = repairScenario({
      ...base,
      problem: { type: 'expression', expr: 'x +* y' },
    });
    expect(scenario.problem).toEqual({ type: 'function', name: 'rosenbrock' });
    expect(scenario.steps).toBe(40);
    expect(scenario.optimizers).toHaveLength(1);
    expect(notes).toEqual([
      {
        path: 'problem.expr',
        message:
          'Expected a number, x, y or "(" before "*" (at character 4 of "x +* y"); the default problem is shown',
      },
    ]);
  });
});
