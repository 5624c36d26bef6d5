// @vitest-environment jsdom
/**
 * The timeline in jsdom (docs/testing.md, "Component tests"): its buttons move the cursor and
 * start playback, its steps field sets the scenario's steps on commit only.
 */
import './setup';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { appStore } from '../../src/state/store';
import { effectiveCursor } from '../../src/state/view-slice';
import { Timeline } from '../../src/ui/timeline/Timeline';

const cursor = () => effectiveCursor(appStore.getState());
const readout = () => screen.getByTestId('timeline-readout').textContent;

describe('Timeline', () => {
  it('starts at the last step of the first view', () => {
    render(<Timeline />);
    expect(cursor()).toBe(500);
    expect(readout()).toBe('step 500 / 500');
    expect(screen.getByRole<HTMLInputElement>('slider', { name: 'step' }).value).toBe('500');
  });

  it('jump and step buttons move the cursor, and the scrubber and readout follow', async () => {
    const user = userEvent.setup();
    render(<Timeline />);
    await user.click(screen.getByRole('button', { name: 'Jump to start' }));
    expect(cursor()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(cursor()).toBe(2);
    expect(readout()).toBe('step 2 / 500');
    expect(screen.getByRole<HTMLInputElement>('slider', { name: 'step' }).value).toBe('2');
    await user.click(screen.getByRole('button', { name: 'Step back' }));
    expect(cursor()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Jump to end' }));
    expect(cursor()).toBe(500);
  });

  it('Play starts playback from the start when at the end, and becomes Pause', async () => {
    const user = userEvent.setup();
    render(<Timeline />);
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(appStore.getState().playing).toBe(true);
    expect(cursor()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(appStore.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('the steps field commits on Enter only, and clamps with a note', async () => {
    const user = userEvent.setup();
    render(<Timeline />);
    const field = screen.getByRole<HTMLInputElement>('spinbutton', { name: /steps/i });
    expect(field.value).toBe('500');
    await user.clear(field);
    await user.type(field, '120');
    // Typing alone does not rerun anything.
    expect(appStore.getState().scenario.steps).toBe(500);
    await user.keyboard('{Enter}');
    expect(appStore.getState().scenario.steps).toBe(120);
    expect(readout()).toBe('step 120 / 120');

    await user.clear(field);
    await user.type(field, '0{Enter}');
    expect(appStore.getState().scenario.steps).toBe(1);
    // The note saying so is the field's description.
    const note = document.getElementById(field.getAttribute('aria-describedby')!);
    expect(note?.getAttribute('role')).toBe('status');
    expect(note?.textContent).not.toBe('');
  });

  // Escape blurs the field: the value is restored first, so the blur's change event commits nothing.
  it('Escape in the steps field restores the value instead of committing it', async () => {
    const user = userEvent.setup();
    render(<Timeline />);
    const field = screen.getByRole<HTMLInputElement>('spinbutton', { name: /steps/i });
    await user.clear(field);
    await user.type(field, '77{Escape}');
    expect(appStore.getState().scenario.steps).toBe(500);
    expect(field.value).toBe('500');
  });
});
