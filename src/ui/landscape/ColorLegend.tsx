/** The colour scale: a bar of the bands with the window's smallest and largest f and the scale kind. */
import { useApp } from '../../state/store';
import { pairedSurface } from '../../state/run-views';
import { formatValue } from './format';
import { useT } from '../../i18n';
import { HelpTip } from '../help/HelpTip';

const SCALE_KEYS = {
  log: 'landscape.scaleLog',
  linear: 'landscape.scaleLinear',
  symlog: 'landscape.scaleSymlog',
} as const;

export function ColorLegend() {
  const t = useT();
  // Only a picture of the current problem (src/state/run-views.ts).
  const surface = useApp(pairedSurface);
  if (!surface || !Number.isFinite(surface.min)) return null;
  const { colors, scale } = surface.levels;
  const gradient = `linear-gradient(to right, ${colors.map((c, i) => `${c} ${(i / colors.length) * 100}% ${((i + 1) / colors.length) * 100}%`).join(', ')})`;
  return (
    <div className="landscape__legend">
      {/* One picture with one sentence for screen readers (a label on a plain div is not read). */}
      <span
        className="landscape__legend-picture"
        role="img"
        aria-label={t('landscape.legend', {
          min: formatValue(surface.min),
          max: formatValue(surface.max),
          scale: t(SCALE_KEYS[scale]),
        })}
      >
        <span className="numeric">{formatValue(surface.min)}</span>
        <span className="landscape__legend-bar" style={{ background: gradient }} />
        <span className="numeric">{formatValue(surface.max)}</span>
        <span className="landscape__legend-scale">f, {t(SCALE_KEYS[scale])}</span>
      </span>
      {/* The scale in plain words (issue 14 §5), outside the picture: a button is not an image. */}
      {scale !== 'linear' && (
        <HelpTip
          term={t(SCALE_KEYS[scale])}
          text={scale === 'symlog' ? t('jargon.symlog') : t('jargon.colourLog')}
          testId="help-colour-scale"
        />
      )}
    </div>
  );
}
