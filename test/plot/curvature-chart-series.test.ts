/**
 * The Curvature chart's pure parts: each run's limit per step under a schedule
 * (src/plot/stability-line.ts), its label, the series and their axis (curvature-series.ts), and
 * the placing of the limits' labels (limit-labels.ts).
 */
import { describe, expect, it } from 'vitest';
import { stabilityLimit } from '../../src/core/curvature/stability';
import { lrSequenceOf } from '../../src/core/schedules';
import {
  curvatureAt,
  curvatureAxis,
  curvatureSeries,
  limitSeries,
  limitShown,
  sampleIndex,
  shownSharpness,
  snapStep,
} from '../../src/plot/curvature-series';
import { placeLabels } from '../../src/plot/limit-labels';
import { formatFactor, limitLabel, stabilityLine } from '../../src/plot/stability-line';
import type { CurvatureData } from '../../src/engine/worker-curvature';
import type { OptimizerSpec } from '../../src/scenario/types';

const data = (every: number, lambdaMax: number[], preconditioned: number[] | null = null) =>
  ({
    every,
    step: Int32Array.from(lambdaMax, (_, i) => i * every),
    lambdaMax: Float64Array.from(lambdaMax),
    preconditioned: preconditioned && Float64Array.from(preconditioned),
  }) satisfies CurvatureData;

describe('stabilityLine', () => {
  it('gives gradient descent 2/α at every step, and heavy ball 2(1 + μ)/α', () => {
    const gd = stabilityLine({ type: 'gd', lr: 0.45 }, 5);
    expect(gd.on).toBe('hessian');
    expect([...gd.limit]).toEqual(new Array(5).fill(2 / 0.45));
    expect([...gd.factor]).toEqual(new Array(5).fill(2));
    const heavy = stabilityLine({ type: 'momentum', lr: 0.1, momentum: 0.9 }, 3);
    expect(heavy.limit[0]).toBeCloseTo(38, 12);
    expect(heavy.factor[2]).toBeCloseTo(3.8, 12);
  });

  it('follows a step schedule: the limit doubles when α halves', () => {
    const spec: OptimizerSpec = {
      type: 'gd',
      lr: 0.2,
      schedule: { type: 'step', stepSize: 3, gamma: 0.5 },
    };
    const line = stabilityLine(spec, 7);
    expect([...line.lr]).toEqual([0.2, 0.2, 0.2, 0.1, 0.1, 0.1, 0.05]);
    expect([...line.limit]).toEqual([10, 10, 10, 20, 20, 20, 40]);
  });

  it('is stabilityLimit at each step’s lr and cycled β1 under one-cycle (Adam)', () => {
    const spec: OptimizerSpec = {
      type: 'adam',
      lr: 0.01,
      schedule: { type: 'one-cycle', cycleMomentum: true, baseMomentum: 0.85, maxMomentum: 0.95 },
    };
    const steps = 50;
    const line = stabilityLine(spec, steps);
    const { lr, momentum } = lrSequenceOf(spec, steps);
    expect(line.on).toBe('preconditioned');
    for (let k = 0; k < steps; k++)
      expect(line.limit[k]).toBe(stabilityLimit(spec, lr[k]!, momentum![k]).limit);
    // β1 from 0.95 down to 0.85 and back while α rises and falls: the factor is not constant.
    expect(Math.max(...line.factor) - Math.min(...line.factor)).toBeGreaterThan(10);
  });

  it('follows NAdam’s momentum schedule μₜ: its limit at step k is that of PyTorch’s step k + 1', () => {
    const spec: OptimizerSpec = { type: 'nadam', lr: 0.01 };
    const line = stabilityLine(spec, 300);
    for (const k of [0, 1, 50, 299])
      expect(line.limit[k]).toBe(stabilityLimit(spec, 0.01, undefined, k + 1).limit);
    // μₜ grows towards β1 over thousands of steps: the limit rises towards the late-training
    // 2(1 + β1)/((1 − β1)(1 + 2β1))/α ≈ 13.6/α (stability.ts, `ema-nesterov`).
    expect(line.limit[299]!).toBeGreaterThan(line.limit[0]!);
    expect(line.limit[299]!).toBeLessThan(stabilityLimit(spec, 0.01).limit);
  });

  it('lowers SGD’s limit by its coupled weight decay, and says so in the label', () => {
    const line = stabilityLine({ type: 'gd', lr: 0.1, weightDecay: 0.5 }, 2);
    expect(line.decay).toBeCloseTo(0.5, 12);
    expect(line.limit[0]).toBeCloseTo(19.5, 12);
    expect(limitLabel(line.factor[0]!, line.decay, line.limit[0]!)).toBe('2/α − 0.5 = 19.5');
  });

  it('has no limit for Lion', () => {
    const line = stabilityLine({ type: 'lion', lr: 1e-3 }, 10);
    expect(line.on).toBeNull();
    expect(line.limit).toHaveLength(0);
  });

  it('is the same object for the same spec and steps (the store replaces a spec it changes)', () => {
    const spec: OptimizerSpec = { type: 'gd', lr: 0.1 };
    expect(stabilityLine(spec, 10)).toBe(stabilityLine(spec, 10));
    expect(stabilityLine(spec, 11)).not.toBe(stabilityLine(spec, 10));
  });
});

