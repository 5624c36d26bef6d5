// @vitest-environment jsdom
/**
 * ChartCursor (src/ui/charts/ChartCursor.tsx), the loss chart's and the λmax chart's cursor: the
 * line at the cursor step, and a dot on each line where its point at that step is — at the step
 * itself (the loss), or at the last sample at or before it (λmax every k steps); none where a run
 * has diverged or has no point yet.
 */
import './setup';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { chartAxis } from '../../src/plot/chart-scale';
import { valueAt } from '../../src/plot/chart-series';
import { curvatureAt } from '../../src/plot/curvature-series';
import { appStore } from '../../src/state/store';
import { ChartCursor } from '../../src/ui/charts/ChartCursor';
import { chartGeometry } from '../../src/ui/charts/geometry';

const geo = chartGeometry(400, 300, 500, chartAxis('gradNorm', null), [1e-3, 10]);
const runs = [
  { color: 'rgb(1, 2, 3)', name: 'a' },
  { color: 'rgb(4, 5, 6)', name: 'b' },
];
const dots = (container: HTMLElement) =>
  [...container.querySelectorAll('circle')].map((c) => ({
    cx: Number(c.getAttribute('cx')),
    cy: Number(c.getAttribute('cy')),
    color: c.style.color,
  }));

describe('ChartCursor', () => {
  it('the loss: a dot at the cursor step on each line, none past a divergence', () => {
    const values = Float64Array.from({ length: 501 }, (_, k) => 1 / (k + 1));
    const series = [
      { index: 0, values, divergedAt: null },
      { index: 1, values: values.subarray(0, 100), divergedAt: 100 },
    ];
    act(() => appStore.getState().setCursor(40));
    const { container } = render(
      <svg>
        <ChartCursor geo={geo} series={series} runs={runs} at={valueAt} />
      </svg>,
    );
    const line = screen.getByTestId('chart-cursor');
    expect(line.getAttribute('data-step')).toBe('40');
    expect(Number(line.getAttribute('x1'))).toBeCloseTo(geo.x(40));
    expect(dots(container)).toEqual([
      { cx: geo.x(40), cy: geo.y(1 / 41), color: runs[0]!.color },
      { cx: geo.x(40), cy: geo.y(1 / 41), color: runs[1]!.color },
    ]);
    act(() => appStore.getState().setCursor(200));
    expect(dots(container)).toEqual([
      { cx: geo.x(200), cy: geo.y(1 / 201), color: runs[0]!.color },
    ]);
  });

  it('λmax every 10 steps: the dot at the last sample at or before the cursor', () => {
    const series = [
      {
        index: 1,
        steps: Int32Array.from([0, 10, 20]),
        values: Float64Array.from([4, 2, 1]),
        divergedAt: null,
      },
    ];
    act(() => appStore.getState().setCursor(17));
    const { container } = render(
      <svg>
        <ChartCursor geo={geo} series={series} runs={runs} at={curvatureAt} testId="c" />
      </svg>,
    );
    expect(screen.getByTestId('c').getAttribute('data-step')).toBe('17');
    expect(dots(container)).toEqual([{ cx: geo.x(10), cy: geo.y(2), color: runs[1]!.color }]);
  });
});
