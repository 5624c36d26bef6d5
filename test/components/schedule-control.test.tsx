// @vitest-environment jsdom
/**
 * The schedule control of a run card (issue 17): a run with a constant α does not render its
 * control again when α changes (the card does, at each slider input); a scheduled run's does,
 * since its sparkline follows α.
 */
import './setup';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { appStore } from '../../src/state/store';
import { ScheduleControl } from '../../src/ui/schedule/ScheduleControl';
import type { ScheduleSpec } from '../../src/scenario/types';

function renderCounted(schedule: ScheduleSpec | undefined) {
  let commits = 0;
  render(
    <Profiler id="schedule" onRender={() => commits++}>
      <ScheduleControl index={0} schedule={schedule} />
    </Profiler>,
  );
  return () => commits;
}

const setLr = (lr: number) => act(() => appStore.getState().updateOptimizer(0, { lr }));

describe('ScheduleControl', () => {
  it('a constant α: a change of α renders nothing here', () => {
    expect(appStore.getState().scenario.optimizers[0]!.schedule).toBeUndefined();
    const commits = renderCounted(undefined);
    const before = commits();
    setLr(0.0123);
    setLr(0.0456);
    expect(commits()).toBe(before);
    expect(screen.queryByTestId('schedule-spark-0')).toBeNull();
  });

  it('a scheduled α: its sparkline follows each change of α', () => {
    const schedule: ScheduleSpec = { type: 'step', stepSize: 10, gamma: 0.5 };
    appStore.getState().updateOptimizer(0, { schedule, lr: 0.01 });
    const commits = renderCounted(schedule);
    const before = commits();
    expect(screen.getByTestId('schedule-spark-0')).toBeTruthy();
    setLr(0.02);
    expect(commits()).toBeGreaterThan(before);
  });
});
