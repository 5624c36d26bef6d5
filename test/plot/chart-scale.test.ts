import { describe, expect, it } from 'vitest';
import {
  chartAxis,
  chartDomain,
  chartTicks,
  formatReading,
  formatStep,
  formatTick,
  plotted,
  spacedTicks,
} from '../../src/plot/chart-scale';

const series = (...values: number[]) => ({
  values: Float64Array.from(values),
  indices: values.map((_, i) => i),
});

describe('chartAxis', () => {
  it('plots f − f* on a log axis when f* is known', () => {
    const spec = chartAxis('loss', -1.5);
    expect(spec).toMatchObject({ kind: 'log', label: 'f − f*', offset: -1.5 });
    expect(plotted(spec, 0.5)).toBe(2);
  });

  it('plots f on a symlog axis when f is unbounded below', () => {
    const spec = chartAxis('loss', null);
    expect(spec).toMatchObject({ kind: 'symlog', label: 'f', offset: 0 });
    expect(plotted(spec, -1234)).toBe(-1234);
  });

  it('plots f itself on a log axis when f* is unknown but f ≥ 0 (a model’s cross-entropy)', () => {
    const spec = chartAxis('loss', null, 0);
    expect(spec).toMatchObject({ kind: 'log', label: 'f', offset: 0 });
    expect(plotted(spec, 2e-3)).toBe(2e-3);
    expect(plotted(spec, 0)).toBe(spec.floor);
    // Any other bound is no reason for a log axis.
    expect(chartAxis('loss', null, -1).kind).toBe('symlog');
  });

  it('gives every model whose f* is unknown a lower bound of 0', async () => {
    const { describeProblem } = await import('../../src/core/problems');
    for (const problem of [{ type: 'mlp' as const }, { type: 'logistic-regression' as const }]) {
      const { info } = describeProblem(problem);
      expect([info.fMin, info.fLowerBound]).toEqual([null, 0]);
    }
  });

  it('plots ‖∇f‖ on a log axis whatever f* is', () => {
    expect(chartAxis('gradNorm', null)).toMatchObject({ kind: 'log', label: '‖∇f‖', offset: 0 });
  });

  it('clamps values at or below f* to the floor, so the log stays finite', () => {
    const spec = chartAxis('loss', 0);
    expect(plotted(spec, 0)).toBe(spec.floor);
    expect(plotted(spec, -1e-20)).toBe(spec.floor);
    expect(spec.floor).toBeGreaterThan(0);
    // Near a large f*, differences under a few ulps are noise: the floor scales with |f*|.
    expect(chartAxis('loss', -78.33).floor).toBeGreaterThan(1e-14);
  });
});

describe('chartDomain', () => {
  it('widens a log domain to whole decades', () => {
    const spec = chartAxis('loss', 0);
    expect(chartDomain(spec, [series(0.3, 0.002), series(45)])).toEqual([1e-3, 100]);
  });

  it('gives a single decade value a decade either side', () => {
    expect(chartDomain(chartAxis('gradNorm', 0), [series(10, 10)])).toEqual([1, 100]);
  });

  it('only reads the kept indices', () => {
    const spec = chartAxis('gradNorm', 0);
    const s = { values: Float64Array.of(1e-9, 5, 50), indices: [1, 2] };
    expect(chartDomain(spec, [s])).toEqual([1, 100]);
  });

  it('has a placeholder domain without data', () => {
    expect(chartDomain(chartAxis('loss', 0), [])).toEqual([1e-3, 10]);
    expect(chartDomain(chartAxis('loss', null), [])).toEqual([-10, 10]);
  });

  it('keeps a tight log domain of its own for values within a factor of 5', () => {
    const spec = chartAxis('gradNorm', 0);
    // λmax = 4 between the limits 3.96 and 4.04: drawn apart, not on one decade's hairline.
    const [lo, hi] = chartDomain(spec, [series(4, 4), series(3.96, 4.04)], { tight: true });
    expect(lo).toBeLessThan(3.96);
    expect(lo).toBeGreaterThan(3.8);
    expect(hi).toBeGreaterThan(4.04);
    expect(hi).toBeLessThan(4.2);
    // Wider than a factor of 5, or not asked for: whole decades as before.
    expect(chartDomain(spec, [series(0.5, 4)], { tight: true })).toEqual([0.1, 10]);
    expect(chartDomain(spec, [series(3.96, 4.04)])).toEqual([1, 10]);
  });

  it('extends a symlog domain to powers of ten either side of zero', () => {
    const spec = chartAxis('loss', null);
    expect(chartDomain(spec, [series(2.5, -0.4, -350)])).toEqual([-1000, 10]);
    expect(chartDomain(spec, [series(0.5, 0.2)])).toEqual([0, 1]);
  });

  // Each series' extent is kept by its indices (issue 17): the same series on another axis, or
  // its kept points over other values, is measured again.
  it('measures a series again on another axis or over other values', () => {
    const kept = series(0.5, 20);
    expect(chartDomain(chartAxis('loss', 0), [kept])).toEqual([0.1, 100]);
    expect(chartDomain(chartAxis('loss', 0.49), [kept])).toEqual([0.01, 100]);
    expect(chartDomain(chartAxis('loss', null), [kept])).toEqual([0, 100]);
    const moved = { values: Float64Array.of(3, 4), indices: kept.indices };
    expect(chartDomain(chartAxis('loss', 0), [moved])).toEqual([1, 10]);
    expect(chartDomain(chartAxis('loss', 0), [kept])).toEqual([0.1, 100]);
  });
});

