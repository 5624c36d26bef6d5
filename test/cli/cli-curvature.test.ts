// `descent run --curvature` (issue 20, point 4): beside each run its curvature as the core
// computes it: every step's λmax and λmin of a 2-parameter problem; every k-th step's λmax and
// top eigenvalues of a model (`--curvature-every K`, `"every": k` in the output, no λmin); the
// preconditioned sharpness of adaptive optimizers.
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { curvatureAlongRun } from '../../src/core/curvature/along-run';
import { curvatureOfRun } from '../../src/core/curvature/run-curvature';
import { buildProblem } from '../../src/core/problems';
import { run, runSettings } from '../../src/core/run';
import { decodeLink } from '../../src/url/codec';

type Curvature = {
  every: number;
  step: number[];
  lambdaMax: (number | null)[];
  lambdaMin?: number[];
  top?: number[][];
  preconditionedLambdaMax?: (number | null)[];
};
type Output = { runs: { loss: number[]; curvature?: Curvature }[] };

/** The curvature of a link's runs as the core computes it, in the JSON's shape (NaN → null). */
function coreCurvature(link: string, every?: number) {
  const scenario = decodeLink(link).state.scenario;
  const problem = buildProblem(scenario.problem);
  return scenario.optimizers.map((spec) =>
    JSON.parse(
      JSON.stringify(
        curvatureOfRun(
          problem,
          spec,
          runSettings(scenario, problem),
          every === undefined ? {} : { every },
        ),
      ),
    ),
  );
}

describe('descent run --curvature', () => {
  it('adds each step’s λmax and λmin of the run’s own points, as the core computes them', () => {
    const link = '?v=1&p=rosenbrock&o=gd(lr=0.001)&o=adam(lr=0.05)&n=40';
    const { code, stdout, stderr } = runCli(['run', link, '--curvature']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const output = JSON.parse(stdout) as Output;
    const scenario = decodeLink(link).state.scenario;
    const results = run(scenario);
    const core = coreCurvature(link);
    output.runs.forEach((runOut, i) => {
      const curvature = runOut.curvature!;
      expect(curvature).toEqual(core[i]);
      expect(curvature.every).toBe(1);
      const along = curvatureAlongRun(scenario.problem, results[i]!.trajectory)!;
      expect(curvature.lambdaMax).toEqual(along.lambdaMax);
      expect(curvature.lambdaMin).toEqual(along.lambdaMin);
      expect(curvature.step).toEqual(Array.from({ length: 41 }, (_, k) => k));
      // Rosenbrock at its start (−1.5, 2): H = [[1200x² − 400y + 2, −400x], [−400x, 200]].
      expect(curvature.lambdaMax[0]).toBeCloseTo(
        (1902 + 200 + Math.hypot(1902 - 200, 2 * 600)) / 2,
        9,
      );
    });
    // GD has no preconditioner; Adam's preconditioned sharpness has one value per step.
    expect(output.runs[0]!.curvature!.preconditionedLambdaMax).toBeUndefined();
    expect(output.runs[1]!.curvature!.preconditionedLambdaMax).toHaveLength(41);
  });

  it('a typed formula: its symbolic second derivatives', () => {
    const { code, stdout } = runCli([
      'run',
      '?v=1&p=expression(expr=3*x%5E2%2By%5E2)&o=gd(lr=0.01)&n=2',
      '--curvature',
    ]);
    expect(code).toBe(0);
    const { runs } = JSON.parse(stdout) as Output;
    expect(runs[0]!.curvature).toEqual({
      every: 1,
      step: [0, 1, 2],
      lambdaMax: [6, 6, 6],
      lambdaMin: [2, 2, 2],
    });
  });

  it('a model: every 10th step by default, λmax and the top 3, no λmin', () => {
    const link = '?v=1&p=mlp(layers=6-4)&o=gd(lr=0.5)&o=rmsprop(lr=0.01)&n=25';
    const { code, stdout, stderr } = runCli(['run', link, '--curvature']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const { runs } = JSON.parse(stdout) as Output;
    const core = coreCurvature(link);
    runs.forEach((runOut, i) => {
      const curvature = runOut.curvature!;
      expect(curvature).toEqual(core[i]);
      expect(curvature.every).toBe(10);
      expect(curvature.step).toEqual([0, 10, 20]);
      expect(curvature).not.toHaveProperty('lambdaMin');
      expect(curvature.top!.map((top) => top[0])).toEqual(curvature.lambdaMax);
    });
    expect(runs[0]!.curvature).not.toHaveProperty('preconditionedLambdaMax');
    expect(runs[1]!.curvature!.preconditionedLambdaMax).toHaveLength(3);
  });

  it.each([['--curvature-every', '4'], ['--curvature-every=4']])(
    '%s sets a model’s sampling',
    (...flag) => {
      const link = '?v=1&p=logistic-regression&o=adam(lr=0.1)&n=9';
      const { code, stdout } = runCli(['run', link, '--curvature', ...flag.filter(Boolean)]);
      expect(code).toBe(0);
      const curvature = (JSON.parse(stdout) as Output).runs[0]!.curvature!;
      expect(curvature.every).toBe(4);
      expect(curvature.step).toEqual([0, 4, 8]);
      expect(curvature).toEqual(coreCurvature(link, 4)[0]);
    },
  );

  it('without the flag the output has no curvature', () => {
    const { stdout } = runCli(['run', '?v=1&n=2']);
    expect(stdout).not.toContain('curvature');
  });

  it.each([
    [['run', '?v=1&n=3', '--curvature', '--summary'], 'only with the JSON output'],
    [['run', '?v=1&n=3', '--curvature', '--format', 'csv'], 'only with the JSON output'],
    [['run', '?v=1&n=3', '--curvature-every', '5'], '--curvature-every: only with --curvature'],
    ...['0', '-3', '2.5', 'ten', '1e3', '2000000'].map((k) => [
      ['run', '?v=1&p=mlp&n=3', '--curvature', '--curvature-every', k],
      `--curvature-every: must be a whole number of steps from 1 to 1000000, got ${k}`,
    ]),
    [
      ['run', '?v=1&p=mlp&n=3', '--curvature', '--curvature-every'],
      '--curvature-every: must be a whole number of steps from 1 to 1000000, got nothing',
    ],
  ] as [string[], string][])('refuses %j with exit 2 and one line', (args, message) => {
    const { code, stdout, stderr } = runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
