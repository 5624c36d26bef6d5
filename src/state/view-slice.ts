/** The view slice: what is looked at (window, cursor, selection, chart) and playback. */
import type { StateCreator } from 'zustand';
import type { AppState, ViewSlice } from './app-state';
import { normalizeNote } from './note';
import { DEFAULT_TRAILS, revealSettings } from './trails';
import { normalizeCamera } from './landscape-3d';
import { initialStoreView } from '../url/view-fields';
import { sameView } from '../plot/viewport';

export type { ChartMode } from './chart-modes';

/** Playback speeds offered, in steps per second. */
export const SPEEDS = [10, 30, 100, 300, 1000, 3000] as const;

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  // What a link holds starts as the first view (src/url/view-fields.ts declares each default).
  ...initialStoreView(),
  playing: false,
  speed: 100,
  speedChosen: false,
  trails: DEFAULT_TRAILS,
  trailsChosen: false,
  setWindow: (window) => set({ window }),
  shownWindow: null,
  setShownWindow: (shownWindow) => {
    const shown = get().shownWindow;
    if (shown && shownWindow && sameView(shown, shownWindow)) return;
    set({ shownWindow });
  },
  setCursor: (step) => set({ cursor: clampStep(step, get().scenario.steps) }),
  stepBy: (delta) =>
    set((state) => ({
      playing: false,
      cursor: clampStep(effectiveCursor(state) + delta, state.scenario.steps),
    })),
  play: () =>
    set((state) => ({
      playing: true,
      // Playing from the end starts over.
      cursor: effectiveCursor(state) >= state.scenario.steps ? 0 : effectiveCursor(state),
    })),
  pause: () => set({ playing: false }),
  togglePlay: () => (get().playing ? get().pause() : get().play()),
  setSpeed: (speed) => set({ speed, speedChosen: true }),
  setTrails: (trails) => set({ trails, trailsChosen: true }),
  selectRun: (index) => set({ selectedRun: index }),
  setChartMode: (chartMode) => set({ chartMode }),
  setChartEnlarged: (chartEnlarged) => set({ chartEnlarged }),
  setSharpness: (sharpness) => set({ sharpness }),
  setInspectorOpen: (inspectorOpen) => set({ inspectorOpen }),
  setLesson: (lesson) => set({ lesson }),
  // A new plane has new coordinates: a window of the old one means nothing on it.
  setSliceMethod: (sliceMethod) => set({ sliceMethod, window: null }),
  setLang: (lang) => set({ lang }),
  setPresenting: (presenting) => set({ presenting }),
  setPredicting: (predicting) => set({ predicting, playing: false }),
  setNote: (note) => set({ note: normalizeNote(note) }),
  setArrows: (change) => set((state) => ({ arrows: { ...state.arrows, ...change } })),
  setLandscapeView: (landscapeView) => set({ landscapeView }),
  setCamera3d: (camera) => set({ camera3d: camera && normalizeCamera(camera) }),
  setHeight3d: (height3d) => set({ height3d }),
  reveal: () => {
    if (!get().predicting) return;
    // At its own pace and with the future hidden, unless the user chose otherwise.
    const { speed, trails } = revealSettings({ ...get(), steps: get().scenario.steps });
    set({ predicting: false, cursor: 0, playing: true, speed, trails });
  },
});

function clampStep(step: number, steps: number): number {
  return Math.max(0, Math.min(steps, Math.round(Number.isFinite(step) ? step : 0)));
}

/** The cursor clamped to the scenario's steps (the cursor may exceed it after `steps` shrinks). */
export function effectiveCursor(state: Pick<AppState, 'cursor' | 'scenario'>): number {
  return Math.min(state.cursor, state.scenario.steps);
}
