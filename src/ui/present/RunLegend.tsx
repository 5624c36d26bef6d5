/**
 * In presentation mode the run cards are hidden; this legend over the landscape names each
 * visible run in its colour with its learning rate, so the room can tell the paths apart.
 */
import { runColor } from '../../plot/palette';
import { useApp } from '../../state/store';
import { useT } from '../../i18n';
import { runDisplayName } from '../../i18n/text';
import { formatValue } from '../landscape/format';
import './present.css';

export function RunLegend() {
  const t = useT();
  const optimizers = useApp((s) => s.scenario.optimizers);
  return (
    <ul className="run-legend" aria-label={t('present.runs')}>
      {optimizers.map((spec, index) =>
        spec.hidden ? null : (
          <li key={index} className="run-legend__item">
            <span
              className="run-legend__swatch"
              style={{ background: runColor(spec.color, index) }}
              aria-hidden="true"
            />
            {runDisplayName(spec)}
            <span className="run-legend__lr">α = {formatValue(spec.lr)}</span>
          </li>
        ),
      )}
    </ul>
  );
}
