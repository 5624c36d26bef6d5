/**
 * Issue 23, class 8: every scale, domain, tick generator and drawn path copes with ±∞, NaN and
 * huge-but-finite values in the data. For any data array mixing finite values (±1.79e308,
 * subnormals, 0 included), ±∞ and NaN: domains are finite and of positive width, tick counts
 * stay small, a finite point maps to a finite coordinate, a non-finite one is skipped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chartAxis,
  chartDomain,
  chartTicks,
  chartYScale,
  formatAxisReading,
  formatTick,
  plotted,
  safeDomain,
  spacedTicks,
  type ChartMeasure,
} from '../../src/plot/chart-scale';
import { chartSeries, linePath } from '../../src/plot/chart-series';
import { contourLevels, divergingColor, sequentialColor } from '../../src/plot/colormap';
import { decimate } from '../../src/plot/decimate';
import {
  DOMAIN_LIMIT,
  linearMap,
  linearTicks,
  MAX_TICKS,
  safeLinearDomain,
} from '../../src/plot/finite';
import { nonFiniteGaps } from '../../src/plot/gaps';
import { trajectoryPath } from '../../src/plot/trajectory-path';
import { linearY, logDomain, logY } from '../../src/ui/schedule/schedule-plot';

/** Values that break naive scales: the ends of the doubles, subnormals, zeros, ±∞ and NaN. */
const hostile = fc.oneof(
  fc.constantFrom(
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    1.7976931348623157e308,
    1e308,
    -1e308,
    Number.MIN_VALUE,
    -Number.MIN_VALUE,
    1e-320,
    0,
    -0,
    Infinity,
    -Infinity,
    NaN,
  ),
  fc.double(),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
);
const data = fc.array(hostile, { minLength: 0, maxLength: 60 });
const measure = fc.constantFrom<ChartMeasure>('loss', 'gradNorm', 'accuracy');
/** f* of the loss axis: none (symlog), or any number, hostile ones too. */
const fMin = fc.option(hostile, { nil: null });
const finite = (v: number) => Number.isFinite(v);
/** A domain usable by every scale: finite ends within the limit, ascending, of positive width. */
const expectUsable = ([a, b]: readonly [number, number]) => {
  expect(finite(a) && finite(b)).toBe(true);
  expect(Math.abs(a)).toBeLessThanOrEqual(DOMAIN_LIMIT);
  expect(Math.abs(b)).toBeLessThanOrEqual(DOMAIN_LIMIT);
  expect(b - a).toBeGreaterThan(0);
  expect(finite(b - a)).toBe(true);
};
const series = (values: number[]) => ({
  values: Float64Array.from(values),
  indices: values.map((_, i) => i),
});

describe('the loss chart’s axis over hostile data', () => {
  it('chartDomain is finite and of positive width, whatever the values', () => {
    fc.assert(
      fc.property(measure, fMin, data, data, (m, f, a, b) => {
        expectUsable(chartDomain(chartAxis(m, f), [series(a), series(b)]));
      }),
    );
  });

  it('chartTicks are few, finite and inside the domain, for any domain and any count', () => {
    fc.assert(
      fc.property(measure, fMin, hostile, hostile, hostile, (m, f, d0, d1, count) => {
        const spec = chartAxis(m, f);
        const ticks = chartTicks(spec, [d0, d1], count);
        expect(ticks.length).toBeLessThanOrEqual(MAX_TICKS + 3);
        expect(ticks.every(finite)).toBe(true);
        const [lo, hi] = safeDomain(spec, [d0, d1]);
        for (const t of ticks) expect(t >= lo * (1 - 1e-9) - 1e-9 && t <= hi * (1 + 1e-9) + 1e-9);
      }),
    );
  });

  it('chartYScale maps every finite value to a finite pixel and every other to NaN', () => {
    fc.assert(
      fc.property(measure, fMin, data, data, (m, f, shown, probe) => {
        const spec = chartAxis(m, f);
        const domain = chartDomain(spec, [series(shown)]);
        const y = chartYScale(spec, domain, [200, 0]);
        for (const v of probe) {
          const px = y(plotted(spec, v));
          if (finite(v)) expect(finite(px)).toBe(true);
          else expect(px).toBeNaN();
        }
        // The ticks of the domain, thinned for labels, are finite pixels too.
        const ticks = spacedTicks(chartTicks(spec, domain, 8), y, 16);
        expect(ticks.map(y).every(finite)).toBe(true);
      }),
    );
  });

  it('the symlog domain over 1.7976931348623157e308 ends within the limit (issue 23, class 8)', () => {
    const spec = chartAxis('loss', null);
    const domain = chartDomain(spec, [series([1.7976931348623157e308])]);
    expectUsable(domain);
    expect(chartTicks(spec, domain, 10).length).toBeLessThanOrEqual(12);
  });

  it('labels and read-outs of ±∞ and NaN are legible', () => {
    expect(formatTick(Infinity)).toBe('∞');
    expect(formatTick(-Infinity)).toBe('−∞');
    expect(formatTick(NaN)).toBe('NaN');
    const spec = chartAxis('loss', 0);
    expect(formatAxisReading(spec, Infinity)).toBe('∞');
    expect(formatAxisReading(spec, -Infinity)).toBe('−∞');
    expect(formatAxisReading(spec, NaN)).toBe('NaN');
  });
});

