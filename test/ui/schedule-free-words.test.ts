/**
 * The λmax tab's words for Schedule-Free (src/ui/curvature/curvature-model.ts): its limit moves
 * with the average's weight, from 2/α at the first step towards 2/(α(1 − β)); said under the
 * chart for the runs named, explained in the help, and not for other runs.
 */
import { describe, expect, it } from 'vitest';
import { curvatureWords, type CurvatureRun } from '../../src/ui/curvature/curvature-model';
import type { OptimizerSpec } from '../../src/scenario/types';

const runOf = (index: number, name: string, spec: OptimizerSpec): CurvatureRun =>
  ({
    index,
    name,
    color: '#000',
    spec,
    entry: { state: 'done', data: null },
    stale: false,
    sharpness: 'hessian',
    line: { on: 'hessian', limit: new Float64Array(0), factor: new Float64Array(0) },
    limitShown: true,
    divergedAt: null,
  }) as unknown as CurvatureRun;

describe('the λmax tab’s words for Schedule-Free', () => {
  it('names the Schedule-Free runs under the chart and explains the moving limit', () => {
    const words = curvatureWords(
      [
        runOf(0, 'Schedule-Free SGD', { type: 'schedule-free-sgd', lr: 0.05 }),
        runOf(1, 'Gradient descent', { type: 'gd', lr: 0.05 }),
      ],
      'own',
    );
    const foot = words.foot.join(' ');
    expect(foot).toContain('Schedule-Free SGD: the limit rises from 2/α');
    expect(foot).not.toContain('Gradient descent:');
    expect(words.help.join(' ')).toContain('2(2 − c)/(2(1 − β) + c(2β − 1))');
  });

  it('says nothing of it without a Schedule-Free run', () => {
    const words = curvatureWords([runOf(0, 'GD', { type: 'gd', lr: 0.05 })], 'own');
    expect([...words.foot, ...words.help].join(' ')).not.toContain('Schedule-Free');
  });
});
