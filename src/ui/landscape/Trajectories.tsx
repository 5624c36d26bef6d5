/**
 * One trajectory per visible run: the whole path faint, the part up to the cursor step solid, a
 * marker at the cursor step, an end marker, and a cross where a run diverged. The paths are
 * rebuilt only when results or the window change; the cursor only moves a dash and a marker.
 */
import { memo, useMemo } from 'react';
import { OPTIMIZER_TITLES } from '../../core/optimizers';
import type { RunResult } from '../../core/run';
import { runColor } from '../../plot/palette';
import { keptIndexAt, trajectoryPath, type TrajectoryPath } from '../../plot/trajectory-path';
import { useApp, useAppShallow } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import type { Geometry } from './geometry';

export function Trajectories({ geo }: { geo: Geometry }) {
  const { results, optimizers, selectedRun } = useAppShallow((s) => ({
    results: s.results,
    optimizers: s.scenario.optimizers,
    selectedRun: s.selectedRun,
  }));
  if (!results) return null;
  // Draw the selected run last, on top.
  const order = results
    .map((_, i) => i)
    .sort((a, b) => Number(a === selectedRun) - Number(b === selectedRun));
  return (
    <g className="landscape__trajectories">
      {order.map((i) => {
        const spec = optimizers[i];
        const result = results[i];
        if (!spec || !result || spec.hidden) return null;
        return (
          <Run
            key={i}
            index={i}
            result={result}
            color={runColor(spec.color, i)}
            name={spec.label ?? OPTIMIZER_TITLES[spec.type]}
            geo={geo}
            selected={i === selectedRun}
          />
        );
      })}
    </g>
  );
}

interface RunProps {
  index: number;
  result: RunResult;
  color: string;
  name: string;
  geo: Geometry;
  selected: boolean;
}

const Run = memo(function Run({ index, result, color, name, geo, selected }: RunProps) {
  const path = useMemo(
    () => trajectoryPath(result.trajectory, result.dim, geo.x, geo.y),
    [result, geo],
  );
  const points = path.steps.length;
  if (points === 0) return null;
  const lastX = path.xs[points - 1]!;
  const lastY = path.ys[points - 1]!;
  const diverged = result.divergedAt !== null;
  return (
    <g className={`landscape__run${selected ? ' landscape__run--selected' : ''}`} style={{ color }}>
      <path className="landscape__halo" d={path.d} />
      <path
        className="landscape__path"
        d={path.d}
        data-testid={`trajectory-${index}`}
        data-points={points}
        data-diverged-at={result.divergedAt ?? undefined}
        aria-label={`${name} trajectory${diverged ? `, diverged at step ${result.divergedAt}` : ''}`}
        role="img"
      />
      <Progress path={path} result={result} geo={geo} />
      {diverged ? (
        <g className="landscape__diverged" transform={`translate(${lastX},${lastY})`}>
          <title>{`${name} diverged at step ${result.divergedAt}`}</title>
          <path d="M-6,-6L6,6M-6,6L6,-6" />
        </g>
      ) : (
        <rect className="landscape__end" x={lastX - 3.5} y={lastY - 3.5} width={7} height={7} />
      )}
    </g>
  );
});

/** The solid part up to the cursor and the marker at the cursor step. */
function Progress({
  path,
  result,
  geo,
}: {
  path: TrajectoryPath;
  result: RunResult;
  geo: Geometry;
}) {
  const cursor = useApp(effectiveCursor);
  const last = result.loss.length - 1;
  const step = Math.min(cursor, last);
  const kept = keptIndexAt(path, step);
  const x = geo.x(result.trajectory[step * result.dim]!);
  const y = geo.y(result.trajectory[step * result.dim + 1]!);
  const extra = Math.hypot(x - path.xs[kept]!, y - path.ys[kept]!);
  const length = path.lengths[kept]! + extra;
  return (
    <>
      <path className="landscape__progress" d={path.d} strokeDasharray={`${length} 1e7`} />
      <circle className="landscape__marker" cx={x} cy={y} r={6} data-step={step} />
    </>
  );
}
