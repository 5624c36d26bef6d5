/**
 * What moves during playback: each run's path up to the cursor step, solid, on a canvas, and a
 * marker at the cursor step on a small SVG of its own. Both sit on their own compositing layers
 * over the static landscape, so a frame of playback repaints only them. Moving forward draws only
 * the new segments; anything else redraws the prefixes. This is the past of each run: the static
 * layer under it (Trajectories) draws the future whole, faint or not at all (src/state/trails.ts).
 * A zig-zag of long jumps is drawn thin with a dot per step, and a marker off the window gets an
 * arrow on the edge with its step (docs/app.md, "Divergence legible").
 */
import { memo, useEffect, useRef } from 'react';
import { selectedLast } from '../../plot/draw-order';
import { keptIndexAt } from '../../plot/trajectory-path';
import { useApp } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import { plotCanvasSize, type Geometry } from './geometry';
import { useRunPaths, type RunPath } from './use-run-paths';
import { EdgeArrowMark } from './EdgeArrowMark';
import { PaintBounds } from '../paint-bounds';

const LINE_WIDTH = 2.5;
const SELECTED_LINE_WIDTH = 3.25;
/** A run drawn step by step: a thin line, so that crossing jumps stay apart, and a dot per step. */
const STEPS_LINE_WIDTH = 1.25;
const STEP_DOT_RADIUS = 2.75;

interface Drawn {
  runs: readonly RunPath[];
  geo: Geometry;
  step: number;
}

/**
 * Screen position of a run at a step (its last valid point after a divergence): of θ, or of its
 * averaged point where `averaged` (RunResult.averaged: ASGD's ax, Schedule-Free's x).
 */
function pointAt(run: RunPath, geo: Geometry, step: number, averaged = false): [number, number] {
  const { dim, loss } = run.result;
  const points = averaged ? run.result.averaged! : run.result.trajectory;
  const k = Math.min(step, loss.length - 1);
  return [geo.x(points[k * dim]!), geo.y(points[k * dim + 1]!)];
}

/** The dashes of an averaged path, as Landscape.css's .landscape__averaged-path. */
const AVERAGED_DASH = [5, 4];

/**
 * Strokes run's path from `fromStep` (exclusive of earlier kept points) to `toStep`: θ's, or
 * dashed its averaged point's where `averaged`.
 */
function strokeRange(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  run: RunPath,
  geo: Geometry,
  fromStep: number,
  toStep: number,
  averaged = false,
): void {
  const path = averaged ? run.averaged! : run.path;
  ctx.beginPath();
  const [x0, y0] =
    fromStep <= 0 ? [path.xs[0]!, path.ys[0]!] : pointAt(run, geo, fromStep, averaged);
  ctx.moveTo(x0, y0);
  const last = Math.min(toStep, run.result.loss.length - 1);
  const first = keptIndexAt(path, fromStep) + 1;
  let end = first;
  for (; end < path.steps.length && path.steps[end]! <= last; end++)
    ctx.lineTo(path.xs[end]!, path.ys[end]!);
  const [x, y] = pointAt(run, geo, toStep, averaged);
  ctx.lineTo(x, y);
  ctx.strokeStyle = run.color;
  ctx.lineWidth = run.steps ? STEPS_LINE_WIDTH : run.selected ? SELECTED_LINE_WIDTH : LINE_WIDTH;
  ctx.setLineDash(averaged ? AVERAGED_DASH : []);
  ctx.stroke();
  ctx.setLineDash([]);
  if (run.steps && !averaged) strokeDots(ctx, run, fromStep <= 0 ? 0 : first, end);
}

/** A dot at each kept point from `from` to `to` (exclusive): each step of a zig-zag is seen. */
function strokeDots(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  run: RunPath,
  from: number,
  to: number,
): void {
  const { path } = run;
  ctx.beginPath();
  for (let i = from; i < to; i++) {
    ctx.moveTo(path.xs[i]! + STEP_DOT_RADIUS, path.ys[i]!);
    ctx.arc(path.xs[i]!, path.ys[i]!, STEP_DOT_RADIUS, 0, 2 * Math.PI);
  }
  ctx.fillStyle = run.color;
  ctx.fill();
}

