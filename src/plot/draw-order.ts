/**
 * The order the charts draw their runs in (the loss chart, the λmax chart, the α sweep) and the
 * landscape's canvas of the runs' past (ProgressLayer.tsx): the selected run last, so it is on
 * top; the others keep their order.
 */
export function selectedLast<T extends { readonly index: number }>(
  runs: readonly T[],
  selected: number | undefined,
): T[] {
  // Array.prototype.sort is stable (ES2019): only the selected run moves.
  return [...runs].sort((a, b) => Number(a.index === selected) - Number(b.index === selected));
}
