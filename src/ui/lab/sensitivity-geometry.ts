/**
 * Where things sit on a sensitivity map, without DOM: a map of n × m cells fills its plot, the
 * first and last grid values at the centres of the edge cells, so an axis value maps to a pixel
 * through its scale's coordinate (log10 v, or −log10(1 − v) for β).
 */
import { formatTick } from '../../plot/chart-scale';
import { axisCoordinate, type MapAxes, type MapAxis } from '../../core/sensitivity';

/** A value's position along an axis of `length` pixels (0 at the low end), and whether it lies off the grid. */
export function axisPixel(
  axis: MapAxis,
  value: number,
  length: number,
): { px: number; outside: boolean } {
  const c0 = axisCoordinate(axis, axis.range[0]);
  const c1 = axisCoordinate(axis, axis.range[1]);
  const c = axisCoordinate(axis, value);
  // In cell units: grid value i sits at the centre of cell i, i.e. at i + 0.5.
  const u = Number.isNaN(c) ? 0 : ((c - c0) / (c1 - c0)) * (axis.count - 1) + 0.5;
  const clamped = Math.min(axis.count, Math.max(0, u));
  return { px: (clamped / axis.count) * length, outside: !(u >= 0 && u <= axis.count) };
}

/** The cell under a point of the plot (x from the left, y from the top), or null outside. */
export function cellAt(
  axes: MapAxes,
  x: number,
  y: number,
  width: number,
  height: number,
): number | null {
  if (!(x >= 0 && x < width && y >= 0 && y < height)) return null;
  const column = Math.min(axes.x.count - 1, Math.floor((x / width) * axes.x.count));
  // Rows count up from the bottom, as the y axis does.
  const row = Math.min(axes.y.count - 1, Math.floor(((height - y) / height) * axes.y.count));
  return row * axes.x.count + column;
}

/** The pixel rectangle of a cell (y from the top), with edges rounded so that cells tile without seams. */
export function cellRect(
  axes: MapAxes,
  index: number,
  width: number,
  height: number,
): { x: number; y: number; width: number; height: number } {
  const column = index % axes.x.count;
  const row = Math.floor(index / axes.x.count);
  const x0 = Math.round((column / axes.x.count) * width);
  const x1 = Math.round(((column + 1) / axes.x.count) * width);
  const y0 = Math.round(height - ((row + 1) / axes.y.count) * height);
  const y1 = Math.round(height - (row / axes.y.count) * height);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The neighbour of a cell in a direction, staying on the map. */
export function moveCell(axes: MapAxes, index: number, dx: number, dy: number): number {
  const column = Math.min(axes.x.count - 1, Math.max(0, (index % axes.x.count) + dx));
  const row = Math.min(axes.y.count - 1, Math.max(0, Math.floor(index / axes.x.count) + dy));
  return row * axes.x.count + column;
}

/** The cell nearest to a pair of values (the marker's cell). */
export function nearestCell(axes: MapAxes, x: number, y: number): number {
  const column = Math.min(axes.x.count - 1, Math.floor(axisPixel(axes.x, x, axes.x.count).px));
  const row = Math.min(axes.y.count - 1, Math.floor(axisPixel(axes.y, y, axes.y.count).px));
  return row * axes.x.count + column;
}

/** A tick: its value and label. */
export interface AxisTick {
  value: number;
  label: string;
}

/**
 * Ticks of an axis: on the β scale the values 0, 0.9, 0.99, … inside the range (whole decades
 * of 1 − β); on a log scale powers of ten, every `stride`-th decade counted from 10⁰ so that at
 * most `maxTicks` remain.
 */
export function axisTicks(axis: MapAxis, maxTicks: number): AxisTick[] {
  const c0 = axisCoordinate(axis, axis.range[0]);
  const c1 = axisCoordinate(axis, axis.range[1]);
  const first = Math.ceil(c0 - 1e-9);
  const last = Math.floor(c1 + 1e-9);
  const stride = Math.max(1, Math.ceil((last - first + 1) / Math.max(1, maxTicks)));
  const ticks: AxisTick[] = [];
  for (let e = Math.ceil(first / stride) * stride; e <= last; e += stride) {
    if (axis.scale === 'log') ticks.push({ value: 10 ** e, label: formatTick(10 ** e) });
    else {
      // 1 − 10⁻ᵉ written out: "0", "0.9", "0.99", … (exact digits, no float noise).
      const label = e === 0 ? '0' : `0.${'9'.repeat(e)}`;
      ticks.push({ value: Number(label), label });
    }
  }
  return ticks;
}
