/**
 * An invisible rectangle drawn first in a group of marks that change at every slider input (a
 * run's path on the landscape, its loss line, its marker): over the plot, and `margin` plots'
 * heights above and below it, so that the group's paint chunk keeps its bounds while the marks
 * move within them. Chromium lays the whole page out into composited layers again at any frame
 * where a paint chunk's bounds changed
 * (PaintArtifactCompositor::SetNeedsFullUpdateAfterPaintIfNeeded, "bounds are used in overlap
 * testing"); otherwise it only repaints the layers. With the marks' own bounds, the results of
 * every slider input paid the full update (issue 17: layerising 0.44 against 0.19 ms a frame;
 * docs/benchmark.md, session 23). A mark beyond the rectangle only costs the full update again.
 * Transparent, so it draws no pixel; not a target for the pointer; left out of exports by its
 * class (`__bounds`, src/export/svg-style.ts). Not wider than the plot: a chart's lines never
 * leave it sideways (x is the step), and a box past the plot's side would stick out of a narrow
 * page's edge for anything measuring boxes (e2e/tablet.spec.ts). On an element with a compositing
 * layer of its own (the markers' SVG), no margin: the layer would grow with it.
 */
export function PaintBounds({
  block,
  width,
  height,
  margin = 1,
}: {
  /** The BEM block: the class is `<block>__bounds`. */
  block: string;
  /** The plot's size in px. */
  width: number;
  height: number;
  /** Room above and below the plot, in plot heights. */
  margin?: number;
}) {
  return (
    <rect
      className={`${block}__bounds`}
      y={-margin * height}
      width={width}
      height={(1 + 2 * margin) * height}
      fill="transparent"
      pointerEvents="none"
    />
  );
}
