/**
 * Decimation of a series y[0…n−1] drawn against its index, for line charts: the points are cut
 * into pixel-column buckets and each bucket keeps its first, lowest, highest and last point, in
 * index order (the "M4" scheme of Jugel et al. 2014, "M4: A Visualization-Oriented Time Series
 * Data Aggregation"). A polyline through those points lights the same pixels as the full series,
 * so a million-step run draws as a few thousand segments with its spikes and oscillations intact.
 *
 * Min and max are kept in the values' own order, so any monotonic y transform (log, symlog,
 * f − f*) applied after decimating gives the same result as before it.
 */

/**
 * Indices of the points to draw, ascending. `buckets` is the number of pixel columns the series
 * spans; `span` the index range mapped onto them (default `values.length − 1`, larger when the
 * axis runs past the series, e.g. a run that diverged early on a chart of all steps).
 * Points that are not finite are skipped (nothing can be drawn for them).
 *
 * @example decimate(Float64Array.of(5, 1, 4, 2, 3), 1) // → Int32Array [0, 1, 2, 4]: first, min, max, last
 */
export function decimate(
  values: ArrayLike<number>,
  buckets: number,
  span: number = values.length - 1,
): Int32Array {
  const n = values.length;
  if (!(buckets >= 1)) throw new RangeError(`decimate: invalid bucket count ${buckets}`);
  const columns = Math.floor(buckets);
  // Four points per column at most: below that, every point is already needed.
  if (n <= 4 * columns) {
    const all = new Int32Array(n);
    let count = 0;
    for (let i = 0; i < n; i++) if (Number.isFinite(values[i]!)) all[count++] = i;
    return count === n ? all : all.slice(0, count);
  }

  const scale = columns / Math.max(1, span);
  const kept = new Int32Array(4 * columns + 4);
  let count = 0;
  let bucket = -1;
  let first = -1;
  let last = -1;
  let min = -1;
  let max = -1;

  const flush = () => {
    if (first < 0) return;
    // first, then min and max in index order, then last; repeats collapse.
    const lo = Math.min(min, max);
    const hi = Math.max(min, max);
    kept[count++] = first;
    if (lo !== first) kept[count++] = lo;
    if (hi !== lo) kept[count++] = hi;
    if (last !== hi) kept[count++] = last;
  };

  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    const b = Math.min(columns - 1, Math.floor(i * scale));
    if (b !== bucket) {
      flush();
      bucket = b;
      first = last = min = max = i;
      continue;
    }
    last = i;
    if (v < values[min]!) min = i;
    if (v > values[max]!) max = i;
  }
  flush();
  return kept.slice(0, count);
}