describe('limitLabel', () => {
  it('writes the factor over α and the value, three significant digits', () => {
    expect(limitLabel(2, 0, 2 / 0.45)).toBe('2/α = 4.44');
    expect(limitLabel(38, 0, 760)).toBe('38/α = 760');
    expect(formatFactor(2 * 1.9)).toBe('3.8');
    expect(formatFactor((2 * 1.9) / 2.8)).toBe('1.36');
  });
});

describe('shownSharpness and limitShown', () => {
  const adam: OptimizerSpec = { type: 'adam', lr: 0.01 };
  const gd: OptimizerSpec = { type: 'gd', lr: 0.01 };
  it('shows an adaptive run’s preconditioned λ in its own view, the Hessian’s otherwise', () => {
    expect(shownSharpness(adam, 'own', data(1, [1], [2]))).toBe('preconditioned');
    expect(shownSharpness(adam, 'hessian', data(1, [1], [2]))).toBe('hessian');
    expect(shownSharpness(adam, 'own', data(1, [1]))).toBe('hessian');
    expect(shownSharpness(gd, 'own', data(1, [1]))).toBe('hessian');
    expect(shownSharpness({ type: 'lion', lr: 1e-3 }, 'own', null)).toBe('hessian');
  });

  it('draws a limit only against the λ it bounds', () => {
    expect(limitShown(stabilityLine(adam, 3), 'preconditioned')).toBe(true);
    expect(limitShown(stabilityLine(adam, 3), 'hessian')).toBe(false);
    expect(limitShown(stabilityLine(gd, 3), 'hessian')).toBe(true);
    expect(limitShown(stabilityLine({ type: 'lion', lr: 1e-3 }, 3), 'hessian')).toBe(false);
  });
});

describe('curvatureSeries', () => {
  it('keeps a model’s values at their own steps, every k', () => {
    const series = curvatureSeries(
      {
        index: 2,
        data: data(10, [1, 2, 3, 4]),
        sharpness: 'hessian',
        divergedAt: null,
        fresh: true,
      },
      400,
      30,
    );
    expect(series.every).toBe(10);
    expect([...series.steps]).toEqual([0, 10, 20, 30]);
    expect([...series.indices]).toEqual([0, 1, 2, 3]);
    expect(series.index).toBe(2);
  });

  it('plots the preconditioned λ when asked and the data has it', () => {
    const run = data(1, [4, 4], [100, 200]);
    const shown = (sharpness: 'hessian' | 'preconditioned') => [
      ...curvatureSeries({ index: 0, data: run, sharpness, divergedAt: null, fresh: true }, 100, 1)
        .values,
    ];
    expect(shown('preconditioned')).toEqual([100, 200]);
    expect(shown('hessian')).toEqual([4, 4]);
  });

  it('decimates a long run to its pixel columns, breaks at a non-finite value', () => {
    const values = Array.from({ length: 10_001 }, (_, i) => (i === 5000 ? NaN : 1 + (i % 7)));
    const series = curvatureSeries(
      { index: 0, data: data(1, values), sharpness: 'hessian', divergedAt: null, fresh: true },
      100,
      10_000,
    );
    expect(series.indices.length).toBeLessThanOrEqual(4 * 100 + 4);
    expect(series.gaps).toEqual([{ from: 5000, to: 5000, value: NaN }]);
    expect([...series.breaks].filter(Boolean)).toHaveLength(1);
  });

  it('limitSeries is the limit per step, decimated', () => {
    const line = stabilityLine({ type: 'gd', lr: 0.5 }, 4);
    const limit = limitSeries(1, line, 100);
    expect([...limit.values]).toEqual([4, 4, 4, 4]);
    expect([...limit.indices]).toEqual([0, 1, 2, 3]);
  });
});

