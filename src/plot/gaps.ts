/**
 * Where a series has no finite value (issue 23, class 8): a formula that overflows gives ±∞ or
 * NaN at some steps. A line is broken there (a gap, not a segment drawn across it), and each
 * gap is marked so the reader sees why the line stops. Pure.
 */

/** Steps from…to (inclusive) whose values are not finite. */
export interface Gap {
  from: number;
  to: number;
  /** +∞ or −∞ when every value of the gap is that; NaN for NaN or a mix. */
  value: number;
}

/**
 * The runs of consecutive non-finite values of `values`, in order, joined where fewer than
 * `minSeparation` steps apart (so the marks stay one per pixel column at most: pass the steps
 * per column). The joined gap's value is NaN unless all it holds is one infinity.
 *
 * @example nonFiniteGaps(Float64Array.of(1, Infinity, Infinity, 2, NaN)) // → [{ from: 1, to: 2, value: Infinity }, { from: 4, to: 4, value: NaN }]
 */
export function nonFiniteGaps(values: ArrayLike<number>, minSeparation = 1): Gap[] {
  const gaps: Gap[] = [];
  const join = Math.max(1, minSeparation);
  let open: Gap | null = null;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) continue;
    if (open && i - open.to <= join) {
      open.to = i;
      if (!Object.is(open.value, v)) open.value = NaN;
    } else gaps.push((open = { from: i, to: i, value: v }));
  }
  return gaps;
}

/**
 * For each kept index after the first, whether the line restarts there: 1 where a non-finite
 * value lies between it and the kept index before. `gaps` must be exact (minSeparation 1).
 */
export function lineBreaks(indices: ArrayLike<number>, gaps: readonly Gap[]): Uint8Array {
  const breaks = new Uint8Array(indices.length);
  let g = 0;
  for (let k = 1; k < indices.length && g < gaps.length; k++) {
    const previous = indices[k - 1]!;
    const here = indices[k]!;
    while (g < gaps.length && gaps[g]!.to < previous) g++;
    if (g < gaps.length && gaps[g]!.from > previous && gaps[g]!.from < here) breaks[k] = 1;
  }
  return breaks;
}
