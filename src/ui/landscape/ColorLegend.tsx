/** The colour scale: a bar of the bands with the window's smallest and largest f and the scale kind. */
import { useApp } from '../../state/store';
import { formatValue } from './format';

const SCALE_NAMES = {
  log: 'log scale',
  linear: 'linear scale',
  symlog: 'symmetric log scale',
} as const;

export function ColorLegend() {
  const surface = useApp((s) => s.surface);
  if (!surface || !Number.isFinite(surface.min)) return null;
  const { colors, scale } = surface.levels;
  const gradient = `linear-gradient(to right, ${colors.map((c, i) => `${c} ${(i / colors.length) * 100}% ${((i + 1) / colors.length) * 100}%`).join(', ')})`;
  return (
    <div
      className="landscape__legend"
      aria-label={`colour: f from ${formatValue(surface.min)} to ${formatValue(surface.max)}, ${SCALE_NAMES[scale]}`}
    >
      <span className="numeric">{formatValue(surface.min)}</span>
      <span className="landscape__legend-bar" style={{ background: gradient }} />
      <span className="numeric">{formatValue(surface.max)}</span>
      <span className="landscape__legend-scale">f, {SCALE_NAMES[scale]}</span>
    </div>
  );
}
