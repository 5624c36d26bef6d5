import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { inspectStep } from '../../src/core/inspect';
import type { OptimizerSpec } from '../../src/scenario/types';
import { inspectorRows, inspectorScalars } from '../../src/ui/inspector/rows';
import { scenarioOn } from '../helpers';

const inspect = (spec: OptimizerSpec, step = 3) =>
  inspectStep(scenarioOn('rosenbrock', [spec], { start: [-1.5, 2], steps: 20 }), 0, step)!;
const keys = (spec: OptimizerSpec, step?: number) =>
  inspectorRows(inspect(spec, step)).map((r) => r.key);

describe('inspectorRows: the table of a step', () => {
  it('Adam: g, m, v, m̂, v̂, the denominator, then Δθ and |Δθ/g|', () => {
    expect(keys({ type: 'adam', lr: 0.05 })).toEqual([
      'grad',
      'm',
      'v',
      'mHat',
      'vHat',
      'denom',
      'delta',
      'effectiveLr',
    ]);
  });

  it('shows g + λθ only with L2 decay, and AdamW’s decoupled αλθ instead', () => {
    expect(keys({ type: 'adam', lr: 0.05, weightDecay: 0.1 })).toContain('gradUsed');
    const adamw = keys({ type: 'adamw', lr: 0.05, weightDecay: 0.1 });
    expect(adamw).not.toContain('gradUsed');
    expect(adamw).toContain('decay');
  });

  it('has the rows of each rule: GD only g and the step, Lion its sign, AMSGrad v_max', () => {
    expect(keys({ type: 'gd', lr: 1e-3 })).toEqual(['grad', 'delta', 'effectiveLr']);
    expect(keys({ type: 'lion', lr: 0.01 })).toEqual([
      'grad',
      'c',
      'sign',
      'm',
      'delta',
      'effectiveLr',
    ]);
    expect(keys({ type: 'amsgrad', lr: 0.05 })).toContain('vmax');
    expect(keys({ type: 'rmsprop', lr: 0.01, centered: true, momentum: 0.5 })).toEqual([
      'grad',
      'buf',
      'v',
      'gradAvg',
      'denom',
      'delta',
      'effectiveLr',
    ]);
  });

  it('the values are the inspection’s own, and a state row carries its values before the step', () => {
    const ins = inspect({ type: 'adam', lr: 0.05 });
    const rows = inspectorRows(ins);
    const m = rows.find((r) => r.key === 'm')!;
    expect(m.values).toEqual(ins.after.buffers.exp_avg);
    expect(m.before).toEqual(ins.before.buffers.exp_avg);
    expect(rows.find((r) => r.key === 'delta')!.values).toEqual(ins.delta);
    // Heavy ball's buffer does not exist before the first step: it was 0 in effect.
    const first = inspectorRows(inspect({ type: 'momentum', lr: 5e-4, momentum: 0.9 }, 0));
    expect(first.find((r) => r.key === 'buf')!.before).toEqual([0, 0]);
  });

  it('every row label typesets with KaTeX', () => {
    const specs: OptimizerSpec[] = [
      { type: 'adagrad', lr: 0.3 },
      { type: 'adadelta', lr: 1 },
      { type: 'radam', lr: 0.01 },
      { type: 'nadam', lr: 0.05 },
      { type: 'nesterov', lr: 5e-4 },
      { type: 'adamax', lr: 0.05 },
    ];
    for (const spec of specs)
      for (const row of [
        ...inspectorRows(inspect(spec, 10)),
        ...inspectorScalars(inspect(spec, 10)),
      ])
        expect(() => katex.renderToString(row.tex, { throwOnError: true })).not.toThrow();
  });
});

describe('inspectorScalars: the per-step numbers', () => {
  it('α of the step and t always; the bias corrections for Adam; μ/β1 under one-cycle', () => {
    const adam = inspectorScalars(inspect({ type: 'adam', lr: 0.05 }));
    expect(adam.map((s) => s.key)).toEqual(['lr', 't', 'bc1', 'bc2']);
    expect(adam[0]!.value).toBe(0.05);
    expect(adam[1]!.value).toBe(4);
    const cycled = inspectorScalars(
      inspect({ type: 'adam', lr: 0.05, schedule: { type: 'one-cycle' } }),
    );
    expect(cycled.find((s) => s.key === 'cycled')!.plain).toBe('β1');
    expect(cycled[0]!.value).toBeLessThan(0.05); // one-cycle starts at max_lr / 25
  });
});
