/**
 * The colours of the sensitivity maps, without DOM: the final loss as f − f* on a log scale
 * where f* is known (as the loss chart plots it), f on a symmetric log scale where f has no
 * lower bound, in the landscape's palette (viridis softened with white: low loss dark, high
 * loss light). One scale for both maps of a run, so their colours compare.
 */
import {
  chartAxis,
  chartDomain,
  chartTicks,
  chartYScale,
  formatTick,
  plotted,
  spacedTicks,
  type ChartAxisSpec,
} from '../../plot/chart-scale';
import { sequentialColor } from '../../plot/colormap';
import type { MapProgress } from './sensitivity-controller';

/** A colour scale over final losses. */
export interface MapColorScale {
  axis: ChartAxisSpec;
  /** The plotted domain (whole decades on a log scale). */
  domain: [number, number];
  /** 0 … 1 along the palette for a raw final loss f: +∞ at 1, −∞ at 0, NaN for NaN. */
  position(f: number): number;
  /** The colour of a raw final loss f; NaN has the palette's colour for no value. */
  color(f: number): string;
}

/** The cells a map draws: its computed cells, and the previous map's where it has none yet. */
export interface DrawnCell {
  /** Raw final loss f; NaN when diverged or unknown. */
  value: number;
  /** The step where it diverged, or −1. */
  divergedAt: number;
  /** `fresh`: computed for this map; `stale`: the previous map's, still being replaced; `pending`: none. */
  state: 'fresh' | 'stale' | 'pending';
}

/** The cell `index` as drawn from a map and the one it replaces. */
export function drawnCell(
  progress: MapProgress | null,
  previous: MapProgress | null,
  index: number,
): DrawnCell {
  if (progress && index < progress.done) {
    return {
      value: progress.values[index]!,
      divergedAt: progress.divergedAt[index]!,
      state: 'fresh',
    };
  }
  if (previous && index < previous.done && index < previous.values.length) {
    return {
      value: previous.values[index]!,
      divergedAt: previous.divergedAt[index]!,
      state: 'stale',
    };
  }
  return { value: NaN, divergedAt: -1, state: 'pending' };
}

/**
 * A scale over the finite final losses of the maps' drawn cells. With no value yet, a
 * placeholder domain (the legend then shows no numbers).
 */
export function mapColorScale(
  fMin: number | null,
  maps: readonly { progress: MapProgress | null; previous: MapProgress | null }[],
): MapColorScale {
  const axis = chartAxis('loss', fMin);
  const values: number[] = [];
  for (const { progress, previous } of maps) {
    const total = progress?.total ?? previous?.total ?? 0;
    for (let i = 0; i < total; i++) {
      const cell = drawnCell(progress, previous, i);
      if (Number.isFinite(cell.value)) values.push(cell.value);
    }
  }
  const indices = Int32Array.from(values.keys());
  const domain = chartDomain(axis, [{ values, indices }]);
  const toUnit = chartYScale(axis, domain, [0, 1]);
  const position = (f: number) =>
    Number.isNaN(f)
      ? NaN
      : !Number.isFinite(f)
        ? Number(f > 0)
        : Math.min(1, Math.max(0, toUnit(plotted(axis, f))));
  return { axis, domain, position, color: (f) => sequentialColor(position(f)) };
}

/**
 * Labelled ticks of a colour scale along a bar `length` pixels long: decades (and 0, ±10ᵏ on a
 * symmetric log scale), thinned so that labels stay `minGap` pixels apart.
 */
export function legendTicks(
  scale: MapColorScale,
  length: number,
  minGap = 16,
): { position: number; label: string }[] {
  const toUnit = chartYScale(scale.axis, scale.domain, [0, 1]);
  const maxTicks = Math.max(2, Math.floor(length / minGap) + 1);
  const ticks = spacedTicks(
    chartTicks(scale.axis, scale.domain, maxTicks),
    (v) => toUnit(v) * length,
    minGap,
  );
  return ticks.map((v) => ({
    position: Math.min(1, Math.max(0, toUnit(v))),
    label: formatTick(v),
  }));
}
