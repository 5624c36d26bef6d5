/**
 * The CLI on a classifier on a table (issue 22): the process loads the shipped data set from
 * public/data/, runs as run() does, and prints the held-out scores in JSON, CSV and the summary;
 * `export` writes a script that reads the shipped file.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataSets } from '../../src/cli/data-files';
import { run } from '../../src/core/run';
import { validateScenario } from '../../src/scenario/validate';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const LINK = '?p=softmax-mlp(layers=8,data=(set=wine),split=(test=0.2))&n=30&o=adam(lr=0.02)';

function cli(args: string[]) {
  const result = spawnSync(TSX, ['src/cli/main.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => loadDataSets(['wine']));

describe('the CLI on a table classifier', () => {
  it('prints the runs with their scores, as run() computes them', () => {
    const { code, stdout, stderr } = cli(['run', LINK]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as {
      runs: {
        loss: number[];
        scores: {
          accuracy: number[];
          validationLoss: number[];
          validationAccuracy: number[];
          test: { loss: number; accuracy: number };
        };
      }[];
    };
    const checked = validateScenario({
      problem: { type: 'softmax-mlp', hidden: [8], data: { set: 'wine' }, split: { test: 0.2 } },
      steps: 30,
      optimizers: [{ type: 'adam', lr: 0.02 }],
    });
    if (!checked.ok) throw new Error('invalid');
    const want = run(checked.scenario)[0]!;
    const got = output.runs[0]!;
    expect(got.loss).toEqual([...want.loss]);
    expect(got.scores.validationLoss).toEqual([...want.scores!.validationLoss!]);
    expect(got.scores.validationAccuracy).toEqual([...want.scores!.validationAccuracy!]);
    expect(got.scores.accuracy).toEqual([...want.scores!.accuracy]);
    expect(got.scores.test).toEqual(want.scores!.test);
  });

  it('adds the scores to the CSV and the summary', () => {
    const csv = cli(['run', LINK, '--format', 'csv']);
    expect(csv.code).toBe(0);
    const [header, first] = csv.stdout.split('\n');
    expect(header).toMatch(/,loss,grad_norm,lr,accuracy,validation_loss,validation_accuracy$/);
    expect(first!.split(',')).toHaveLength(header!.split(',').length);
    const summary = cli(['run', LINK, '--summary']);
    const runs = (JSON.parse(summary.stdout) as { runs: { scores: { test: unknown } }[] }).runs;
    expect(runs[0]!.scores.test).toEqual({
      loss: expect.any(Number) as number,
      accuracy: expect.any(Number) as number,
    });
  });

  it('exports a script that reads the shipped file', () => {
    const { code, stdout } = cli(['export', '--target', 'numpy', LINK]);
    expect(code).toBe(0);
    expect(stdout).toContain('DATA_FILE = "wine.csv.gz"');
    expect(stdout).toContain('M. Forina et al. (1988), Wine');
  });
});
