/** The words of the maps tab: a cell's read-out, the caption, and the progress line. Pure. */
import { MAP_STEP_CAP, mapSteps, type MapAxes, type MapId } from '../../core/sensitivity';
import { HYPERPARAMS } from '../../core/optimizers';
import { plotted, type ChartAxisSpec } from '../../plot/chart-scale';
import { formatHyperparam, formatLoss } from '../optimizers/format';
import type { MapStatus, MapView } from './sensitivity-controller';
import type { DrawnCell } from './sensitivity-scale';

/** The symbol of a mapped hyperparameter, as the sliders show it (β1, β2, α, ε). */
export function symbolOf(param: MapAxes['x']['param']): string {
  return HYPERPARAMS[param].symbol;
}

/**
 * One cell in words: its two values and its final loss.
 *
 * @example cellReadout(BETA_AXES, { x: 0.9, y: 0.999 }, cell, axis) // → "β1 0.9, β2 0.999: f − f* 3.21e-4"
 */
export function cellReadout(
  axes: MapAxes,
  values: { x: number; y: number },
  cell: DrawnCell,
  axis: ChartAxisSpec,
): string {
  const where = `${symbolOf(axes.x.param)} ${formatHyperparam(values.x)}, ${symbolOf(axes.y.param)} ${formatHyperparam(values.y)}`;
  if (cell.state === 'pending') return `${where}: not computed yet`;
  const stale = cell.state === 'stale' ? ' (before the last change)' : '';
  if (cell.divergedAt >= 0) return `${where}: diverged at step ${cell.divergedAt}${stale}`;
  return `${where}: ${axis.label} ${formatLoss(plotted(axis, cell.value))}${stale}`;
}

/**
 * The caption under the maps when nothing is hovered: whose final loss, after how many steps
 * (and whether capped), what a click does.
 *
 * @example mapsCaption(500, 'Adam (run 2)', false) // → "Adam (run 2), final loss after 500 steps. Click a cell to use it."
 */
export function mapsCaption(steps: number, runName: string, betaCycled: boolean): string {
  const ran = mapSteps(steps).toLocaleString('en');
  const capped = steps > MAP_STEP_CAP ? ` (of ${steps.toLocaleString('en')})` : '';
  const cycled = betaCycled ? ' β1 follows the one-cycle schedule: its axis changes nothing.' : '';
  return `${runName}, final loss after ${ran} steps${capped}. Click a cell to use it.${cycled}`;
}

/** The overall state of both maps: the least finished wins (error, then running, …). */
export function combinedStatus(views: readonly MapView[]): MapStatus {
  const order: MapStatus[] = ['error', 'running', 'waiting', 'cancelled', 'done', 'none'];
  for (const status of order) if (views.some((v) => v.status === status)) return status;
  return 'none';
}

/** Cells computed and in all, over both maps. */
export function combinedProgress(views: readonly MapView[]): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const view of views) {
    if (!view.progress) continue;
    done += view.progress.done;
    total += view.progress.total;
  }
  return { done, total };
}

/** The progress line: runs done of all while computing; how long it took once done. */
export function progressText(
  status: MapStatus,
  done: number,
  total: number,
  elapsedMs: number,
): string {
  switch (status) {
    case 'waiting':
    case 'running':
      return `Mapping: ${done} of ${total} runs`;
    case 'cancelled':
      return `Cancelled at ${done} of ${total} runs`;
    case 'done':
      return `${total} runs · ${elapsedMs < 1000 ? `${Math.max(1, Math.round(elapsedMs))} ms` : `${(elapsedMs / 1000).toFixed(1)} s`}`;
    default:
      return '';
  }
}

/** Accessible names of the two maps. */
export const MAP_LABELS: Readonly<Record<MapId, string>> = {
  beta: 'Final loss over β1 and β2: arrow keys choose a cell, Enter sets both values',
  'alpha-eps': 'Final loss over α and ε: arrow keys choose a cell, Enter sets both values',
};
