import { describe, expect, it } from 'vitest';
import { sameFrame, type RunViews, type RunView } from '../../src/state/run-views';
import type { Scenario } from '../../src/scenario/types';

const problem = { type: 'function' as const, name: 'rosenbrock' as const };
const scenario = (overrides: Partial<Scenario> = {}): Scenario =>
  ({
    version: 1,
    problem,
    start: [-1.5, 2],
    steps: 100,
    seed: 1,
    optimizers: [{ type: 'gd', lr: 0.01 }],
    ...overrides,
  }) as Scenario;
const run = (index: number, hidden = false) => ({ index, hidden }) as unknown as RunView;
const views = (s: Scenario | null, runs: RunView[] = [run(0), run(1)]): RunViews => ({
  status: 'ready' as RunViews['status'],
  scenario: s,
  runs,
  plane: null,
  progress: null,
});

describe('sameFrame: which changes the charts may show a frame late (issue 17)', () => {
  it('a change of hyperparameters alone: same problem, steps and runs', () => {
    const before = scenario();
    const after = { ...before, optimizers: [{ type: 'gd' as const, lr: 0.02 }] };
    expect(sameFrame(views(before), views(after))).toBe(true);
  });

  it('never another problem, step count, set of runs or nothing paired', () => {
    const base = scenario();
    expect(sameFrame(views(base), views(scenario({ problem: { ...problem } })))).toBe(false);
    expect(sameFrame(views(base), views({ ...base, steps: 200 }))).toBe(false);
    expect(sameFrame(views(base), views(base, [run(0)]))).toBe(false);
    expect(sameFrame(views(base), views(base, [run(0), run(1, true)]))).toBe(false);
    expect(sameFrame(views(base), views(base, [run(1), run(0)]))).toBe(false);
    expect(sameFrame(views(null), views(base))).toBe(false);
    expect(sameFrame(views(base), views(null))).toBe(false);
  });
});