describe('lines over hostile data', () => {
  it('decimate keeps only finite points, and the line breaks at every gap', () => {
    fc.assert(
      fc.property(measure, fMin, data, fc.integer({ min: 1, max: 40 }), (m, f, values, width) => {
        const spec = chartAxis(m, f);
        const [s] = chartSeries(
          [{ index: 0, values: Float64Array.from(values), divergedAt: null }],
          width,
          Math.max(1, values.length - 1),
        );
        for (const i of s!.indices) expect(finite(values[i]!)).toBe(true);
        const y = chartYScale(spec, chartDomain(spec, [s!]), [100, 0]);
        const d = linePath(
          s!.values,
          s!.indices,
          (i) => i,
          (v) => y(plotted(spec, v)),
          s!.breaks,
        );
        expect(d).not.toMatch(/NaN|Infinity/);
        // One piece per run of finite values (fewer where decimation drops a whole run).
        const pieces = (d.match(/M/g) ?? []).length;
        const runs = values.reduce(
          (n, v, i) => n + Number(finite(v) && (i === 0 || !finite(values[i - 1]!))),
          0,
        );
        expect(pieces).toBeLessThanOrEqual(runs);
        expect(s!.gaps.length).toBeLessThanOrEqual(Math.max(width, 1) + 1);
      }),
    );
  });

  it('nonFiniteGaps marks every non-finite value, with its kind', () => {
    expect(nonFiniteGaps([1, Infinity, Infinity, 2, -Infinity, NaN, 3])).toEqual([
      { from: 1, to: 2, value: Infinity },
      { from: 4, to: 5, value: NaN },
    ]);
  });

  it('a trajectory path never holds NaN or Infinity', () => {
    fc.assert(
      fc.property(data, (values) => {
        const trajectory = Float64Array.from(values.length % 2 ? [...values, 0] : values);
        const x = linearMap([-3, 3], [0, 300]);
        const path = trajectoryPath(trajectory, 2, x, x, 0.75, { width: 300, height: 300 });
        expect(path.d).not.toMatch(/NaN|Infinity/);
        expect(Array.from(path.xs).every(finite)).toBe(true);
      }),
    );
  });

  it('plain decimate over hostile values returns finite points only, in order', () => {
    fc.assert(
      fc.property(data, fc.integer({ min: 1, max: 8 }), (values, buckets) => {
        const kept = Array.from(decimate(values, buckets));
        expect(kept.every((i) => finite(values[i]!))).toBe(true);
        expect(kept).toEqual([...kept].sort((a, b) => a - b));
      }),
    );
  });
});

describe('linear scales and ticks over any domain', () => {
  it('safeLinearDomain is usable, and linear ticks are few and finite', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, count) => {
        expectUsable(safeLinearDomain([a, b]));
        const ticks = linearTicks([a, b], count);
        expect(ticks.length).toBeLessThanOrEqual(MAX_TICKS);
        expect(ticks.every(finite)).toBe(true);
      }),
    );
  });

  it('linearMap sends finite values to finite pixels and the rest to NaN', () => {
    fc.assert(
      fc.property(hostile, hostile, data, (a, b, values) => {
        const map = linearMap([a, b], [0, 500]);
        for (const v of values) {
          if (finite(v)) expect(finite(map(v))).toBe(true);
          else expect(map(v)).toBeNaN();
        }
      }),
    );
  });
});

describe('colour scales over hostile data', () => {
  it('contourLevels have finite ascending thresholds and a colour for every band', () => {
    fc.assert(
      fc.property(hostile, hostile, fMin, (min, max, f) => {
        const levels = contourLevels(min, max, f, 12);
        expect(levels.thresholds.every(finite)).toBe(true);
        expect(levels.colors).toHaveLength(levels.thresholds.length + 1);
        for (const c of levels.colors) expect(c).toMatch(/^(rgb\(\d+, \d+, \d+\)|#[0-9a-f]{6})$/);
      }),
    );
  });

  it('contourLevels of a subnormal range around 0 are finite (fast-check found [-5e-324, 5e-324])', () => {
    const levels = contourLevels(-5e-324, 5e-324, null, 12);
    expect(levels.thresholds.every(finite)).toBe(true);
  });

  it('colour maps give a defined colour for ±∞ and NaN', () => {
    for (const t of [Infinity, -Infinity, NaN, 1e308, -1e308]) {
      expect(sequentialColor(t)).toMatch(/^(rgb\(\d+, \d+, \d+\)|#[0-9a-f]{6})$/);
      expect(divergingColor(t)).toMatch(/^(rgb\(\d+, \d+, \d+\)|#[0-9a-f]{6})$/);
    }
  });
});

describe('the lr plots over hostile lrs', () => {
  it('log domains are finite and every finite lr has a finite pixel', () => {
    fc.assert(
      fc.property(data, (lrs) => {
        const domain = logDomain([Float64Array.from(lrs)]);
        if (domain) {
          expect(domain.every(finite)).toBe(true);
          const y = logY(domain, 40, 0);
          for (const v of lrs) if (finite(v)) expect(finite(y(v) ?? 0)).toBe(true);
        }
        const max = lrs.filter(finite).reduce((m, v) => Math.max(m, v), 0);
        const y = linearY(max, 100, 0);
        for (const v of lrs) if (finite(v)) expect(finite(y(v))).toBe(true);
      }),
    );
  });
});