describe('chartTicks', () => {
  it('labels every decade when they fit', () => {
    expect(chartTicks(chartAxis('gradNorm', 0), [1e-3, 10], 6)).toEqual([1e-3, 1e-2, 0.1, 1, 10]);
  });

  it('labels every k-th decade, anchored on 1, when there are too many', () => {
    const ticks = chartTicks(chartAxis('gradNorm', 0), [1e-16, 1e3], 5);
    expect(ticks.length).toBeLessThanOrEqual(5);
    expect(ticks).toContain(1);
    expect(ticks.map((t) => Math.round(Math.log10(t)))).toEqual([-15, -10, -5, 0]);
  });

  it('labels a log domain narrower than a decade with evenly spaced nice ticks', () => {
    expect(chartTicks(chartAxis('gradNorm', 0), [3.88, 4.12], 6)).toEqual([
      3.9, 3.95, 4, 4.05, 4.1,
    ]);
    expect(chartTicks(chartAxis('gradNorm', 0), [0.5, 4], 6)).toEqual([1, 2, 3, 4]);
    expect(chartTicks(chartAxis('gradNorm', 0), [0.5, 4], 3).length).toBeLessThanOrEqual(3);
  });

  it('labels 0 and powers of ten on a symlog axis', () => {
    expect(chartTicks(chartAxis('loss', null), [-100, 10], 8)).toEqual([-100, -10, -1, 0, 1, 10]);
  });
});

describe('formats', () => {
  it('formatTick writes small and large powers of ten with superscripts', () => {
    expect(formatTick(1e-6)).toBe('10⁻⁶');
    expect(formatTick(1e12)).toBe('10¹²');
    expect(formatTick(0.01)).toBe('0.01');
    expect(formatTick(1000)).toBe('1000');
    expect(formatTick(-1e5)).toBe('−10⁵');
    expect(formatTick(0)).toBe('0');
  });

  it('formatStep abbreviates thousands and millions', () => {
    expect(formatStep(0)).toBe('0');
    expect(formatStep(250)).toBe('250');
    expect(formatStep(1500)).toBe('1.5k');
    expect(formatStep(250_000)).toBe('250k');
    expect(formatStep(1_000_000)).toBe('1M');
  });

  it('formatReading keeps 3 significant digits and a true minus', () => {
    expect(formatReading(0.000123)).toBe('1.23e−4');
    expect(formatReading(-2.5)).toBe('−2.5');
    expect(formatReading(123456)).toBe('1.23e5');
    expect(formatReading(NaN)).toBe('—');
  });
});

describe('spacedTicks', () => {
  it('keeps 0 and the outer ticks when labels would overlap', () => {
    // 0 and ±1 are 5 px apart; ±10 and ±100 are 20 px apart.
    const px = new Map([
      [-100, 45],
      [-10, 25],
      [-1, 5],
      [0, 0],
      [1, -5],
      [10, -25],
    ]);
    expect(spacedTicks([-100, -10, -1, 0, 1, 10], (v) => px.get(v)!, 16)).toEqual([
      -100, -10, 0, 10,
    ]);
  });

  it('keeps every tick that clears the gap', () => {
    expect(spacedTicks([1, 10, 100], (v) => -Math.log10(v) * 20, 16)).toEqual([1, 10, 100]);
  });
});
