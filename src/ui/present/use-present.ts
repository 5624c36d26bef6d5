/**
 * Presentation mode's side effects: the document-wide P / R / H keys (present-keys.ts), and
 * full screen following the mode. Full screen is asked for on entering and left on leaving;
 * a browser that refuses (no user gesture, an iframe without allowfullscreen, headless) still
 * gets the presentation layout, only not full screen.
 */
import { useEffect, useRef } from 'react';
import { appStore, useApp } from '../../state/store';
import { keyPressOf } from '../timeline/shortcuts';
import { presentAction } from './present-keys';
import { revealRuns } from '../a11y/motion';

export function usePresentation(): void {
  const presenting = useApp((s) => s.presenting);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = presentAction(keyPressOf(event));
      if (!action) return;
      event.preventDefault();
      const state = appStore.getState();
      if (action.type === 'toggle-present') state.setPresenting(!state.presenting);
      else if (action.type === 'reveal') revealRuns();
      else state.setPredicting(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // True from our own exitFullscreen until the change it causes: that change is not the user
  // leaving with Esc. Without it, entering the mode again while the exit is still under way
  // (P twice in quick succession) was undone by the exit's fullscreenchange (a flaky e2e test
  // in keyboard.spec.ts found it).
  const exiting = useRef(false);

  useEffect(() => {
    const root = document.documentElement;
    if (presenting && !document.fullscreenElement) {
      root.requestFullscreen?.().catch(() => undefined);
    } else if (!presenting && document.fullscreenElement) {
      exiting.current = true;
      document.exitFullscreen?.().catch(() => (exiting.current = false));
    }
  }, [presenting]);

  // Leaving full screen with Esc (the browser's own key) leaves presentation mode too.
  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement) return;
      const { presenting: still, setPresenting } = appStore.getState();
      if (exiting.current) {
        // Our own exit ended. If the mode was entered again meanwhile, full screen follows it.
        exiting.current = false;
        if (still) document.documentElement.requestFullscreen?.().catch(() => undefined);
        return;
      }
      if (still) setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
}
