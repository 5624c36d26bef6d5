/**
 * Small drawn samples of the landscape's marks for the legend, in the landscape's own classes
 * (src/ui/landscape/Landscape.css), so that a sample is what the landscape draws: the start ring,
 * the minimum's star, the current-step dot, the path done and ahead, the end marker, the ×.
 * Each stands on a patch of the surface's own colours (src/plot/colormap.ts).
 */
import type { ReactNode } from 'react';
import { sequentialColor } from '../../plot/colormap';
import { RUN_COLORS } from '../../plot/palette';
import { STAR_PATH } from '../landscape/Minima';

export type SampleKind =
  'start' | 'minimum' | 'current' | 'trail' | 'end' | 'diverged' | 'averaged';

const WIDTH = 56;
const HEIGHT = 32;
const BLUE = RUN_COLORS[0];
const VERMILLION = RUN_COLORS[1];
const SURFACE = [sequentialColor(0.45), sequentialColor(0.8)];

/** A trail: the part done (solid, as ProgressLayer strokes it) then the part ahead (faded). */
const DONE = 'M6,24 C14,22 18,12 28,14';
const AHEAD = 'M28,14 C38,16 42,8 50,8';

/**
 * The path done and the path ahead, as the landscape draws them with trails on "future faded"
 * (the default; docs/app.md, "Trails and the reveal"): the run's own path, marked
 * data-future="faded" so that the trails' rules (src/ui/landscape/Reveal.css) fade it.
 */
function Trail() {
  return (
    <>
      <g className="landscape__run" data-future="faded" style={{ color: BLUE }}>
        <path className="landscape__halo" d={AHEAD} />
        <path className="landscape__path" d={AHEAD} />
      </g>
      <path className="legend-sample__done" style={{ color: BLUE }} d={DONE} />
    </>
  );
}

function mark(kind: SampleKind): ReactNode {
  switch (kind) {
    case 'start':
      return (
        <g transform="translate(28,16)">
          <circle r={7} className="landscape__start-ring" />
          <circle r={2.5} className="landscape__start-dot" />
        </g>
      );
    case 'minimum':
      return (
        <g transform="translate(28,16)" className="landscape__minimum landscape__minimum--global">
          <path d={STAR_PATH} />
        </g>
      );
    case 'current':
      return (
        <>
          <Trail />
          <circle className="landscape__marker" style={{ color: BLUE }} cx={28} cy={14} r={6} />
        </>
      );
    case 'trail':
      return <Trail />;
    case 'end':
      return (
        <g className="landscape__run" style={{ color: BLUE }}>
          <path className="landscape__halo" d="M8,24 C18,22 26,16 36,16" />
          <path className="landscape__path" d="M8,24 C18,22 26,16 36,16" />
          <rect className="landscape__end" x={36 - 3.5} y={16 - 3.5} width={7} height={7} />
        </g>
      );
    case 'averaged':
      // θ solid, the optimizer's averaged point dashed beside it (Trajectories.tsx).
      return (
        <g className="landscape__run" style={{ color: BLUE }}>
          <path className="landscape__halo" d="M6,26 L14,12 22,24 30,10 38,20" />
          <path className="landscape__path" d="M6,26 L14,12 22,24 30,10 38,20" />
          <path className="landscape__averaged-path" d="M6,26 C16,20 28,18 46,16" />
          <circle className="landscape__averaged-end" cx={46} cy={16} r={4} />
        </g>
      );
    case 'diverged':
      return (
        <g className="landscape__run" style={{ color: VERMILLION }}>
          <path className="landscape__halo" d="M8,26 L18,10 28,24 36,12" />
          <path className="landscape__path" d="M8,26 L18,10 28,24 36,12" />
          <g className="landscape__diverged" transform="translate(40,10)">
            <path d="M-6,-6L6,6M-6,6L6,-6" />
          </g>
        </g>
      );
  }
}

export function LegendSample({ kind }: { kind: SampleKind }) {
  const gradient = `legend-surface-${kind}`;
  return (
    <svg
      className="legend-sample"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
      data-sample={kind}
    >
      <defs>
        <linearGradient id={gradient} x1="0" y1="1" x2="1" y2="0">
          <stop offset="0" stopColor={SURFACE[0]} />
          <stop offset="1" stopColor={SURFACE[1]} />
        </linearGradient>
      </defs>
      <rect width={WIDTH} height={HEIGHT} rx={4} fill={`url(#${gradient})`} />
      {mark(kind)}
    </svg>
  );
}
