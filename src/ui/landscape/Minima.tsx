/** Marks the problem's minima (stars for global, dots for local) and saddles (diamonds). */
import type { MarkedPoint } from '../../core/problems';
import type { Geometry } from './geometry';
import { useT } from '../../i18n';

/** The global minimum's star, centred on 0 (the legend draws it too, src/ui/help). */
export const STAR_PATH =
  'M0,-8 L2.4,-2.6 8,-2.5 3.6,1.2 5,7 0,3.8 -5,7 -3.6,1.2 -8,-2.5 -2.4,-2.6Z';

export function Minima({ geo, points }: { geo: Geometry; points: readonly MarkedPoint[] }) {
  const t = useT();
  return (
    <g className="landscape__minima">
      {points.map(({ point, kind, value }, i) => {
        const cx = geo.x(point[0]);
        const cy = geo.y(point[1]);
        if (!Number.isFinite(cx) || !Number.isFinite(cy)) return null;
        const where = { x: point[0], y: point[1], f: value };
        const label =
          kind === 'saddle'
            ? t('landscape.saddle', where)
            : kind === 'local'
              ? t('landscape.localMinimum', where)
              : t('landscape.globalMinimum', where);
        return (
          <g
            key={i}
            transform={`translate(${cx},${cy})`}
            className={`landscape__minimum landscape__minimum--${kind}`}
          >
            <title>{label}</title>
            {kind === 'global' && <path d={STAR_PATH} />}
            {kind === 'local' && <circle r={4} />}
            {kind === 'saddle' && <path d="M0,-6 L6,0 0,6 -6,0Z" />}
          </g>
        );
      })}
    </g>
  );
}
