/**
 * "Gradients" (issue 22): for one run, each layer's gradient norm ‖∇ₗf‖ and its update/weight
 * ratio ‖Δθₗ‖/‖θₗ‖ per step, log scale, the ratio against the practitioners' 1e-3 (CS231n), the
 * cursor step marked. Computed in the lab worker from the run's trajectory once it has finished.
 */
import { useT } from '../../i18n';
import '../../i18n/en-insight'; // its words load with this chunk (docs/i18n.md)
import type { RunResult } from '../../core/run';
import type { Scenario } from '../../scenario/types';
import { useLayerSeries } from './insight-hooks';
import { LayerChart, type LayerLine } from './LayerChart';

/** Layer colours, first to last (Okabe–Ito: told apart by colour-blind readers too). */
const LAYER_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00'];

/** Steps 0 … n − 1 of a ratio series (step k's ratio is of the update k → k + 1). */
function stepsOf(count: number): Int32Array {
  return Int32Array.from({ length: count }, (_, k) => k);
}

export function GradientsView({
  scenario,
  index,
  result,
  runName,
  cursor,
}: {
  scenario: Scenario | null;
  index: number;
  result: RunResult | null;
  runName: string;
  cursor: number;
}) {
  const t = useT();
  const state = useLayerSeries(scenario, index, result);
  if (state.status !== 'done') {
    const text =
      state.status === 'none'
        ? t('insight.noRuns')
        : state.status === 'waiting'
          ? t('insight.runFirst')
          : t('insight.waiting');
    return (
      <p className="chart-panel__loading" role="status" data-testid="insight-gradients-status">
        {text}
      </p>
    );
  }
  const { data } = state;
  const lastStep = Math.max(1, data.points - 1);
  const layerName = (name: string) => t('insight.layer', { name });
  const gradLines: LayerLine[] = data.layers.map((name, l) => ({
    name: layerName(name),
    color: LAYER_COLORS[l % LAYER_COLORS.length]!,
    steps: data.gradStep,
    values: data.gradNorm[l]!,
  }));
  const ratioLines: LayerLine[] = data.layers.map((name, l) => ({
    name: layerName(name),
    color: LAYER_COLORS[l % LAYER_COLORS.length]!,
    steps: stepsOf(data.ratio[l]!.length),
    values: data.ratio[l]!,
  }));
  const every = data.gradStep.length > 1 ? data.gradStep[1]! - data.gradStep[0]! : 1;
  return (
    <div className="gradients" data-testid="insight-gradients" data-layers={data.layers.length}>
      <ul className="gradients__key">
        {gradLines.map((line) => (
          <li key={line.name}>
            <span
              className="gradients__swatch"
              style={{ background: line.color }}
              aria-hidden="true"
            />
            {line.name}
          </li>
        ))}
      </ul>
      <LayerChart
        testId="insight-grad-chart"
        title={t('insight.gradTitle')}
        axis={t('insight.gradAxis')}
        label={t('insight.chartLabel', { title: t('insight.gradTitle'), run: runName })}
        lines={gradLines}
        lastStep={lastStep}
        cursor={cursor}
      />
      <LayerChart
        testId="insight-ratio-chart"
        title={t('insight.ratioTitle')}
        axis={t('insight.ratioAxis')}
        label={t('insight.chartLabel', { title: t('insight.ratioTitle'), run: runName })}
        lines={ratioLines}
        lastStep={lastStep}
        cursor={cursor}
        reference={{ value: 1e-3, label: t('insight.ratioReference') }}
      />
      <p className="gradients__note">
        {t('insight.ruleOfThumb')}
        {every > 1 && ` ${t('insight.gradEvery', { every })}`}
      </p>
    </div>
  );
}
