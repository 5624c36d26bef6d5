/**
 * One trajectory per visible run, drawn whole and faint with a white halo, an end marker, and a
 * cross where a run diverged. Static while the cursor moves: the part up to the cursor and the
 * markers are drawn by ProgressLayer on layers of their own, so playback never repaints these.
 */
import { memo } from 'react';
import type { Geometry } from './geometry';
import { useRunPaths, type RunPath } from './use-run-paths';
import { useT } from '../../i18n';

/** Its own subscriber to the results, so that new results re-render the runs, not the landscape. */
export const Trajectories = memo(function Trajectories({ geo }: { geo: Geometry }) {
  const runs = useRunPaths(geo);
  return (
    <g className="landscape__trajectories">
      {runs.map((run) => (
        <Run key={run.index} run={run} />
      ))}
    </g>
  );
});

function Run({ run }: { run: RunPath }) {
  const t = useT();
  const { index, result, path, color, name, selected, fresh } = run;
  const points = path.steps.length;
  const lastX = path.xs[points - 1]!;
  const lastY = path.ys[points - 1]!;
  const diverged = result.divergedAt !== null;
  return (
    <g
      className={`landscape__run${selected ? ' landscape__run--selected' : ''}${
        fresh ? '' : ' landscape__run--stale'
      }`}
      style={{ color }}
      data-fresh={fresh}
    >
      <path className="landscape__halo" d={path.d} />
      <path
        className="landscape__path"
        d={path.d}
        data-testid={`trajectory-${index}`}
        data-points={points}
        data-diverged-at={result.divergedAt ?? undefined}
        aria-label={
          diverged
            ? t('landscape.trajectoryDiverged', { name, step: result.divergedAt })
            : t('landscape.trajectory', { name })
        }
        role="img"
      />
      {diverged ? (
        <g className="landscape__diverged" transform={`translate(${lastX},${lastY})`}>
          <title>{t('chart.runDiverged', { name, step: result.divergedAt })}</title>
          <path d="M-6,-6L6,6M-6,6L6,-6" />
        </g>
      ) : (
        <rect className="landscape__end" x={lastX - 3.5} y={lastY - 3.5} width={7} height={7} />
      )}
    </g>
  );
}
