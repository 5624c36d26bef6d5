/**
 * The chart panel's tabs: the one list from which the store's type (view-slice.ts), the link's
 * accepted `chart=` values (src/url/view-fields.ts) and the panel's tabs (src/ui/charts/tabs.ts)
 * derive. Which tabs a problem shows, and in what order, is tabs.ts's.
 */
export const CHART_MODES = [
  'loss',
  'gradNorm',
  'accuracy',
  'data',
  // λmax per step against each run's stability limit (issue 20; docs/curvature-chart.md).
  'curvature',
  // Inside the model (issue 22): per-layer gradient norms and update/weight ratios; a table
  // classifier's confusion matrix, mistakes and first-layer weights (docs/models.md).
  'inside',
  'table',
  'sweep',
  'maps',
] as const;

/** The chart panel's tab: loss, gradient norm, (for problems on data) accuracy and data, curvature, … */
export type ChartMode = (typeof CHART_MODES)[number];
