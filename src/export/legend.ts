/**
 * The legend under an exported picture: one entry per run (a short line in its colour and its
 * name), flowing left to right in rows, and a colour scale (a bar between its lowest and highest
 * value) at the end of the last row when it fits there, else on a row of its own. Pure: text
 * widths come from a `measure` function (the browser's canvas in the app, a stub in tests).
 */

/** A run as the legend names it. */
export interface LegendRun {
  name: string;
  color: string;
}

/** A colour scale: the colours from low to high, its end labels, and what it colours. */
export interface LegendScale {
  name: string;
  colors: readonly string[];
  low: string;
  high: string;
}

/** Sizes of the legend's parts, in pixels. */
export const LEGEND = {
  fontSize: 13,
  rowHeight: 22,
  padding: 12,
  swatch: 18,
  swatchGap: 6,
  entryGap: 18,
  barWidth: 120,
  barHeight: 10,
  labelGap: 6,
} as const;

export interface PlacedRun extends LegendRun {
  /** Left of the swatch and the text's baseline row, from the legend's top left. */
  x: number;
  row: number;
}

export interface PlacedScale extends LegendScale {
  x: number;
  row: number;
  /** Widths of the low and high labels and of the name, as measured. */
  lowWidth: number;
  highWidth: number;
  nameWidth: number;
}

export interface LegendLayout {
  runs: PlacedRun[];
  scale: PlacedScale | null;
  rows: number;
  /** The legend's height; 0 when it has nothing to show. */
  height: number;
}

/** Width of a scale entry: `low ▭▭▭ high  name`. */
function scaleWidth(low: number, high: number, name: number): number {
  const { labelGap, barWidth } = LEGEND;
  return low + labelGap + barWidth + labelGap + high + labelGap * 2 + name;
}

/**
 * Places runs and scale within `width`. An entry wider than a row gets a row of its own (its
 * text may run past the edge: a name is never cut).
 */
export function layoutLegend(
  runs: readonly LegendRun[],
  scale: LegendScale | null,
  width: number,
  measure: (text: string) => number,
): LegendLayout {
  const { padding, swatch, swatchGap, entryGap, rowHeight } = LEGEND;
  const right = Math.max(padding + 1, width - padding);
  const placed: PlacedRun[] = [];
  let x = padding;
  let row = 0;
  const place = (entryWidth: number): { x: number; row: number } => {
    if (x > padding && x + entryWidth > right) {
      row++;
      x = padding;
    }
    const at = { x, row };
    x += entryWidth + entryGap;
    return at;
  };
  for (const run of runs) placed.push({ ...run, ...place(swatch + swatchGap + measure(run.name)) });
  let placedScale: PlacedScale | null = null;
  if (scale) {
    const lowWidth = measure(scale.low);
    const highWidth = measure(scale.high);
    const nameWidth = measure(scale.name);
    const at = place(scaleWidth(lowWidth, highWidth, nameWidth));
    placedScale = { ...scale, ...at, lowWidth, highWidth, nameWidth };
  }
  const rows = placed.length === 0 && !placedScale ? 0 : row + 1;
  return {
    runs: placed,
    scale: placedScale,
    rows,
    height: rows === 0 ? 0 : rows * rowHeight + padding,
  };
}

/**
 * A rough text width for when no canvas is at hand: 0.58 em per character, wider for CJK.
 * The app measures with the canvas (dom-svg.ts) instead.
 */
export function estimateWidth(text: string, fontSize: number = LEGEND.fontSize): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.58;
  return width * fontSize;
}
