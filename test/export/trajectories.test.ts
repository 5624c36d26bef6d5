import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/cli/format';
import { run } from '../../src/core/run';
import { csvText } from '../../src/export/safe-text';
import { trajectoriesCsv, trajectoriesJson } from '../../src/export/trajectories';
import { rosenbrockFromFirstStart } from '../helpers';

const scenario = rosenbrockFromFirstStart(20, [
  { type: 'gd', lr: 0.001 },
  { type: 'adam', lr: 0.1, label: 'Adam, "fast"' },
]);

describe('trajectoriesJson', () => {
  it('is exactly the CLI JSON output, which parses to one entry per run', () => {
    const results = run(scenario);
    const text = trajectoriesJson(results);
    expect(text).toBe([...formatJson(results)].join(''));
    const parsed = JSON.parse(text) as { runs: { trajectory: number[][]; loss: number[] }[] };
    expect(parsed.runs).toHaveLength(2);
    expect(parsed.runs[0]!.trajectory).toHaveLength(21);
    expect(parsed.runs[0]!.trajectory[0]).toEqual([-1.5, 2]);
  });
});

describe('trajectoriesCsv', () => {
  const results = run(scenario);
  const names = ['Gradient descent', 'Adam, "fast"'];

  it('has a header and one row per run and step: (steps + 1) × runs rows', () => {
    const lines = [...trajectoriesCsv(results, { names })].join('').trimEnd().split('\n');
    expect(lines[0]).toBe('run,label,optimizer,step,x,y,loss,grad_norm,lr');
    expect(lines).toHaveLength(1 + 21 * 2);
    expect(lines[1]).toBe(
      `0,Gradient descent,gd,0,-1.5,2,${results[0]!.loss[0]},${results[0]!.gradNorm[0]},0.001`,
    );
  });

  it('quotes a name holding a comma or quotes, and leaves lr empty on the last point', () => {
    const lines = [...trajectoriesCsv(results, { names })].join('').trimEnd().split('\n');
    const last = lines[lines.length - 1]!;
    expect(last.startsWith('1,"Adam, ""fast""",adam,20,')).toBe(true);
    expect(last.endsWith(',')).toBe(true);
  });

  it('for a model writes plane coordinates, says so in a comment first, and adds accuracy', () => {
    const plane = results.map((r) => ({ ...r, trajectory: r.trajectory.map((v) => v * 10) }));
    const accuracy = results.map((r) => new Float64Array(r.loss.length).fill(0.5));
    const text = [
      ...trajectoriesCsv(results, {
        names,
        plane: { results: plane, axes: ['PC 1', 'PC 2'], parameters: 337 },
        accuracy,
      }),
    ].join('');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^# 337 parameters per point: the columns pc1 and pc2 are/);
    expect(lines[1]).toBe('run,label,optimizer,step,pc1,pc2,loss,grad_norm,lr,accuracy');
    expect(lines[2]!.split(',').slice(4, 6)).toEqual(['-15', '20']);
    expect(lines[2]!.endsWith(',0.5')).toBe(true);
  });
});

describe('csvText', () => {
  it('quotes only what needs quoting (RFC 4180)', () => {
    expect(csvText('Adam')).toBe('Adam');
    expect(csvText('a,b')).toBe('"a,b"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
  });
});
