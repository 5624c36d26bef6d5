// `descent run --curvature` (issue 20, point 4): every step's λmax and λmin of a 2-parameter
// problem beside each run, and a clear refusal where it is not computed yet (models).
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { curvatureAlongRun } from '../../src/core/curvature/along-run';
import { run } from '../../src/core/run';
import { decodeLink } from '../../src/url/codec';

type Output = {
  runs: {
    loss: number[];
    curvature?: { step: number[]; lambdaMax: number[]; lambdaMin: number[] };
  }[];
};

describe('descent run --curvature', () => {
  it('adds each step’s λmax and λmin of the run’s own points, as the core computes them', () => {
    const link = '?v=1&p=rosenbrock&o=gd(lr=0.001)&o=adam(lr=0.05)&n=40';
    const { code, stdout, stderr } = runCli(['run', link, '--curvature']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const output = JSON.parse(stdout) as Output;
    const scenario = decodeLink(link).state.scenario;
    const results = run(scenario);
    output.runs.forEach((runOut, i) => {
      const want = curvatureAlongRun(scenario.problem, results[i]!.trajectory)!;
      expect(runOut.curvature).toEqual(want);
      expect(runOut.curvature!.step).toEqual(Array.from({ length: 41 }, (_, k) => k));
      // Rosenbrock at its start (−1.5, 2): H = [[1200x² − 400y + 2, −400x], [−400x, 200]].
      expect(runOut.curvature!.lambdaMax[0]).toBeCloseTo(
        (1902 + 200 + Math.hypot(1902 - 200, 2 * 600)) / 2,
        9,
      );
    });
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
      step: [0, 1, 2],
      lambdaMax: [6, 6, 6],
      lambdaMin: [2, 2, 2],
    });
  });

  it('without the flag the output has no curvature', () => {
    const { stdout } = runCli(['run', '?v=1&n=2']);
    expect(stdout).not.toContain('curvature');
  });

  it.each([
    [['run', '?v=1&p=mlp&n=3', '--curvature'], 'only for problems of 2 parameters so far'],
    [['run', '?v=1&n=3', '--curvature', '--summary'], 'only with the JSON output'],
    [['run', '?v=1&n=3', '--curvature', '--format', 'csv'], 'only with the JSON output'],
  ])('refuses %j with exit 2 and one line', (args, message) => {
    const { code, stdout, stderr } = runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
