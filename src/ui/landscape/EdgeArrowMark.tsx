/**
 * The arrow on the landscape's edge pointing at a run's marker that has left the window, with
 * its step ("step 47") in the run's colour (issue 14, point 8; geometry in edge-arrow.ts).
 * Drawn on the markers' layer, which follows the cursor anyway.
 */
import { useT } from '../../i18n';
import { edgeArrow } from './edge-arrow';
import type { Geometry } from './geometry';
import './Reveal.css';

export function EdgeArrowMark({
  index,
  x,
  y,
  geo,
  step,
}: {
  index: number;
  x: number;
  y: number;
  geo: Geometry;
  step: number;
}) {
  const t = useT();
  const arrow = edgeArrow(x, y, geo.plotWidth, geo.plotHeight);
  if (!arrow) return null;
  const label = t('reveal.edgeStep', { step });
  return (
    <g className="landscape__edge-arrow" data-testid={`edge-arrow-${index}`} data-step={step}>
      <title>{t('reveal.edgeTitle', { step })}</title>
      {/* A chevron whose tip is at (0, 0), pointing along +x before the rotation. */}
      <path
        className="landscape__edge-arrow-head"
        transform={`translate(${arrow.x},${arrow.y}) rotate(${arrow.angle})`}
        d="M0,0L-11,-7L-8,0L-11,7Z"
      />
      <text
        className="landscape__edge-arrow-label"
        x={arrow.labelX}
        y={arrow.labelY}
        textAnchor={arrow.anchor}
        dominantBaseline={arrow.baseline}
      >
        {label}
      </text>
    </g>
  );
}
