// @vitest-environment jsdom
/**
 * A slider dragged with a pointer commits in a task of its own, the newest value once; a key
 * press and the pointer's release commit at once (src/ui/forms/use-drag-commit.ts, issue 17).
 */
import './setup';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useDragCommit } from '../../src/ui/forms/use-drag-commit';

/** A slider whose value is its position ×10, committed to `commits` (and shown from them). */
function Slider({ commits }: { commits: number[] }) {
  const [value, setValue] = useState(50);
  const drag = useDragCommit(value / 10, value, (next) => {
    commits.push(next);
    setValue(next);
  });
  return (
    <input
      type="range"
      aria-label="α"
      min={0}
      max={10}
      value={drag.shown}
      onPointerDown={drag.onPointerDown}
      onChange={(event) => drag.change(Number(event.target.value) * 10, Number(event.target.value))}
    />
  );
}

const slider = () => screen.getByRole<HTMLInputElement>('slider', { name: 'α' });
const nextTask = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

describe('useDragCommit', () => {
  it('commits a change at once when no pointer drags (the keyboard)', () => {
    const commits: number[] = [];
    render(<Slider commits={commits} />);
    fireEvent.change(slider(), { target: { value: '6' } });
    expect(commits).toEqual([60]);
    expect(slider().value).toBe('6');
  });

  it('while dragging, shows the position at once and commits the newest value in a later task', async () => {
    const commits: number[] = [];
    render(<Slider commits={commits} />);
    fireEvent.pointerDown(slider());
    fireEvent.change(slider(), { target: { value: '6' } });
    fireEvent.change(slider(), { target: { value: '7' } });
    // Nothing committed in the input's own task; the thumb is where the pointer put it.
    expect(commits).toEqual([]);
    expect(slider().value).toBe('7');
    await nextTask();
    expect(commits).toEqual([70]);
    expect(slider().value).toBe('7');
    // The pointer let go anywhere commits what is still waiting, at once.
    fireEvent.change(slider(), { target: { value: '2' } });
    act(() => {
      window.dispatchEvent(new Event('pointerup'));
    });
    expect(commits).toEqual([70, 20]);
    expect(slider().value).toBe('2');
    // After the drag, a change commits at once again.
    fireEvent.change(slider(), { target: { value: '3' } });
    expect(commits).toEqual([70, 20, 30]);
  });

  it('does not commit a value equal to the committed one', async () => {
    const commits: number[] = [];
    render(<Slider commits={commits} />);
    fireEvent.pointerDown(slider());
    fireEvent.change(slider(), { target: { value: '6' } });
    fireEvent.change(slider(), { target: { value: '5' } });
    await nextTask();
    expect(commits).toEqual([]);
    expect(slider().value).toBe('5');
  });
});
