/**
 * Sensitivity maps of the Adam family (issue 5, point 3): for the selected run, the final loss
 * over (β1, β2) and over (α, ε) as two heatmaps with one colour legend, computed in the lab
 * worker chunk by chunk (progress, Cancel, Resume). The run's current values are a ring; hovering
 * reads a cell out below; clicking a cell (or Enter on it) sets both values on the run. Moving
 * one of a map's own two values only moves its ring; anything else the map depends on
 * recomputes it (debounced, cached).
 */
import { useMemo, useState } from 'react';
import { axisValues, cellValues, MAP_AXES, mapsOf, type MapId } from '../../core/sensitivity';
import { runColor } from '../../plot/palette';
import { problemInfo } from '../../state/selectors';
import { appStore, useAppShallow } from '../../state/store';
import { useT } from '../../i18n';
import '../../i18n/en-lab'; // its words load with this chunk (docs/i18n.md)
import { optimizerTitle, runDisplayName } from '../../i18n/text';
import type { OptimizerSpec, Scenario } from '../../scenario/types';
import { useSensitivityMaps } from './sensitivity-hook';
import { SensitivityLegend } from './sensitivity-legend';
import { SensitivityMap } from './sensitivity-map';
import { SensitivityNotice } from './sensitivity-notice';
import { drawnCell, mapColorScale } from './sensitivity-scale';
import {
  cellReadout,
  combinedProgress,
  combinedStatus,
  mapLabel,
  mapsCaption,
  progressText,
  symbolOf,
} from './sensitivity-text';
import { withDefaults } from '../../core/optimizers';
import './SensitivityPanel.css';
import { ProgressBar } from '../progress-bar';

const MAP_IDS: readonly MapId[] = ['beta', 'alpha-eps'];

export function SensitivityPanel() {
  const { scenario, selectedRun } = useAppShallow((s) => ({
    scenario: s.scenario,
    selectedRun: s.selectedRun,
  }));
  const spec = scenario.optimizers[selectedRun];
  if (!spec || mapsOf(spec.type).length === 0) {
    return (
      <SensitivityNotice
        optimizers={scenario.optimizers}
        selectedRun={selectedRun}
        onSelect={(index) => appStore.getState().selectRun(index)}
      />
    );
  }
  return <SensitivityMaps scenario={scenario} runIndex={selectedRun} spec={spec} />;
}

function SensitivityMaps({
  scenario,
  runIndex,
  spec,
}: {
  scenario: Scenario;
  runIndex: number;
  spec: OptimizerSpec;
}) {
  const t = useT();
  const { views, cancel, resume } = useSensitivityMaps(scenario, runIndex);
  const [hover, setHover] = useState<{ id: MapId; cell: number } | null>(null);
  const fMin = problemInfo(scenario.problem).fMin;
  const maps = mapsOf(spec.type);
  const scale = useMemo(() => mapColorScale(fMin, [views.beta, views['alpha-eps']]), [fMin, views]);
  const resolved = withDefaults(spec);
  const color = runColor(spec.color, runIndex);
  const name = t('lab.runOf', {
    name: runDisplayName(spec),
    n: runIndex + 1,
  });

  const shown = maps.map((id) => views[id]);
  const status = combinedStatus(shown);
  const { done, total } = combinedProgress(shown);
  const elapsed = shown.reduce((sum, v) => sum + (v.progress?.elapsedMs ?? 0), 0);
  const percent = total > 0 ? Math.round((100 * done) / total) : 0;
  const empty = !shown.some((v) => (v.progress?.done ?? 0) > 0 || (v.previous?.done ?? 0) > 0);

  const valuesOf = (id: MapId, cell: number) => {
    const axes = MAP_AXES[id];
    return cellValues(axes, cell, axisValues(axes.x), axisValues(axes.y));
  };

  const pick = (id: MapId, cell: number) => {
    const axes = MAP_AXES[id];
    const { x, y } = valuesOf(id, cell);
    const state = appStore.getState();
    // The run picked from, even if the selection moved meanwhile.
    if (state.scenario.optimizers[runIndex]?.type !== spec.type) return;
    state.updateOptimizer(runIndex, { [axes.x.param]: x, [axes.y.param]: y });
  };

  const readout = hover
    ? cellReadout(
        MAP_AXES[hover.id],
        valuesOf(hover.id, hover.cell),
        drawnCell(views[hover.id].progress, views[hover.id].previous, hover.cell),
        scale.axis,
      )
    : status === 'error'
      ? t('maps.stoppedBecause', {
          error: shown.find((v) => v.error)?.error ?? t('maps.unknownError'),
        })
      : mapsCaption(scenario.steps, name, betaCycled(spec));

  const computing = status === 'running' || status === 'waiting';
  const stopped = status === 'cancelled' || status === 'error';

  return (
    <div className="sensitivity-panel" data-testid="sensitivity-panel">
      {MAP_IDS.map((id) => {
        const axes = MAP_AXES[id];
        if (!maps.includes(id)) {
          return (
            <p key={id} className="sensitivity-panel__absent">
              {t('maps.noEps', { name: optimizerTitle(spec.type) })}
            </p>
          );
        }
        return (
          <SensitivityMap
            key={id}
            axes={axes}
            view={views[id]}
            scale={scale}
            current={{
              x: resolved[axes.x.param] as number,
              y: resolved[axes.y.param] as number,
            }}
            color={color}
            xName={symbolOf(axes.x.param)}
            yName={symbolOf(axes.y.param)}
            label={mapLabel(id)}
            testId={id === 'beta' ? 'map-beta' : 'map-alpha-eps'}
            hovered={hover?.id === id ? hover.cell : null}
            onHover={(cell) =>
              setHover((old) => (cell === null ? (old?.id === id ? null : old) : { id, cell }))
            }
            onPick={(cell) => pick(id, cell)}
          />
        );
      })}
      <SensitivityLegend scale={scale} empty={empty} />
      <div className="sensitivity-panel__footer">
        <span
          className="hint-line sensitivity-panel__readout"
          aria-live="polite"
          title={readout}
          data-testid="maps-readout"
        >
          {readout}
        </span>
        {computing && (
          <ProgressBar
            className="sensitivity-panel__progress"
            fillClassName="sensitivity-panel__progress-fill"
            label={t('maps.progress')}
            percent={percent}
            valueText={t('lab.runsOf', { done, total })}
            title={progressText(status, done, total, elapsed)}
          />
        )}
        {!computing && status !== 'none' && (
          <span className="sensitivity-panel__status numeric" data-testid="maps-status">
            {status === 'error' ? t('maps.stopped') : progressText(status, done, total, elapsed)}
          </span>
        )}
        {computing ? (
          <button type="button" className="button sensitivity-panel__button" onClick={cancel}>
            {t('lab.cancel')}
          </button>
        ) : stopped ? (
          <button type="button" className="button sensitivity-panel__button" onClick={resume}>
            {status === 'error' ? t('lab.retry') : t('lab.resume')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** A one-cycle schedule that cycles momentum sets β1 itself at every step. */
function betaCycled(spec: OptimizerSpec): boolean {
  return spec.schedule?.type === 'one-cycle' && spec.schedule.cycleMomentum !== false;
}
