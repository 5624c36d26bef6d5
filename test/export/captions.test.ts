import { describe, expect, it } from 'vitest';
import { exportSubtitle, exportTitle, legendRuns } from '../../src/export/captions';

describe('exportTitle and exportSubtitle', () => {
  it('name the problem and what is plotted', () => {
    expect(exportTitle('Rosenbrock', 'loss landscape')).toBe('Rosenbrock — loss landscape');
  });

  it('say how many runs and steps, and the step shown when there is one', () => {
    expect(exportSubtitle(2, 1500, 300)).toBe('2 runs · 1,500 steps · shown at step 300 · Descent');
    expect(exportSubtitle(1, 500, null)).toBe('1 run · 500 steps · Descent');
  });
});

describe('legendRuns', () => {
  const info = (index: number) => ({ name: `run ${index}`, color: `c${index}` });

  it('lists the visible runs in run order', () => {
    expect(legendRuns([{}, { hidden: true }, {}], info).map((r) => r.name)).toEqual([
      'run 0',
      'run 2',
    ]);
  });

  it('lists only the given run for a view of the selected run', () => {
    expect(legendRuns([{}, {}, {}], info, 1)).toEqual([{ name: 'run 1', color: 'c1' }]);
  });
});
