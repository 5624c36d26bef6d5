/**
 * The Curvature chart's limit labels ("2/α = 4.44") at the right end of their lines, placed so
 * that none overlaps another (docs/curvature-chart.md). Pure.
 */

/** A limit's end label: its run, text, colour and baseline y in plot pixels. */
export interface PlacedLabel {
  index: number;
  text: string;
  color: string;
  y: number;
}

/** Least vertical room between two labels' baselines, px (12 px type). */
const LABEL_GAP = 14;

/**
 * Labels sorted by height and pushed apart to LABEL_GAP, kept on the plot; a label equal in text
 * to one at the same height (two runs at one α) is drawn once.
 */
export function placeLabels(labels: readonly PlacedLabel[], plotHeight: number): PlacedLabel[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  const kept: PlacedLabel[] = [];
  for (const label of sorted) {
    const twin = kept.find((k) => k.text === label.text && Math.abs(k.y - label.y) < 1);
    if (!twin) kept.push({ ...label });
  }
  const top = 12;
  const bottom = Math.max(top, plotHeight - 4);
  for (let i = 0; i < kept.length; i++) {
    const min = i === 0 ? top : kept[i - 1]!.y + LABEL_GAP;
    kept[i]!.y = Math.max(min, kept[i]!.y);
  }
  // Pushed past the bottom: back up from there, keeping the gaps.
  for (let i = kept.length - 1; i >= 0; i--) {
    const max = i === kept.length - 1 ? bottom : kept[i + 1]!.y - LABEL_GAP;
    kept[i]!.y = Math.min(max, kept[i]!.y);
  }
  return kept;
}
