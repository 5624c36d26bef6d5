import { describe, expect, it } from 'vitest';
import {
  chartAxis,
  chartDomain,
  chartTicks,
  chartYScale,
  formatAxisReading,
  formatAxisValue,
} from '../../src/plot/chart-scale';

describe('the accuracy axis', () => {
  const spec = chartAxis('accuracy', null);

  it('is a percent axis over the whole 0–1 range whatever the values', () => {
    expect(spec).toMatchObject({ kind: 'percent', label: 'accuracy', offset: 0 });
    const series = [{ values: Float64Array.of(0.5, 0.93), indices: [0, 1] }];
    expect(chartDomain(spec, series)).toEqual([0, 1]);
    expect(chartDomain(spec, [])).toEqual([0, 1]);
  });

  it('maps linearly: 50% is half way up', () => {
    const y = chartYScale(spec, [0, 1], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(0.5)).toBe(100);
    expect(y(1)).toBe(0);
  });

  it('ticks every 25%, or every 50% when short', () => {
    expect(chartTicks(spec, [0, 1], 6)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(chartTicks(spec, [0, 1], 3)).toEqual([0, 0.5, 1]);
  });

  it('labels ticks and read-outs as percentages', () => {
    expect(formatAxisValue(spec, 0.75)).toBe('75%');
    expect(formatAxisReading(spec, 0.9651)).toBe('96.5%');
    expect(formatAxisReading(spec, NaN)).toBe('—');
  });

  it('leaves the other axes as they were', () => {
    const loss = chartAxis('loss', 0);
    expect(formatAxisValue(loss, 1e-6)).toBe('10⁻⁶');
    expect(formatAxisReading(loss, 0.5)).toBe('0.5');
  });
});
