import { describe, expect, it } from 'vitest';
import { chartSeries, linePath, valueAt } from '../../src/plot/chart-series';

const identity = (v: number) => v;

describe('linePath', () => {
  it('draws the kept points in screen coordinates, rounded to 0.01 px', () => {
    const values = Float64Array.of(10, 5.123456, 2, 1);
    expect(linePath(values, [0, 1, 3], (i) => i * 10, identity)).toBe('M0,10L10,5.12L30,1');
  });

  it('is empty without points and a dot for a single one', () => {
    expect(linePath(Float64Array.of(), [], identity, identity)).toBe('');
    expect(linePath(Float64Array.of(3), [0], identity, identity)).toBe('M0,3h0.01');
  });

  it('clamps coordinates far off the plot', () => {
    expect(linePath(Float64Array.of(1e300), [0], identity, identity)).toBe('M0,1000000h0.01');
  });
});

describe('chartSeries', () => {
  it('decimates each run to the pixel columns and keeps its index and divergence', () => {
    const long = Float64Array.from({ length: 100_001 }, (_, i) => 1 / (1 + i));
    const short = Float64Array.of(1, 10, 1000);
    const [a, b] = chartSeries(
      [
        { index: 0, values: long, divergedAt: null },
        { index: 2, values: short, divergedAt: 3 },
      ],
      200,
      100_000,
    );
    expect(a!.index).toBe(0);
    expect(a!.indices.length).toBeLessThanOrEqual(800);
    expect(a!.indices[a!.indices.length - 1]).toBe(100_000);
    expect(b).toMatchObject({ index: 2, divergedAt: 3 });
    expect(Array.from(b!.indices)).toEqual([0, 1, 2]);
  });
});

describe('valueAt', () => {
  const run = { values: Float64Array.of(4, 3, 2), divergedAt: null };

  it('reads the value at a step', () => {
    expect(valueAt(run, 1)).toEqual({ value: 3, status: 'ok' });
  });

  it('says where a run diverged or where results do not reach yet', () => {
    expect(valueAt({ ...run, divergedAt: 3 }, 7)).toEqual({ value: 2, status: 'diverged' });
    expect(valueAt(run, 7)).toEqual({ value: 2, status: 'pending' });
    expect(valueAt({ values: Float64Array.of(), divergedAt: 0 }, 0).status).toBe('diverged');
  });
});
