// @vitest-environment jsdom
/**
 * The timeline's epochs (issue 22; docs/models.md, "Epochs on the timeline"): for the selected
 * run on mini-batches the readout and the range's value text say the epoch and batch of the
 * cursor step, and follow it; the full batch says so; a function says nothing of epochs.
 * (The ticks need a width, which jsdom never reports: e2e/overfitting.spec.ts draws them.)
 */
import './setup';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { appStore } from '../../src/state/store';
import { getPreset } from '../../src/presets/presets';
import { Timeline } from '../../src/ui/timeline/Timeline';

const epoch = () => screen.queryByTestId('timeline-epoch')?.textContent ?? null;

describe('the timeline of a run on mini-batches', () => {
  it('says the epoch and batch of the cursor step, for the selected run', async () => {
    const user = userEvent.setup();
    const preset = getPreset('overfitting')!;
    act(() => {
      appStore.getState().setScenario(preset.scenario);
      appStore.getState().selectRun(1);
    });
    render(<Timeline />);
    // The end, step 600: Adam's batches of 32 over 227 rows, 8 to an epoch.
    expect(epoch()).toBe('epoch 76, batch 1 of 8');
    await user.click(screen.getByRole('button', { name: 'Jump to start' }));
    expect(epoch()).toBe('epoch 1, batch 1 of 8');
    for (let i = 0; i < 9; i++)
      await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(epoch()).toBe('epoch 2, batch 2 of 8');
    expect(screen.getByRole('slider', { name: 'step' }).getAttribute('aria-valuetext')).toBe(
      'step 9 of 600, epoch 2, batch 2 of 8',
    );
    // Gradient descent, run 1, takes the full batch.
    act(() => appStore.getState().selectRun(0));
    expect(epoch()).toBe('full batch (227)');
  });

  it('says nothing of epochs on a function', () => {
    render(<Timeline />);
    expect(epoch()).toBeNull();
    expect(screen.getByRole('slider', { name: 'step' }).getAttribute('aria-valuetext')).toBe(
      'step 500 of 500',
    );
  });
});
