/** Arrow-key movement in the picker's card grid (left to right, then top to bottom). */

/**
 * The card index a key moves focus to from `index` in a grid of `count` cards laid out in
 * `columns` columns, or null when the key is not a movement key. Moves stop at the edges
 * (Left on the first card stays), Up and Down keep the column, Home and End go to the ends.
 */
export function gridMove(
  key: string,
  index: number,
  count: number,
  columns: number,
): number | null {
  const cols = Math.max(1, Math.floor(columns) || 1);
  const last = count - 1;
  switch (key) {
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'ArrowRight':
      return Math.min(last, index + 1);
    case 'ArrowUp':
      return index - cols >= 0 ? index - cols : index;
    case 'ArrowDown':
      // From the row above a short last row, Down goes to that row's last card.
      return index + cols <= last
        ? index + cols
        : Math.floor(index / cols) < Math.floor(last / cols)
          ? last
          : index;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
