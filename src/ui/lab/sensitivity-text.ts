/** The words of the maps tab: a cell's read-out, the caption, and the progress line. Pure. */
import { MAP_STEP_CAP, mapSteps, type MapAxes, type MapId } from '../../core/sensitivity';
import { HYPERPARAMS } from '../../core/optimizers';
import { plotted, type ChartAxisSpec } from '../../plot/chart-scale';
import { formatHyperparam, formatLoss } from '../optimizers/format';
import { t } from '../../i18n';
import '../../i18n/en-lab'; // its words load with this chunk (docs/i18n.md)
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
  if (cell.state === 'pending') return t('maps.cellPending', { where });
  const stale = cell.state === 'stale' ? t('maps.cellStale') : '';
  if (cell.divergedAt >= 0) return t('maps.cellDiverged', { where, step: cell.divergedAt, stale });
  return t('maps.cellValue', {
    where,
    label: axis.label,
    value: formatLoss(plotted(axis, cell.value)),
    stale,
  });
}

/**
 * The caption under the maps when nothing is hovered: whose final loss, after how many steps
 * (and whether capped), what a click does.
 *
 * @example mapsCaption(500, 'Adam (run 2)', false) // → "Adam (run 2), final loss after 500 steps. Click a cell to use it."
 */
export function mapsCaption(steps: number, runName: string, betaCycled: boolean): string {
  const ran = mapSteps(steps).toLocaleString('en');
  const capped =
    steps > MAP_STEP_CAP ? t('maps.captionCapped', { steps: steps.toLocaleString('en') }) : '';
  const cycled = betaCycled ? t('maps.captionCycled') : '';
  return t('maps.caption', { run: runName, steps: ran, capped, cycled });
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
      return t('maps.mapping', { done, total });
    case 'cancelled':
      return t('lab.cancelledAt', { done, total });
    case 'done': {
      const time =
        elapsedMs < 1000
          ? `${Math.max(1, Math.round(elapsedMs))} ms`
          : `${(elapsedMs / 1000).toFixed(1)} s`;
      return t('maps.done', { total, time });
    }
    default:
      return '';
  }
}

/** The accessible name of a map, in the language shown. */
export function mapLabel(id: MapId): string {
  return id === 'beta' ? t('maps.mapBeta') : t('maps.mapAlphaEps');
}
