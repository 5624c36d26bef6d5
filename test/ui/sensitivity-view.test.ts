import { describe, expect, it } from 'vitest';
import { ALPHA_EPS_AXES, axisValues, BETA_AXES, cellValues } from '../../src/core/sensitivity';
import { sequentialColor } from '../../src/plot/colormap';
import type { MapProgress, MapView } from '../../src/ui/lab/sensitivity-controller';
import {
  axisPixel,
  axisTicks,
  cellAt,
  cellRect,
  moveCell,
  nearestCell,
} from '../../src/ui/lab/sensitivity-geometry';
import { drawnCell, legendTicks, mapColorScale } from '../../src/ui/lab/sensitivity-scale';
import {
  cellReadout,
  combinedProgress,
  combinedStatus,
  mapsCaption,
  progressText,
} from '../../src/ui/lab/sensitivity-text';

function progress(values: number[], done = values.length, divergedAt?: number[]): MapProgress {
  return {
    key: 'k',
    values: Float64Array.from(values),
    divergedAt: Int32Array.from(divergedAt ?? values.map(() => -1)),
    done,
    total: values.length,
    elapsedMs: 0,
  };
}

describe('map geometry', () => {
  it('puts every grid value at the centre of its cell, and the defaults on their cells', () => {
    const xs = axisValues(BETA_AXES.x);
    for (let i = 0; i < xs.length; i++) {
      // Snapping to 3 significant digits moves a value by a few hundredths of a 10 px cell.
      const centre = ((i + 0.5) / 19) * 190;
      expect(Math.abs(axisPixel(BETA_AXES.x, xs[i]!, 190).px - centre)).toBeLessThan(0.25);
    }
    const cell = nearestCell(BETA_AXES, 0.9, 0.999);
    expect(cellValues(BETA_AXES, cell)).toEqual({ x: 0.9, y: 0.999 });
    expect(cellValues(ALPHA_EPS_AXES, nearestCell(ALPHA_EPS_AXES, 0.1, 1e-8))).toEqual({
      x: 0.1,
      y: 1e-8,
    });
  });

  it('pins a value off the grid to the edge and says so', () => {
    expect(axisPixel(BETA_AXES.y, 0.5, 100)).toEqual({ px: 0, outside: true });
    expect(axisPixel(ALPHA_EPS_AXES.x, 5, 100)).toEqual({ px: 100, outside: true });
    expect(axisPixel(ALPHA_EPS_AXES.x, 1, 105).outside).toBe(false);
  });

  it('finds the cell under a point with rows counted from the bottom', () => {
    // 19 × 21 cells on 190 × 210 pixels: 10 px each.
    expect(cellAt(BETA_AXES, 5, 205, 190, 210)).toBe(0);
    expect(cellAt(BETA_AXES, 185, 5, 190, 210)).toBe(21 * 19 - 1);
    expect(cellAt(BETA_AXES, 25, 195, 190, 210)).toBe(19 + 2);
    expect(cellAt(BETA_AXES, -1, 5, 190, 210)).toBeNull();
    expect(cellAt(BETA_AXES, 5, 210, 190, 210)).toBeNull();
  });

  it('tiles the plot with cell rectangles that round-trip through cellAt', () => {
    for (const index of [0, 20, 200, 398]) {
      const r = cellRect(BETA_AXES, index, 133, 147);
      expect(cellAt(BETA_AXES, r.x + r.width / 2, r.y + r.height / 2, 133, 147)).toBe(index);
    }
    const a = cellRect(BETA_AXES, 0, 133, 147);
    const b = cellRect(BETA_AXES, 1, 133, 147);
    expect(b.x).toBe(a.x + a.width); // no seam
  });

  it('moves a cell by arrow steps and stops at the edges', () => {
    expect(moveCell(BETA_AXES, 0, -1, 0)).toBe(0);
    expect(moveCell(BETA_AXES, 0, 1, 1)).toBe(20);
    expect(moveCell(BETA_AXES, 398, 1, 1)).toBe(398);
  });

  it('labels β axes 0, 0.9, 0.99, … and log axes by decades, thinned', () => {
    expect(axisTicks(BETA_AXES.x, 6).map((t) => t.label)).toEqual(['0', '0.9', '0.99', '0.999']);
    expect(axisTicks(BETA_AXES.y, 6).map((t) => t.value)).toEqual([
      0.9, 0.99, 0.999, 0.9999, 0.99999,
    ]);
    expect(axisTicks(ALPHA_EPS_AXES.x, 3).map((t) => t.label)).toEqual(['10⁻⁴', '0.01', '1']);
    expect(axisTicks(ALPHA_EPS_AXES.y, 6).map((t) => t.label)).toEqual([
      '10⁻¹⁰',
      '10⁻⁸',
      '10⁻⁶',
      '10⁻⁴',
      '0.01',
      '1',
    ]);
  });
});

