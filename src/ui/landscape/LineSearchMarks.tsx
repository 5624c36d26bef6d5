/**
 * The function evaluations of the step at the cursor, for runs whose steps evaluate f several
 * times (L-BFGS's strong-Wolfe line search, docs/optimizers.md#lbfgs): the line θₖ + t·dₖ the
 * search moves along, dashed from θₖ to its farthest trial, a small ring at each trial point
 * (numbered in its title, in order), and a key above the plot saying how many evaluations the
 * step made. The trial points are the run's record (RunResult.trialPoints, 2-parameter problems
 * only); this layer follows the cursor, as the markers do.
 */
import { memo } from 'react';
import { trialPointsOf } from '../../core/evaluations';
import { useApp } from '../../state/store';
import { effectiveCursor } from '../../state/view-slice';
import { useT } from '../../i18n';
import type { Geometry } from './geometry';
import { useRunPaths } from './use-run-paths';

export const LineSearchMarks = memo(function LineSearchMarks({ geo }: { geo: Geometry }) {
  const t = useT();
  const runs = useRunPaths(geo);
  const cursor = useApp(effectiveCursor);
  const shown = runs.flatMap((run) => {
    const { result } = run;
    if (!result.trialPoints || cursor >= result.loss.length - 1) return [];
    const trials = trialPointsOf(result, cursor);
    if (trials.length === 0) return [];
    const { trajectory, dim } = result;
    const from: [number, number] = [trajectory[cursor * dim]!, trajectory[cursor * dim + 1]!];
    return [{ run, trials, from }];
  });
  if (shown.length === 0) return null;
  return (
    <>
      <svg
        className="landscape__line-search"
        width={geo.plotWidth}
        height={geo.plotHeight}
        data-testid="line-search-marks"
      >
        {shown.map(({ run, trials, from }) => {
          // The farthest trial from θₖ: the dashed line covers every trial on it.
          const far = trials.reduce((best, p) =>
            Math.hypot(p[0] - from[0], p[1] - from[1]) >
            Math.hypot(best[0] - from[0], best[1] - from[1])
              ? p
              : best,
          );
          return (
            <g
              key={run.index}
              style={{ color: run.color }}
              data-testid={`line-search-${run.index}`}
              data-count={trials.length}
              data-step={cursor}
            >
              <line
                className="landscape__line-search-line"
                x1={geo.x(from[0])}
                y1={geo.y(from[1])}
                x2={geo.x(far[0])}
                y2={geo.y(far[1])}
              />
              {trials.map(([x, y], i) => (
                <circle
                  key={i}
                  className="landscape__line-search-trial"
                  cx={geo.x(x)}
                  cy={geo.y(y)}
                  r={3.5}
                  data-testid="line-search-trial"
                >
                  <title>{`${run.name}: trial ${i + 1} of ${trials.length} (θ + t·d)`}</title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="landscape__line-search-key" data-testid="line-search-key">
        {shown.map(({ run, trials }) => (
          <li key={run.index} style={{ color: run.color }}>
            {t('landscape.lineSearchKey', {
              name: run.name,
              step: cursor + 1,
              count: trials.length + 1,
            })}
          </li>
        ))}
      </ul>
    </>
  );
});
