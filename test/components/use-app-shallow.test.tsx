// @vitest-environment jsdom
/**
 * useAppShallow (src/state/store.ts): a component that selects several fields renders again
 * when one of them changes, and not when the store changes elsewhere.
 */
import './setup';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { appStore, useAppShallow } from '../../src/state/store';

function Speed() {
  const { speed, playing } = useAppShallow((s) => ({ speed: s.speed, playing: s.playing }));
  return <span data-testid="speed">{`${speed} ${playing}`}</span>;
}

describe('useAppShallow', () => {
  it('renders again for a change of a field it selects, not for another', () => {
    let commits = 0;
    render(
      <Profiler id="speed" onRender={() => commits++}>
        <Speed />
      </Profiler>,
    );
    const before = commits;
    act(() => appStore.getState().updateOptimizer(0, { lr: 0.0123 }));
    act(() => appStore.getState().setComputing(true));
    act(() => appStore.getState().setComputing(false));
    expect(commits).toBe(before);
    act(() => appStore.getState().setSpeed(37));
    expect(commits).toBe(before + 1);
    expect(screen.getByTestId('speed').textContent).toBe('37 false');
  });
});
