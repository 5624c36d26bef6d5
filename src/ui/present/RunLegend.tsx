/**
 * In presentation mode the run cards are hidden; this legend over the landscape names each
 * visible run in its colour with its learning rate, so the room can tell the paths apart.
 * `compact`: one line in the landscape's tools row, for embeds, which have no run cards either
 * (docs/app.md, "Layout").
 */
import { runColor } from '../../plot/palette';
import { useApp } from '../../state/store';
import { useT } from '../../i18n';
import { runDisplayName } from '../../i18n/text';
import { runValuesText } from '../optimizers/run-values';
import './present.css';

export function RunLegend({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const optimizers = useApp((s) => s.scenario.optimizers);
  return (
    <ul
      className={`run-legend${compact ? ' run-legend--compact' : ''}`}
      aria-label={t('present.runs')}
      data-testid={compact ? 'embed-run-legend' : undefined}
    >
      {optimizers.map((spec, index) =>
        spec.hidden ? null : (
          <li key={index} className="run-legend__item">
            <span
              className="run-legend__swatch"
              style={{ background: runColor(spec.color, index) }}
              aria-hidden="true"
            />
            {runDisplayName(spec)}
            {/* Live values: a name never carries a number (src/ui/optimizers/run-values.ts). */}
            <span className="run-legend__lr">{runValuesText(spec)}</span>
          </li>
        ),
      )}
    </ul>
  );
}
