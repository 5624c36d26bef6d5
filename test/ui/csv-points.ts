/** Points shared by the CSV import tests (English and Chinese previews of the same data). */

/** Three classified points (x, y, class): one of class 0, two of class 1. */
export const THREE_POINTS_TWO_CLASSES: number[][] = [
  [0, 0, 0],
  [1, 1, 1],
  [2, 2, 1],
];
