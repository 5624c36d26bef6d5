/**
 * A classifier on a table's held-out scores over its training lines (issue 22; docs/models.md,
 * "Training, validation and test"): each visible run's validation loss or accuracy dashed in
 * the run's colour, and its test score, measured once at the run's last point, as a hollow
 * diamond there with its value. The training line is ChartLines' solid one: where the dashed
 * line turns up while the solid one keeps falling, the model has started to memorise.
 */
import { memo, useMemo } from 'react';
import { formatAxisReading } from '../../plot/chart-scale';
import { linePath, type ChartSeries } from '../../plot/chart-series';
import type { ChartGeometry } from './geometry';
import type { ChartRun } from './ChartLines';
import { useT } from '../../i18n';
import '../../i18n/en-tables'; // its words load with this chunk (docs/i18n.md)

/** A run's test score: its value on the chart's measure at the run's last step. */
export interface TestMark {
  index: number;
  step: number;
  value: number;
}

export const ChartHeldOut = memo(function ChartHeldOut({
  geo,
  series,
  runs,
}: {
  geo: ChartGeometry;
  series: readonly ChartSeries[];
  runs: readonly ChartRun[];
}) {
  return (
    <g className="loss-chart__held-out">
      {series.map((s) => (
        <ValidationLine key={s.index} geo={geo} series={s} color={runs[s.index]!.color} />
      ))}
    </g>
  );
});

const ValidationLine = memo(function ValidationLine({
  geo,
  series,
  color,
}: {
  geo: ChartGeometry;
  series: ChartSeries;
  color: string;
}) {
  const { values, indices, breaks } = series;
  const d = useMemo(
    () => linePath(values, indices, geo.x, geo.y, breaks),
    [values, indices, breaks, geo],
  );
  return (
    <path
      className="plot__line loss-chart__validation"
      style={{ color }}
      d={d}
      data-testid={`validation-line-${series.index}`}
      data-points={indices.length}
      data-fresh={series.fresh !== false}
    />
  );
});

/** The test scores, drawn over the lines and never clipped by the cursor's trail. */
export const ChartTestMarks = memo(function ChartTestMarks({
  geo,
  marks,
  runs,
}: {
  geo: ChartGeometry;
  marks: readonly TestMark[];
  runs: readonly ChartRun[];
}) {
  const t = useT();
  return (
    <g className="loss-chart__tests">
      {marks.map((mark) => {
        const x = geo.x(mark.step);
        const y = geo.y(mark.value);
        if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
        const run = runs[mark.index]!;
        const value = formatAxisReading(geo.spec, mark.value);
        return (
          <g
            key={mark.index}
            className="loss-chart__test"
            style={{ color: run.color }}
            transform={`translate(${x},${y})`}
            data-testid={`test-mark-${mark.index}`}
            data-value={mark.value}
          >
            <title>{t('tables.testMark', { name: run.name, value })}</title>
            <path className="loss-chart__test-halo" d="M0,-6L6,0L0,6L-6,0Z" />
            <path className="loss-chart__test-mark" d="M0,-6L6,0L0,6L-6,0Z" />
          </g>
        );
      })}
    </g>
  );
});

/**
 * The key of the line styles, shown while some run has held-out scores: over the plot where the
 * curves are not, near its foot for accuracy (which rises), near its top for losses (which fall).
 */
export function HeldOutKey({ rising, earlyStop }: { rising: boolean; earlyStop: boolean }) {
  const t = useT();
  return (
    <ul
      className={`loss-chart__key loss-chart__key--${rising ? 'low' : 'high'}`}
      aria-label={t('tables.keyLabel')}
      data-testid="held-out-key"
    >
      <li>
        <svg width="22" height="8" aria-hidden="true">
          <line className="loss-chart__key-line" x1="1" y1="4" x2="21" y2="4" />
        </svg>
        {t('tables.keyTraining')}
      </li>
      <li>
        <svg width="22" height="8" aria-hidden="true">
          <line
            className="loss-chart__key-line loss-chart__validation"
            x1="1"
            y1="4"
            x2="21"
            y2="4"
          />
        </svg>
        {t('tables.keyValidation')}
      </li>
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <path className="loss-chart__key-test" d="M7,1L13,7L7,13L1,7Z" />
        </svg>
        {t('tables.keyTest')}
      </li>
      {earlyStop && (
        <li>
          <svg width="10" height="10" aria-hidden="true">
            <circle className="loss-chart__key-stop" cx="5" cy="5" r="4" />
          </svg>
          {t('tables.keyEarlyStop')}
        </li>
      )}
    </ul>
  );
}