/** Whether two lists of runs stroke the same pixels: the same paths, colours and widths. */
function sameStrokes(a: readonly RunPath[], b: readonly RunPath[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((run, i) => {
    const other = b[i]!;
    return (
      run.path === other.path &&
      run.result === other.result &&
      run.color === other.color &&
      run.selected === other.selected &&
      run.steps === other.steps
    );
  });
}

/** Strokes each run's path (and averaged path) from `fromStep` to `toStep`, in order. */
function strokeRuns(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  runs: readonly RunPath[],
  geo: Geometry,
  fromStep: number,
  toStep: number,
): void {
  for (const run of runs) {
    strokeRange(ctx, run, geo, fromStep, toStep);
    if (run.averaged) strokeRange(ctx, run, geo, fromStep, toStep, true);
  }
}

/**
 * The unselected runs' paths to a step, kept as a bitmap off the page: a slider input changes the
 * selected run only, and copying the others' pixels costs about a third of stroking them again
 * (issue 17: 0.3 against 1.0 ms for six runs of about 300 kept points, rastered in software).
 * Off the page, so the compositor does not copy it out at each frame as it does every canvas on
 * it (docs/benchmark.md, session 15).
 */
interface OthersLayer extends Drawn {
  bitmap: OffscreenCanvas;
}

/** `others` stroked to `step` on a bitmap of the canvas' size: `kept` again if it holds them. */
function othersLayer(
  kept: OthersLayer | null,
  others: readonly RunPath[],
  geo: Geometry,
  step: number,
  ratio: number,
  width: number,
  height: number,
): OthersLayer | null {
  const bitmap = kept?.bitmap ?? new OffscreenCanvas(width, height);
  if (
    kept &&
    kept.geo === geo &&
    kept.step === step &&
    bitmap.width === width &&
    bitmap.height === height &&
    sameStrokes(kept.runs, others)
  )
    return kept;
  bitmap.width = width;
  bitmap.height = height;
  const ctx = bitmap.getContext('2d');
  if (!ctx) return null;
  prepare(ctx, ratio);
  strokeRuns(ctx, others, geo, 0, step);
  return { runs: others, geo, step, bitmap };
}

/** The pen every stroke uses, at the canvas' device-pixel ratio. */
function prepare(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  ratio: number,
): void {
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
}

export const ProgressLayer = memo(function ProgressLayer({ geo }: { geo: Geometry }) {
  const runs = useRunPaths(geo);
  const step = useApp(effectiveCursor);
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<Drawn | null>(null);
  const others = useRef<OthersLayer | null>(null);
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;

  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!element || !ctx) return;
    const previous = drawn.current;
    const sameRuns = previous !== null && sameStrokes(previous.runs, runs);
    const sameView = previous !== null && previous.geo === geo;
    // A change the canvas does not show (a run dimmed while it is recomputed: issue 17) draws
    // nothing.
    if (sameRuns && sameView && step === previous.step) return;
    // The selected run on top, as the charts draw it (plot/draw-order.ts): the run whose sliders
    // are open is never hidden under another, and an input, which changes only it, keeps the
    // others' pixels (othersLayer).
    const selected = runs.find((run) => run.selected);
    const ordered = selectedLast(runs, selected?.index);
    drawn.current = { runs, geo, step };
    prepare(ctx, ratio);
    // Playing on: only the new segments.
    if (sameRuns && sameView && step > previous.step) {
      strokeRuns(ctx, ordered, geo, previous.step, step);
      return;
    }
    ctx.clearRect(0, 0, geo.plotWidth, geo.plotHeight);
    // Runs changed at the same step and view (a slider input): the others' pixels from their
    // bitmap, then the selected run. Anything else (a scrub, a zoom) strokes every run.
    const layer =
      sameView &&
      step === previous.step &&
      selected !== undefined &&
      typeof OffscreenCanvas !== 'undefined'
        ? othersLayer(
            others.current,
            ordered.slice(0, -1),
            geo,
            step,
            ratio,
            element.width,
            element.height,
          )
        : null;
    if (!layer || !selected) {
      strokeRuns(ctx, ordered, geo, 0, step);
      return;
    }
    others.current = layer;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(layer.bitmap, 0, 0);
    prepare(ctx, ratio);
    strokeRuns(ctx, [selected], geo, 0, step);
  }, [runs, geo, step, ratio]);

  return (
    <>
      <canvas
        ref={canvas}
        className="landscape__progress"
        {...plotCanvasSize(geo, ratio)}
        aria-hidden="true"
      />
      <svg
        className="landscape__markers"
        width={geo.plotWidth}
        height={geo.plotHeight}
        aria-hidden="true"
      >
        <PaintBounds block="landscape" width={geo.plotWidth} height={geo.plotHeight} margin={0} />
        {runs.map((run) => {
          const [x, y] = pointAt(run, geo, step);
          const shown = Math.min(step, run.result.loss.length - 1);
          const inside = x >= 0 && x <= geo.plotWidth && y >= 0 && y <= geo.plotHeight;
          return (
            <g key={run.index} style={{ color: run.color }}>
              {/* A point that cannot be placed has no marker (its path skips it too). */}
              {Number.isFinite(x) && Number.isFinite(y) && (
                <circle
                  className="landscape__marker"
                  cx={x}
                  cy={y}
                  r={run.selected ? 7 : 6}
                  visibility={inside ? undefined : 'hidden'}
                  data-testid={`marker-${run.index}`}
                  data-step={shown}
                  data-last-step={shown}
                  data-run={run.index}
                />
              )}
              {!inside && <EdgeArrowMark index={run.index} x={x} y={y} geo={geo} step={shown} />}
              {run.averaged && <AveragedMarker run={run} geo={geo} step={step} />}
            </g>
          );
        })}
      </svg>
    </>
  );
});

/** The averaged point at the cursor: a ring beside θ's dot (hidden off the window). */
function AveragedMarker({ run, geo, step }: { run: RunPath; geo: Geometry; step: number }) {
  const [x, y] = pointAt(run, geo, step, true);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  const inside = x >= 0 && x <= geo.plotWidth && y >= 0 && y <= geo.plotHeight;
  return (
    <circle
      className="landscape__averaged-marker"
      cx={x}
      cy={y}
      r={4.5}
      visibility={inside ? undefined : 'hidden'}
      data-testid={`averaged-marker-${run.index}`}
    />
  );
}
