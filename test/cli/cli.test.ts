import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/run';
import { decodeLink } from '../../src/url/codec';
import { rosenbrockFromFirstStart } from '../helpers';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'descent-cli-'));

/** Runs the CLI as `npm run --silent cli -- …` does, with optional stdin. */
function cli(args: string[], input?: string) {
  const result = spawnSync(TSX, ['src/cli/main.ts', ...args], {
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const scenario = rosenbrockFromFirstStart(20, [
  { type: 'gd', lr: 0.001 },
  { type: 'adam', lr: 0.05, schedule: { type: 'cosine', tMax: 20, etaMin: 0.001 } },
]);

describe('the CLI', () => {
  it('run FILE prints the runs as JSON, exactly what run() computes', () => {
    const { code, stdout, stderr } = cli(['run', file('ok.json', scenario)]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const output = JSON.parse(stdout) as {
      runs: {
        optimizer: object;
        trajectory: number[][];
        loss: number[];
        lr: number[];
        divergedAt: null;
      }[];
    };
    const expected = run(scenario);
    expect(output.runs).toHaveLength(2);
    output.runs.forEach((r, i) => {
      expect(Object.keys(r)).toEqual(['optimizer', 'trajectory', 'loss', 'lr', 'divergedAt']);
      expect(r.trajectory.flat()).toEqual(Array.from(expected[i]!.trajectory));
      expect(r.loss).toEqual(Array.from(expected[i]!.loss));
      expect(r.lr).toEqual(Array.from(expected[i]!.lr));
      expect(r.divergedAt).toBeNull();
    });
    expect(output.runs[1]!.optimizer).toMatchObject({
      type: 'adam',
      lr: 0.05,
      beta1: 0.9,
      beta2: 0.999,
      eps: 1e-8,
    });
  });

  it('computes exactly what a link shows, given the link or its query string', () => {
    const query =
      '?v=1&p=himmelblau(noise=0.3)&x0=0,0&n=40&seed=5&o=adam(lr=0.05)&o=nesterov(lr=0.01)';
    const expected = JSON.parse(
      JSON.stringify(run(decodeLink(query).state.scenario).map((r) => Array.from(r.trajectory))),
    );
    for (const link of [`https://descent.example/app/${query}#x`, query]) {
      const { code, stdout, stderr } = cli(['run', link]);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      const runs = JSON.parse(stdout).runs as { trajectory: number[][] }[];
      expect(runs.map((r) => r.trajectory.flat())).toEqual(expected);
    }
  });

  it('reads a link as leniently as the app and warns on stderr of what it ignored', () => {
    const { code, stdout, stderr } = cli(['run', '?n=1e9&o=gd(lr=NaN)', '--summary']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^descent: warning: n: .*clamped to 1000000$/m);
    expect(stderr).toMatch(/^descent: warning: o \(run 1\) lr: .*NaN/m);
    expect(JSON.parse(stdout).runs).toHaveLength(1);
  });

  it('reads the scenario from stdin with -', () => {
    const { code, stdout } = cli(['run', '-'], JSON.stringify(scenario));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).runs[0].trajectory[0]).toEqual([-1.5, 2]);
  });

  it('--format csv prints one row per run and step', () => {
    const { code, stdout } = cli(['run', file('ok.json', scenario), '--format', 'csv']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('run,optimizer,step,x,y,loss,grad_norm,lr');
    expect(lines).toHaveLength(1 + 2 * 21);
    expect(lines[1]).toMatch(/^0,gd,0,-1\.5,2,12\.5,[\d.]+,0\.001$/);
    expect(lines[42]).toMatch(/^1,adam,20,/);
    expect(lines[42]!.endsWith(',')).toBe(true); // no step leaves the last point
  });

  it('--summary prints per run the final point and loss, divergedAt and the core’s steps per second', () => {
    const { code, stdout } = cli(['run', file('ok.json', scenario), '--summary']);
    expect(code).toBe(0);
    const { runs } = JSON.parse(stdout) as { runs: Record<string, unknown>[] };
    const expected = run(scenario);
    expect(runs[0]!.final).toEqual(Array.from(expected[0]!.trajectory.subarray(40, 42)));
    expect(runs[0]!.finalLoss).toBe(expected[0]!.loss[20]);
    expect(runs[0]!.divergedAt).toBeNull();
    expect(runs[0]!.stepsPerSecond).toBeGreaterThan(0);
  });

  it('reports a diverged run with divergedAt and only its valid points', () => {
    const diverging = {
      ...scenario,
      problem: { type: 'function', name: 'booth' },
      start: [-5, -5],
      steps: 500,
      optimizers: [{ type: 'gd', lr: 0.2 }],
    };
    const { code, stdout } = cli(['run', file('div.json', diverging)]);
    expect(code).toBe(0);
    const [r] = JSON.parse(stdout).runs;
    expect(r.divergedAt).toBeGreaterThan(0);
    expect(r.trajectory).toHaveLength(r.divergedAt);
  });

  const BAD: [string, string[], string | undefined, RegExp][] = [
    ['an invalid field', ['run', '-'], JSON.stringify({ ...scenario, optimizers: [{ type: 'adam', lr: 0.1, beta1: 1.5 }] }), /^descent: optimizers\[0\]\.beta1: must be at least 0 and below 1, got 1\.5\n$/],
    ['too many steps', ['run', '-'], JSON.stringify({ ...scenario, steps: 1e9 }), /^descent: steps: must be at least 1 and at most 1000000, got 1000000000\n$/],
    ['malformed JSON', ['run', '-'], '{"problem": ', /^descent: stdin: not valid JSON \(.*\)\n$/],
    ['a missing file', ['run', join(dir, 'nope.json')], undefined, /^descent: .*nope\.json: no such file\n$/],
    ['no command', [], undefined, /^descent: usage: descent run FILE\|-\|LINK .*\n$/],
    ['an unknown option', ['run', '-', '--fast'], '{}', /^descent: unknown option --fast; usage: .*\n$/],
    ['a bad format', ['run', '-', '--format', 'xml'], '{}', /^descent: --format: must be json or csv, got xml\n$/],
    ['several issues (the first named, the rest counted)', ['run', '-'], JSON.stringify({ steps: -1, optimizers: [] }), /^descent: steps: .* \(and 2 more\)\n$/],
  ]; // prettier-ignore

  for (const [name, args, input, expected] of BAD) {
    it(`exits 2 with nothing on stdout and one line on stderr for ${name}`, () => {
      const { code, stdout, stderr } = cli(args, input);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(expected);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});
