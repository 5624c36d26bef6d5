/**
 * Where early stopping would stop (issue 22; docs/models.md, "Overfitting and early stopping"):
 * for each visible run with a validation curve, the step of its lowest validation loss
 * (src/core/early-stopping.ts) as a thin line across the plot in the run's colour and a filled
 * dot on its dashed validation line, on the loss and the accuracy chart alike (the accuracy
 * chart marks the same step: early stopping watches the loss). One run's mark is labelled — the
 * selected run's, else the first — so two runs never print two labels over each other; every
 * mark names its run, value and step in its tooltip. The label sits where the curves are not:
 * at the top of a loss chart, at the foot of an accuracy chart.
 */
import { memo } from 'react';
import { formatAxisReading } from '../../plot/chart-scale';
import type { StopMark } from './early-stop-marks';
import type { ChartGeometry } from './geometry';
import type { ChartRun } from './ChartLines';
import { useT } from '../../i18n';
import '../../i18n/en-tables'; // its words load with this chunk (docs/i18n.md)

/**
 * The key of line styles covers the plot's top 20 px on a loss chart and its foot's 22 px on an
 * accuracy chart (LossChart.css): the label keeps clear of it.
 */
const KEY_CLEARANCE = 36;

export const ChartEarlyStop = memo(function ChartEarlyStop({
  geo,
  marks,
  runs,
  selected,
  labelAtFoot,
}: {
  geo: ChartGeometry;
  marks: readonly StopMark[];
  runs: readonly ChartRun[];
  selected: number;
  /** The label at the plot's foot (accuracy rises to the top) instead of its top. */
  labelAtFoot: boolean;
}) {
  const t = useT();
  const labelled = marks.find((mark) => mark.index === selected) ?? marks[0];
  return (
    <g className="loss-chart__early-stops">
      {marks.map((mark) => {
        const x = geo.x(mark.step);
        const y = geo.y(mark.value);
        if (!Number.isFinite(x)) return null;
        const run = runs[mark.index]!;
        const value = formatAxisReading(geo.spec, mark.value);
        const label = mark === labelled;
        // Right of the line, or left of it in the plot's right third.
        const flip = x > geo.plotWidth * 0.66;
        return (
          <g
            key={mark.index}
            className="loss-chart__early-stop"
            style={{ color: run.color }}
            data-testid={`early-stop-${mark.index}`}
            data-step={mark.step}
            data-value={mark.value}
          >
            <title>{t('tables.earlyStopTitle', { name: run.name, step: mark.step, value })}</title>
            <line
              className="loss-chart__early-stop-line"
              x1={x}
              x2={x}
              y1={0}
              y2={geo.plotHeight}
            />
            {Number.isFinite(y) && (
              <>
                <circle className="loss-chart__early-stop-halo" cx={x} cy={y} r={6} />
                <circle className="loss-chart__early-stop-dot" cx={x} cy={y} r={4.5} />
              </>
            )}
            {label && (
              <text
                className="loss-chart__early-stop-label"
                x={flip ? x - 6 : x + 6}
                y={labelAtFoot ? geo.plotHeight - KEY_CLEARANCE + 8 : KEY_CLEARANCE}
                textAnchor={flip ? 'end' : 'start'}
                data-testid="early-stop-label"
              >
                {t('tables.earlyStopStep', { step: mark.step.toLocaleString('en-US') })}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});
