/** The view slice: what is looked at (window, cursor, selection, chart) and playback. */
import type { StateCreator } from 'zustand';
import type { View } from '../core/problems';
import type { AppState } from './store';
import type { LessonControl } from './lesson';
import type { SliceMethod } from '../core/slice';
import type { Lang } from '../i18n/languages';
import { normalizeNote, type ViewNote } from './note';
import type { ArrowSettings } from './arrow-settings';
import { DEFAULT_TRAILS, revealSettings, type Trails } from './trails';
import type { ChartMode } from './chart-modes';
import { initialStoreView } from '../url/view-fields';

export type { ChartMode } from './chart-modes';

export interface ViewSlice {
  /** The landscape's window; null means the problem's default view. */
  window: View | null;
  /** The step shown by markers, the chart cursor and the data panel. */
  cursor: number;
  playing: boolean;
  /** Playback speed in steps per second. */
  speed: number;
  /** The user picked the speed: a reveal keeps it instead of its own (src/state/trails.ts). */
  speedChosen: boolean;
  /** What the views draw after the cursor (src/state/trails.ts, docs/app.md). */
  trails: Trails;
  /** The user picked the trails: a reveal keeps them instead of hiding the future. */
  trailsChosen: boolean;
  selectedRun: number;
  chartMode: ChartMode;
  /** The chart panel enlarged: it takes the main area, the landscape the side (docs/app.md). */
  chartEnlarged: boolean;
  /** Embedded (`embed=1`): the landscape and timeline only, without editing chrome. */
  embed: boolean;
  /** A lesson link's controls (`show=…`); null shows every control. */
  lesson: LessonControl[] | null;
  /** How the plane of a many-parameter landscape is chosen (docs/slices.md). */
  sliceMethod: SliceMethod;
  /** Presentation mode: large type, secondary panels hidden, full screen where allowed. */
  presenting: boolean;
  /** Predict-then-reveal: the runs' paths and curves stay hidden until revealed. */
  predicting: boolean;
  /** The language shown (docs/i18n.md): from the link, else the browser, else English. */
  lang: Lang;
  /** The note on the screen: a preset's explanation or the user's text (docs/links.md). */
  note: ViewNote | null;
  /** The landscape's arrows at the cursor step (docs/arrows.md). */
  arrows: ArrowSettings;
  setWindow(window: View | null): void;
  setCursor(step: number): void;
  /** Moves the cursor by `delta` steps and pauses. */
  stepBy(delta: number): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(stepsPerSecond: number): void;
  setTrails(trails: Trails): void;
  selectRun(index: number): void;
  setChartMode(mode: ChartMode): void;
  setChartEnlarged(enlarged: boolean): void;
  setLesson(lesson: LessonControl[] | null): void;
  setSliceMethod(method: SliceMethod): void;
  setLang(lang: Lang): void;
  setPresenting(presenting: boolean): void;
  setPredicting(predicting: boolean): void;
  /** Sets the note (a text note cleaned: src/state/note.ts), or clears it with null. */
  setNote(note: ViewNote | null): void;
  setArrows(change: Partial<ArrowSettings>): void;
  /** Shows the hidden runs and plays them from the start, so the class sees them unfold. */
  reveal(): void;
}

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
  setLesson: (lesson) => set({ lesson }),
  // A new plane has new coordinates: a window of the old one means nothing on it.
  setSliceMethod: (sliceMethod) => set({ sliceMethod, window: null }),
  setLang: (lang) => set({ lang }),
  setPresenting: (presenting) => set({ presenting }),
  setPredicting: (predicting) => set({ predicting, playing: false }),
  setNote: (note) => set({ note: normalizeNote(note) }),
  setArrows: (change) => set((state) => ({ arrows: { ...state.arrows, ...change } })),
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
