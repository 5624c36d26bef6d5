/**
 * The engine worker's curvature call (src/engine/worker-curvature.ts) in Node: the core's
 * curvatureOfRun of the validated scenario's run, as typed arrays; progress reported at most
 * about a hundred times; a scenario the worker cannot trust refused.
 */
import { describe, expect, it } from 'vitest';
import { curvatureOfRun } from '../../src/core/curvature/run-curvature';
import { buildProblem } from '../../src/core/problems';
import { runSettings } from '../../src/core/run';
import { validateScenario } from '../../src/scenario/validate';
import { curvatureWorkerApi, runCurvatureData } from '../../src/engine/worker-curvature';
import type { Scenario } from '../../src/scenario/types';
import { scenarioOn, scenarioWith } from '../helpers';

/** The core's answer for run `index` of `scenario`, computed here directly. */
function direct(scenario: Scenario, index: number) {
  const checked = validateScenario(scenario);
  if (!checked.ok) throw new Error('invalid scenario');
  const problem = buildProblem(checked.scenario.problem);
  return curvatureOfRun(
    problem,
    checked.scenario.optimizers[index]!,
    runSettings(checked.scenario, problem),
  );
}

describe('runCurvatureData', () => {
  it('is curvatureOfRun of the run, every point of a 2-parameter problem', () => {
    const scenario = scenarioOn(
      'rosenbrock',
      [
        { type: 'gd', lr: 1e-3 },
        { type: 'adam', lr: 0.05 },
      ],
      { start: [-1.5, 2], steps: 60 },
    );
    const gd = runCurvatureData(scenario, 0)!;
    const core = direct(scenario, 0);
    expect(gd.every).toBe(1);
    expect(gd.step).toBeInstanceOf(Int32Array);
    expect([...gd.step]).toEqual(core.step);
    expect([...gd.lambdaMax]).toEqual(core.lambdaMax);
    expect(gd.preconditioned).toBeNull();
    const adam = runCurvatureData(scenario, 1)!;
    expect([...adam.preconditioned!]).toEqual(direct(scenario, 1).preconditionedLambdaMax);
  });

  it('samples a model every 10 steps', () => {
    const scenario = scenarioWith({ type: 'logistic-regression' }, [{ type: 'gd', lr: 0.5 }], {
      start: [0, 0, 0],
      steps: 30,
    });
    const data = runCurvatureData(scenario, 0)!;
    expect(data.every).toBe(10);
    expect([...data.step]).toEqual([0, 10, 20, 30]);
    expect([...data.lambdaMax]).toEqual(direct(scenario, 0).lambdaMax);
  });

  it('refuses a run that is not there and a scenario that is not valid', () => {
    const scenario = scenarioOn('sphere', [{ type: 'gd', lr: 0.1 }]);
    expect(() => runCurvatureData(scenario, 3)).toThrow(/no run 3/);
    expect(() => runCurvatureData({ ...scenario, steps: -4 }, 0)).toThrow(/steps/);
  });
});

describe('curvatureWorkerApi.curvature', () => {
  it('reports progress at most about a hundred times, ending at the total', () => {
    const scenario = scenarioOn('ellipse', [{ type: 'gd', lr: 0.3 }], { steps: 2000 });
    const reports: [number, number][] = [];
    const data = curvatureWorkerApi.curvature(scenario, 0, (done, total) => {
      reports.push([done, total]);
    })!;
    expect(data.lambdaMax).toHaveLength(2001);
    expect(reports.length).toBeGreaterThan(50);
    expect(reports.length).toBeLessThanOrEqual(101);
    expect(reports.at(-1)).toEqual([2001, 2001]);
  });
});
