/**
 * Installs the timeline's keyboard shortcuts on the document (see shortcuts.ts for which keys
 * and when they are left alone; docs/app.md, "Keyboard"). Listening on the document, after
 * React's handlers on the root have run, lets a focused control that handles a key claim it with
 * preventDefault first; preventing the default here in turn keeps a focused slider from moving
 * to its end on Home/End and a clicked button from being pressed again by Space.
 */
import { useEffect } from 'react';
import { appStore } from '../../state/store';
import { useLegend } from '../help/legend-store';
import { trackFocusOrigins } from './focus-origin';
import { keyPressOf, shortcutAction, type TimelineAction } from './shortcuts';

/** Applies a shortcut's action. Stepping and jumping pause playback. */
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
    case 'legend':
      useLegend.getState().toggle();
      return;
    case 'release-focus':
      (document.activeElement as HTMLElement | null)?.blur?.();
      return;
  }
}

export function useTimelineShortcuts(): void {
  useEffect(() => {
    // A Space the timeline took on keydown: its keyup must not press a button either.
    let tookSpace = false;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutAction(keyPressOf(event));
      if (!action) return;
      // Space and Home/End would otherwise scroll the page or move a focused slider; Escape
      // keeps its default (leaving full screen is the browser's).
      if (action.type !== 'release-focus') event.preventDefault();
      if (action.type === 'toggle-play') tookSpace = true;
      applyTimelineAction(action);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== ' ' || !tookSpace) return;
      tookSpace = false;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('keyup', onKeyUp);
    const stopTracking = trackFocusOrigins(document);
    return () => {
      stopTracking();
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keyup', onKeyUp);
    };
  }, []);
}
