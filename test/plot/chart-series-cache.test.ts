import { describe, expect, it } from 'vitest';
import { chartSeries } from '../../src/plot/chart-series';
import { decimate } from '../../src/plot/decimate';

describe('chartSeries reuses the decimation of an unchanged run', () => {
  const values = Float64Array.from({ length: 10_001 }, (_, i) => Math.cos(i / 7) + 1 / (i + 1));
  const run = (v: Float64Array, index = 0) => ({ index, values: v, divergedAt: null });

  it('gives the same indices object for the same values, columns and steps', () => {
    const [a] = chartSeries([run(values)], 300, 10_000);
    const [b] = chartSeries([run(values, 3)], 300, 10_000);
    expect(b!.indices).toBe(a!.indices);
    expect(b!.index).toBe(3);
    expect(Array.from(a!.indices)).toEqual(Array.from(decimate(values, 300, 10_000)));
  });

  it('decimates again for a new array, another width or another number of steps', () => {
    const [a] = chartSeries([run(values)], 300, 10_000);
    const [wider] = chartSeries([run(values)], 301, 10_000);
    const [longer] = chartSeries([run(values)], 301, 20_000);
    const [copy] = chartSeries([run(values.slice())], 301, 20_000);
    expect(wider!.indices).not.toBe(a!.indices);
    expect(Array.from(wider!.indices)).toEqual(Array.from(decimate(values, 301, 10_000)));
    expect(Array.from(longer!.indices)).toEqual(Array.from(decimate(values, 301, 20_000)));
    expect(copy!.indices).not.toBe(longer!.indices);
    expect(Array.from(copy!.indices)).toEqual(Array.from(longer!.indices));
  });
});
