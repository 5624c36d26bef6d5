/**
 * What moves during playback: each run's path up to the cursor step, solid, on a canvas, and a
 * marker at the cursor step on a small SVG of its own. Both sit on their own compositing layers
 * over the static landscape, so a frame of playback repaints only them. Moving forward draws only
 * the new segments; anything else redraws the prefixes.
 */
import { memo, useEffect, useRef } from 'react';
import { keptIndexAt } from '../../plot/trajectory-path';
import { useApp } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import type { Geometry } from './geometry';
import { useRunPaths, type RunPath } from './use-run-paths';

const LINE_WIDTH = 2.5;
const SELECTED_LINE_WIDTH = 3.25;

interface Drawn {
  runs: readonly RunPath[];
  geo: Geometry;
  step: number;
}

/** Screen position of a run at a step (its last valid point after a divergence). */
function pointAt(run: RunPath, geo: Geometry, step: number): [number, number] {
  const { trajectory, dim, loss } = run.result;
  const k = Math.min(step, loss.length - 1);
  return [geo.x(trajectory[k * dim]!), geo.y(trajectory[k * dim + 1]!)];
}

/** Strokes run's path from `fromStep` (exclusive of earlier kept points) to `toStep`. */
function strokeRange(
  ctx: CanvasRenderingContext2D,
  run: RunPath,
  geo: Geometry,
  fromStep: number,
  toStep: number,
): void {
  const { path } = run;
  ctx.beginPath();
  const [x0, y0] = fromStep <= 0 ? [path.xs[0]!, path.ys[0]!] : pointAt(run, geo, fromStep);
  ctx.moveTo(x0, y0);
  const last = Math.min(toStep, run.result.loss.length - 1);
  for (
    let i = keptIndexAt(path, fromStep) + 1;
    i < path.steps.length && path.steps[i]! <= last;
    i++
  )
    ctx.lineTo(path.xs[i]!, path.ys[i]!);
  const [x, y] = pointAt(run, geo, toStep);
  ctx.lineTo(x, y);
  ctx.strokeStyle = run.color;
  ctx.lineWidth = run.selected ? SELECTED_LINE_WIDTH : LINE_WIDTH;
  ctx.stroke();
}

export const ProgressLayer = memo(function ProgressLayer({ geo }: { geo: Geometry }) {
  const runs = useRunPaths(geo);
  const step = useApp(effectiveCursor);
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<Drawn | null>(null);
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;

  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!element || !ctx) return;
    const previous = drawn.current;
    const onward =
      previous && previous.runs === runs && previous.geo === geo && step >= previous.step;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    if (!onward) ctx.clearRect(0, 0, geo.plotWidth, geo.plotHeight);
    for (const run of runs) strokeRange(ctx, run, geo, onward ? previous.step : 0, step);
    drawn.current = { runs, geo, step };
  }, [runs, geo, step, ratio]);

  return (
    <>
      <canvas
        ref={canvas}
        className="landscape__progress"
        width={Math.round(geo.plotWidth * ratio)}
        height={Math.round(geo.plotHeight * ratio)}
        style={{ width: geo.plotWidth, height: geo.plotHeight }}
        aria-hidden="true"
      />
      <svg
        className="landscape__markers"
        width={geo.plotWidth}
        height={geo.plotHeight}
        aria-hidden="true"
      >
        {runs.map((run) => {
          const [x, y] = pointAt(run, geo, step);
          // A point that cannot be placed has no marker (its path skips it too).
          if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
          return (
            <circle
              key={run.index}
              className="landscape__marker"
              style={{ color: run.color }}
              cx={x}
              cy={y}
              r={run.selected ? 7 : 6}
              data-step={Math.min(step, run.result.loss.length - 1)}
              data-run={run.index}
            />
          );
        })}
      </svg>
    </>
  );
});