describe('map colours', () => {
  it('colours f − f* on a log scale over whole decades, low loss dark', () => {
    const scale = mapColorScale(1, [{ progress: progress([1.001, 2, 11, NaN]), previous: null }]);
    expect(scale.axis.kind).toBe('log');
    expect(scale.domain).toEqual([1e-3, 10]);
    expect(scale.position(1.001)).toBeCloseTo(0, 9);
    expect(scale.position(11)).toBeCloseTo(1, 9);
    expect(scale.color(1.001)).toBe(sequentialColor(0));
  });

  it('uses f on a symmetric log scale where f has no lower bound', () => {
    const scale = mapColorScale(null, [{ progress: progress([-500, 0, 3]), previous: null }]);
    expect(scale.axis.kind).toBe('symlog');
    expect(scale.position(-1000)).toBe(0);
    expect(scale.position(3)).toBeGreaterThan(scale.position(0));
  });

  it('spans both maps, and counts the previous map only where the new one has no cells', () => {
    const scale = mapColorScale(0, [
      { progress: progress([1e-6, NaN], 1), previous: progress([5, 1e3]) },
      { progress: progress([1e2]), previous: null },
    ]);
    expect(scale.domain).toEqual([1e-6, 1e3]);
  });

  it('draws computed cells fresh, the previous map stale, and the rest pending', () => {
    const now = progress([1, 2, 3], 1);
    const before = progress([7, 8, 9], 2, [-1, 4, -1]);
    expect(drawnCell(now, before, 0)).toEqual({ value: 1, divergedAt: -1, state: 'fresh' });
    expect(drawnCell(now, before, 1)).toEqual({ value: 8, divergedAt: 4, state: 'stale' });
    expect(drawnCell(now, before, 2).state).toBe('pending');
  });

  it('thins legend ticks to the bar length', () => {
    const scale = mapColorScale(0, [{ progress: progress([1e-12, 1e3]), previous: null }]);
    const long = legendTicks(scale, 300);
    const short = legendTicks(scale, 60);
    expect(long.length).toBeGreaterThan(short.length);
    for (let i = 1; i < short.length; i++)
      expect((short[i]!.position - short[i - 1]!.position) * 60).toBeGreaterThanOrEqual(16);
  });
});

describe('map text', () => {
  const axis = mapColorScale(0, []).axis;

  it('reads a cell out with its two values and its loss, or where it diverged', () => {
    const fresh = { value: 3.21e-4, divergedAt: -1, state: 'fresh' } as const;
    expect(cellReadout(BETA_AXES, { x: 0.9, y: 0.999 }, fresh, axis)).toBe(
      'β1 0.9, β2 0.999: f − f* 3.21e-4',
    );
    expect(cellReadout(ALPHA_EPS_AXES, { x: 1, y: 1e-8 }, { ...fresh, divergedAt: 12 }, axis)).toBe(
      'α 1, ε 1e-8: diverged at step 12',
    );
    expect(
      cellReadout(
        BETA_AXES,
        { x: 0, y: 0.9 },
        { value: NaN, divergedAt: -1, state: 'pending' },
        axis,
      ),
    ).toBe('β1 0, β2 0.9: not computed yet');
  });

  it('says when the steps are capped and when β1 is cycled', () => {
    expect(mapsCaption(500, 'Adam (run 2)', false)).toBe(
      'Adam (run 2), final loss after 500 steps. Click a cell to use it.',
    );
    expect(mapsCaption(5000, 'Adam (run 1)', true)).toContain('1,000 steps (of 5,000)');
    expect(mapsCaption(5000, 'Adam (run 1)', true)).toContain('one-cycle');
  });

  it('combines the two maps: the least finished status and the summed cells', () => {
    const view = (status: MapView['status'], done: number): MapView => ({
      status,
      progress: progress([1, 2, 3, 4], done),
      previous: null,
      error: null,
      version: 1,
    });
    expect(combinedStatus([view('done', 4), view('running', 1)])).toBe('running');
    expect(combinedStatus([view('done', 4), view('cancelled', 1)])).toBe('cancelled');
    expect(combinedProgress([view('done', 4), view('running', 1)])).toEqual({ done: 5, total: 8 });
    expect(progressText('running', 5, 8, 0)).toBe('Mapping: 5 of 8 runs');
    expect(progressText('done', 8, 8, 1234)).toBe('8 runs · 1.2 s');
    expect(progressText('done', 8, 8, 0.2)).toBe('8 runs · 1 ms');
  });
});