describe('curvatureAxis', () => {
  const series = (values: number[]) => ({
    values: Float64Array.from(values),
    indices: Int32Array.from(values, (_, i) => i),
  });
  it('is log while every value drawn is positive', () => {
    expect(curvatureAxis('λmax', [series([4, 0.2]), series([4.44])]).kind).toBe('log');
  });
  it('turns symlog for a negative or zero λmax (a maximum, a flat region), or a negative limit', () => {
    expect(curvatureAxis('λmax', [series([4, -2])]).kind).toBe('symlog');
    expect(curvatureAxis('λmax', [series([0, 1])]).kind).toBe('symlog');
    expect(curvatureAxis('λmax', [series([1]), series([-0.5])]).kind).toBe('symlog');
  });
  it('ignores values that are not drawn (NaN, not among the kept indices)', () => {
    const kept = { values: Float64Array.of(-1, 2, NaN), indices: Int32Array.of(1, 2) };
    expect(curvatureAxis('λmax', [kept]).kind).toBe('log');
  });
});

describe('curvatureAt, sampleIndex and snapStep', () => {
  const series = {
    steps: Int32Array.of(0, 10, 20),
    values: Float64Array.of(1, 2, 3),
    divergedAt: null,
  };
  it('reads the last sample at or before a step', () => {
    expect(sampleIndex(series.steps, -1)).toBe(-1);
    expect(sampleIndex(series.steps, 0)).toBe(0);
    expect(sampleIndex(series.steps, 19)).toBe(1);
    expect(sampleIndex(series.steps, 500)).toBe(2);
    expect(curvatureAt(series, 15)).toEqual({ value: 2, step: 10, status: 'ok' });
    expect(
      curvatureAt({ ...series, steps: Int32Array.of(), values: Float64Array.of() }, 3).status,
    ).toBe('pending');
  });
  it('says diverged from the divergence on', () => {
    expect(curvatureAt({ ...series, divergedAt: 25 }, 30)).toMatchObject({
      value: 3,
      status: 'diverged',
    });
    expect(curvatureAt({ ...series, divergedAt: 25 }, 24).status).toBe('ok');
  });
  it('snaps a pointer to the nearest sample of a model', () => {
    expect(snapStep(14, 10)).toBe(10);
    expect(snapStep(15, 10)).toBe(20);
    expect(snapStep(14.4, 1)).toBe(14);
  });
});

describe('placeLabels', () => {
  const label = (index: number, y: number, text = `L${index}`) => ({
    index,
    text,
    color: '#000',
    y,
  });
  it('pushes labels apart to 14 px and keeps them on the plot', () => {
    const placed = placeLabels([label(0, 50), label(1, 52), label(2, 200)], 100);
    expect(placed.map((l) => l.y)).toEqual([50, 64, 96]);
  });
  it('draws a label equal to another at the same height once', () => {
    expect(placeLabels([label(0, 40, '2/α = 4'), label(1, 40.3, '2/α = 4')], 100)).toHaveLength(1);
  });
  it('moves labels pushed past the bottom back up, keeping their gaps', () => {
    const placed = placeLabels([label(0, 90), label(1, 95), label(2, 99)], 100);
    expect(placed.map((l) => l.y)).toEqual([68, 82, 96]);
  });
});
