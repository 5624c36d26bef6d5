/**
 * The second way back from a panel's error (the first is "Try again"): put back the settings that
 * panel shows, through the store's own actions, so that the change is an ordinary edit — written
 * to the link by the history policy like any other (a new scenario is a new history entry, so
 * Back returns to the settings before the reset). Settings of other panels are left alone.
 */
import type { AppStore } from '../state/store';
import { FIRST_VIEW } from '../state/defaults';
import type { PanelId } from './fault-injection';

/** Puts back `panel`'s settings. */
export function resetPanel(panel: PanelId, store: AppStore): void {
  const state = store.getState();
  switch (panel) {
    case 'app':
      // The whole screen failed: the first view, out of presentation mode, nothing hidden.
      state.setPresenting(false);
      state.setPredicting(false);
      state.setScenario(FIRST_VIEW);
      return;
    case 'header':
      // The header shows the problem (with its noise and seed): back to the first view whole,
      // since another problem's runs and start were chosen for that problem.
      state.setScenario(FIRST_VIEW);
      return;
    case 'landscape':
      // The problem's own window, on the default plane.
      state.setSliceMethod('pca');
      state.setWindow(null);
      return;
    case 'inspector':
      // Closed: the link drops `inspect=1` (src/url/view-fields.ts).
      state.setInspectorOpen(false);
      return;
    case 'timeline':
      // Paused at the last step, at the default speed (as the app opens).
      state.pause();
      state.setSpeed(100);
      state.setCursor(Number.MAX_SAFE_INTEGER);
      return;
    case 'optimizers':
      // The first view's two runs on the problem shown, the first selected. Not setScenario,
      // which would also reset the landscape's window: that is the landscape's setting.
      store.setState({
        scenario: { ...state.scenario, optimizers: FIRST_VIEW.optimizers.map((o) => ({ ...o })) },
      });
      state.selectRun(0);
      return;
    case 'charts':
      state.setChartMode('loss');
      return;
    case 'lesson':
      // A lesson that cannot be shown is closed; the view it opened stays.
      state.closeLesson();
      return;
  }
}
