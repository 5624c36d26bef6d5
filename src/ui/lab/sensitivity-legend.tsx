/**
 * The maps' shared colour legend: a vertical bar (high loss at the top, as on a y axis) with
 * decade ticks, what is coloured (f − f* or f) and its scale, and the swatch of diverged cells.
 */
import { useRef } from 'react';
import { useSize } from '../charts/use-size';
import { sequentialColor } from '../../plot/colormap';
import { formatTick } from '../../plot/chart-scale';
import { useT } from '../../i18n';
import '../../i18n/en-lab'; // its words load with this chunk (docs/i18n.md)
import { legendTicks, type MapColorScale } from './sensitivity-scale';

const STOPS = 12;
/** The bar's gradient: the palette from 0 (bottom) to 1 (top). */
const GRADIENT = `linear-gradient(to top, ${Array.from(
  { length: STOPS + 1 },
  (_, i) => `${sequentialColor(i / STOPS)} ${((i / STOPS) * 100).toFixed(1)}%`,
).join(', ')})`;

export function SensitivityLegend({ scale, empty }: { scale: MapColorScale; empty: boolean }) {
  const t = useT();
  const bar = useRef<HTMLDivElement>(null);
  const { height } = useSize(bar);
  const ticks = empty || height === 0 ? [] : legendTicks(scale, height);
  const kind = scale.axis.kind === 'log' ? t('landscape.scaleLog') : t('landscape.scaleSymlog');
  const description = empty
    ? t('maps.legendEmpty')
    : t('maps.legend', {
        label: scale.axis.label,
        min: formatTick(scale.domain[0]),
        max: formatTick(scale.domain[1]),
        scale: kind,
      });
  return (
    <div className="sensitivity-legend" role="img" aria-label={description}>
      <span
        className="sensitivity-legend__name"
        title={t('maps.legendName', { label: scale.axis.label, scale: kind })}
      >
        {scale.axis.label}
      </span>
      <div className="sensitivity-legend__scale" ref={bar}>
        <span className="sensitivity-legend__bar" style={{ background: GRADIENT }} />
        {ticks.map((tick) => (
          <span
            key={tick.label}
            className="sensitivity-legend__tick numeric"
            style={{ bottom: `${tick.position * 100}%` }}
          >
            {tick.label}
          </span>
        ))}
      </div>
      <span className="sensitivity-legend__diverged">
        <span className="sensitivity-legend__swatch" />
        {t('chart.diverged')}
      </span>
    </div>
  );
}
