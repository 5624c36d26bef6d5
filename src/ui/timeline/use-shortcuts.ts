/**
 * Installs the timeline's keyboard shortcuts on the document (see shortcuts.ts for which keys
 * and when they are left alone). Listening on the document, after React's handlers on the root
 * have run, lets a focused control that handles a key claim it with preventDefault first.
 */
import { useEffect } from 'react';
import { appStore } from '../../state/store';
import { keyPressOf, shortcutAction, type TimelineAction } from './shortcuts';

/** Applies a shortcut's action to the store. Stepping and jumping pause playback. */
export function applyTimelineAction(action: TimelineAction): void {
  const state = appStore.getState();
  switch (action.type) {
    case 'toggle-play':
      state.togglePlay();
      return;
    case 'step':
      state.stepBy(action.delta);
      return;
    case 'jump':
      state.pause();
      state.setCursor(action.to === 'start' ? 0 : state.scenario.steps);
      return;
  }
}

export function useTimelineShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutAction(keyPressOf(event));
      if (!action) return;
      // Space and Home/End would otherwise scroll the page.
      event.preventDefault();
      applyTimelineAction(action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
