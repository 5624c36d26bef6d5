/**
 * The loss chart's x axis: steps, or evaluations of f (`x=evals`): L-BFGS with its line search
 * evaluates f several times a step, a first-order method once, so counting evaluations compares
 * them at equal work (docs/optimizers.md#lbfgs). A small select at the plot's top right,
 * shown where some run records its evaluations (or the axis counts them); the link keeps it.
 */
import { CHART_X, type ChartX } from '../../state/chart-modes';
import { useApp } from '../../state/store';
import { useT } from '../../i18n';

export function ChartXSwitch() {
  const t = useT();
  const chartX = useApp((s) => s.chartX);
  const setChartX = useApp((s) => s.setChartX);
  return (
    <label className="loss-chart__x" title={t('chart.xHint')}>
      <span>{t('chart.xAxis')}</span>
      <select
        className="quiet-control"
        data-testid="chart-x"
        value={chartX}
        onChange={(event) => setChartX(event.target.value as ChartX)}
      >
        {CHART_X.map((axis) => (
          <option key={axis} value={axis}>
            {t(axis === 'steps' ? 'chart.xSteps' : 'chart.xEvaluations')}
          </option>
        ))}
      </select>
    </label>
  );
}
