// @vitest-environment jsdom
/**
 * JobProgress (src/ui/worker-jobs/JobProgress.tsx), the α sweep's and the λmax tab's progress
 * line: a bar and Cancel while the work runs; the reason, and Resume or Retry, once it stopped.
 */
import './setup';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { JobProgress } from '../../src/ui/worker-jobs/JobProgress';
import type { JobStatus } from '../../src/ui/worker-jobs/run-job-scheduler';

function line(status: JobStatus) {
  const onCancel = vi.fn();
  const onResume = vi.fn();
  render(
    <JobProgress
      block="x-progress"
      status={status}
      percent={37.5}
      label="Sweep progress"
      valueText="3 of 8"
      text="how far"
      onCancel={onCancel}
      onResume={onResume}
    />,
  );
  return { onCancel, onResume, root: screen.getByTestId('x-progress') };
}

describe('JobProgress', () => {
  it('while computing: the bar at its percent, the text, and Cancel', async () => {
    const { onCancel, onResume, root } = line('computing');
    expect(root.className).toBe('job-progress x-progress');
    const bar = screen.getByRole('progressbar', { name: 'Sweep progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('38');
    expect(bar.getAttribute('aria-valuetext')).toBe('3 of 8');
    expect(screen.getByRole('status').textContent).toBe('how far');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onResume).not.toHaveBeenCalled();
  });

  it('cancelled: no bar, and Resume', async () => {
    const { onCancel, onResume } = line('cancelled');
    expect(screen.queryByRole('progressbar')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(onResume).toHaveBeenCalledTimes(1);
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('after an error: the text marked as one, and Retry', async () => {
    const { onResume } = line('error');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('status').classList.contains('job-progress__text--error')).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onResume).toHaveBeenCalledTimes(1);
  });
});
