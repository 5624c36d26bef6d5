/**
 * One trajectory per visible run, drawn whole and faint with a white halo, an end marker, and a
 * cross where a run diverged. Static while the cursor moves: the part up to the cursor and the
 * markers are drawn by ProgressLayer on layers of their own, so playback never repaints these.
 * Before the cursor reaches a run's end this layer is its future, drawn as the trails say
 * (src/state/trails.ts): whole, faded (no halo, no end mark) or hidden; a run re-renders only
 * when that changes, not per frame. A zig-zag run shows a dot per step (step-legibility.ts).
 */
import { memo } from 'react';
import type { Geometry } from './geometry';
import { useRunPaths, type RunPath } from './use-run-paths';
import type { TrajectoryPath } from '../../plot/trajectory-path';
import { problemTag, useRunViews } from '../../state/run-views';
import { useT, type TranslationKey } from '../../i18n';
import { averagedKeyFor } from './averaged-key';
import { useApp } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import { futureOf } from '../../state/trails';
import { PaintBounds } from '../paint-bounds';
import './Reveal.css';

/** Its own subscriber to the results, so that new results re-render the runs, not the landscape. */
export const Trajectories = memo(function Trajectories({ geo }: { geo: Geometry }) {
  const runs = useRunPaths(geo);
  // The problem the drawn results belong to (always the one shown: src/state/run-views.ts).
  const paired = useRunViews().scenario;
  const problem = paired ? problemTag(paired.problem) : undefined;
  const averagedWords = averagedKeyFor(runs);
  return (
    <g className="landscape__trajectories" data-problem={problem}>
      {/* The runs' paint chunk keeps its bounds as a path changes (issue 17): nothing between
          it and the runs moves them to another chunk (no transform: the crosses are drawn in
          place). */}
      <PaintBounds block="landscape" width={geo.plotWidth} height={geo.plotHeight} />
      {runs.map((run) => (
        <Run key={run.index} run={run} />
      ))}
      {averagedWords && <AveragedKey height={geo.plotHeight} words={averagedWords} />}
    </g>
  );
});

/**
 * The key of the two paths of a run that averages (ASGD, Schedule-Free): the solid path is θ,
 * where each gradient is taken; the dashed one is the optimizer's averaged point, in the words
 * for the types drawn (averaged-key.ts).
 */
function AveragedKey({ height, words }: { height: number; words: TranslationKey }) {
  const t = useT();
  return (
    <g
      className="landscape__averaged-key"
      transform={`translate(10,${height - 34})`}
      data-testid="averaged-key"
    >
      <line className="landscape__key-solid" x1={0} x2={22} y1={0} y2={0} />
      <text x={28} y={4}>
        {t('landscape.gradientPathKey')}
      </text>
      <line className="landscape__key-dashed" x1={0} x2={22} y1={16} y2={16} />
      <text x={28} y={20}>
        {t(words)}
      </text>
    </g>
  );
}

/**
 * A cross of half-width 6 px at (x, y), in the plot's coordinates rather than moved there by a
 * transform: a transform that changes at each input would lay the page out into composited
 * layers again (src/ui/paint-bounds.tsx).
 */
function crossPath(x: number, y: number): string {
  return `M${x - 6},${y - 6}L${x + 6},${y + 6}M${x - 6},${y + 6}L${x + 6},${y - 6}`;
}

/** Memoised on its RunPath, which useRunPaths keeps while the run's drawing is unchanged. */
const Run = memo(function Run({ run }: { run: RunPath }) {
  const t = useT();
  const { index, result, path, color, name, selected, fresh, endStep } = run;
  const future = useApp((s) => futureOf(s.trails, effectiveCursor(s), endStep));
  const points = path.steps.length;
  const lastX = path.xs[points - 1]!;
  const lastY = path.ys[points - 1]!;
  const diverged = result.divergedAt !== null;
  return (
    <g
      className={`landscape__run${selected ? ' landscape__run--selected' : ''}${
        fresh ? '' : ' landscape__run--stale'
      }${run.steps ? ' landscape__run--steps' : ''}`}
      style={{ color }}
      data-fresh={fresh}
      data-future={future}
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
      {run.averaged && <AveragedPath run={run} averaged={run.averaged} />}
      {run.steps && <StepDots run={run} />}
      {diverged ? (
        <g className="landscape__diverged">
          <title>{t('chart.runDiverged', { name, step: result.divergedAt })}</title>
          <path d={crossPath(lastX, lastY)} />
        </g>
      ) : (
        <rect className="landscape__end" x={lastX - 3.5} y={lastY - 3.5} width={7} height={7} />
      )}
    </g>
  );
});

/** The run's averaged point, step by step, dashed, with a ring at its last point. */
function AveragedPath({ run, averaged }: { run: RunPath; averaged: TrajectoryPath }) {
  const t = useT();
  const last = averaged.xs.length - 1;
  if (last < 0) return null;
  return (
    <g className="landscape__averaged">
      <path className="landscape__halo landscape__halo--averaged" d={averaged.d} />
      <path
        className="landscape__averaged-path"
        d={averaged.d}
        data-testid={`averaged-${run.index}`}
        data-points={averaged.steps.length}
        role="img"
        aria-label={t('landscape.averagedPath', { name: run.name })}
      />
      <circle
        className="landscape__averaged-end"
        cx={averaged.xs[last]}
        cy={averaged.ys[last]}
        r={4}
      />
    </g>
  );
}

/** A dot at each kept point of a zig-zag run: at most MAX_STEP_DOTS (step-legibility.ts). */
function StepDots({ run }: { run: RunPath }) {
  const dots = [];
  for (let i = 0; i < run.path.xs.length; i++)
    dots.push(
      <circle
        key={i}
        cx={run.path.xs[i]}
        cy={run.path.ys[i]}
        r={2.25}
        className="landscape__dot"
      />,
    );
  return <g className="landscape__dots">{dots}</g>;
}
