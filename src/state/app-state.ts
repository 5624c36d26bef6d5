/**
 * The store's shape: each slice's state and actions, and the state they make together. Types
 * only, and a leaf of the store: the slices (\*-slice.ts) implement these, and a module that reads
 * or writes the store types itself against them without importing the store's code, so that no
 * import goes round in a cycle (test/arch/import-graph.test.ts, docs/style.md).
 */
import type { NoticeWords } from '../url/notice-words';
import type { RunResult } from '../core/run';
import type { WorkReduction } from '../core/budget';
import type { View } from '../core/problems';
import type { SliceMethod } from '../core/slice';
import type { SurfaceImage } from '../engine/api';
import type { PlaneData } from '../engine/plane';
import type { Lang } from '../i18n/languages';
import type { OptimizerSpec, OptimizerType, ProblemSpec, Scenario } from '../scenario/types';
import type { ArrowSettings } from './arrow-settings';
import type { ChartMode, ChartX } from './chart-modes';
import type { Camera3d, Height3d, LandscapeView } from './landscape-3d';
import type { LessonControl } from './lesson';
import type { LessonPlayerSlice } from './lesson-player-state';
import type { ViewNote } from './note';
import type { RunOrigin } from './run-origins';
import type { Trails } from './trails';
import type { SharpnessView } from '../plot/curvature-series';
import type { UndoHistory } from './undo-history';

/**
 * A notice of what an opened link, file or lesson held that was not used: its English words,
 * and where the app has them in every language, their key (`said`, shown in the language shown:
 * src/ui/share/LinkNotices.tsx). The validators' reasons are English only (docs/i18n.md).
 */
export interface ShownNotice {
  text: string;
  said?: NoticeWords;
  /** The parameter `said` is about, when its words do not name it (a lesson's: "lesson: …"). */
  about?: string;
}

/** The app's state: every slice's fields and actions (store.ts binds them into one store). */
export type AppState = ScenarioSlice & ViewSlice & ResultsSlice & UndoSlice & LessonPlayerSlice;

export interface ScenarioSlice {
  scenario: Scenario;
  /**
   * Each run's spec as the preset, link or file opened it, in run order (src/state/run-origins.ts);
   * null for a run added since. What "Reset to the preset's values" returns a run to.
   */
  runOrigins: RunOrigin[];
  /** Replaces the whole scenario (a preset, a link, an import); its runs become the origins. */
  setScenario(scenario: Scenario): void;
  /** A new problem; the start moves to its default and the window resets. */
  setProblem(problem: ProblemSpec): void;
  setStart(start: [number, number]): void;
  setSteps(steps: number): void;
  setSeed(seed: number): void;
  /** σ of the gradient noise (0 removes it). */
  setNoise(noise: number): void;
  /** Mini-batch size of a data problem; undefined for full batch. */
  setBatchSize(batchSize: number | undefined): void;
  addOptimizer(type: OptimizerType): void;
  removeOptimizer(index: number): void;
  duplicateOptimizer(index: number): void;
  updateOptimizer(index: number, patch: Partial<OptimizerSpec>): void;
  /** Changes a run's type, keeping its α, colour and name; other hyperparameters reset. */
  setOptimizerType(index: number, type: OptimizerType): void;
  /**
   * `defaults` (the default): every hyperparameter back to PyTorch's default, α included; colour,
   * name and schedule stay. `origin`: α, hyperparameters, schedule and name as the run was opened
   * (its preset or link), colour and visibility staying; the defaults when it has no origin.
   */
  resetOptimizer(index: number, to?: 'origin' | 'defaults'): void;
}

export interface ViewSlice {
  /** The landscape's window; null means the problem's default view. */
  window: View | null;
  /**
   * The window the 2D plot shows: `window` (or the default view) grown to the plot's aspect
   * ratio; null before the 2D plot has a size. Side by side, the 3D view shows this same region.
   */
  shownWindow: View | null;
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
  /** The loss chart's x axis: steps, or evaluations of f (`x=evals`; L-BFGS's line search). */
  chartX: ChartX;
  /** The chart panel enlarged: it takes the main area, the landscape the side (docs/app.md). */
  chartEnlarged: boolean;
  /**
   * What the λmax tab draws for adaptive runs: their own (preconditioned) sharpness or the
   * Hessian's λmax (docs/curvature-chart.md); `sharp=hessian` in a link.
   */
  sharpness: SharpnessView;
  /** The step inspector open (`inspect=1`), its code loaded on demand (docs/lab-inspector.md). */
  inspectorOpen: boolean;
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
  /** The landscape's views: 2D, 3D or both side by side, and the 3D view's settings (docs/3d.md). */
  landscapeView: LandscapeView;
  /** The 3D view's camera; null for the first camera. */
  camera3d: Camera3d | null;
  /** The 3D surface's height: f on the colours' scale (log, symmetric log), or f itself. */
  height3d: Height3d;
  setWindow(window: View | null): void;
  setShownWindow(window: View | null): void;
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
  setSharpness(sharpness: SharpnessView): void;
  setChartX(axis: ChartX): void;
  setInspectorOpen(open: boolean): void;
  setLesson(lesson: LessonControl[] | null): void;
  setSliceMethod(method: SliceMethod): void;
  setLang(lang: Lang): void;
  setPresenting(presenting: boolean): void;
  setPredicting(predicting: boolean): void;
  /** Sets the note (a text note cleaned: src/state/note.ts), or clears it with null. */
  setNote(note: ViewNote | null): void;
  setArrows(change: Partial<ArrowSettings>): void;
  setLandscapeView(view: LandscapeView): void;
  /** Sets the 3D camera (normalised: src/state/landscape-3d.ts), or the first one with null. */
  setCamera3d(camera: Camera3d | null): void;
  setHeight3d(height: Height3d): void;
  /** Shows the hidden runs and plays them from the start, so the class sees them unfold. */
  reveal(): void;
}

/** A surface from the engine and what it shows: views draw it only for that problem and plane. */
export interface PaintedSurface extends SurfaceImage {
  problem: ProblemSpec;
  plane: PlaneData | null;
}

export interface ResultsSlice {
  /** Results of `resultsScenario`, which lags `scenario` while the engine computes. */
  results: RunResult[] | null;
  resultsScenario: Scenario | null;
  /**
   * For problems of more than 2 parameters: the plane the landscape shows, and the results with
   * their trajectories projected onto it (what the landscape draws); null for 2D problems.
   */
  plane: PlaneData | null;
  planeResults: RunResult[] | null;
  /** For classifiers: accuracy per run per step, aligned with `results`; null otherwise. */
  accuracy: Float64Array[] | null;
  /** The painted surface, with the problem (and a model's plane) it was painted for. */
  surface: PaintedSurface | null;
  /**
   * While the engine still computes `resultsScenario`'s runs: the points computed over every
   * run and the points they will have at most (`results` then hold the runs so far, a prefix of
   * each). Null once the results are complete.
   */
  progress: { done: number; total: number } | null;
  /**
   * True while the engine has requests in hand. A quiet field (src/state/quiet-fields.ts): its
   * changes alone tell only `subscribeAll`'s listeners; views read it through `useAppAll`.
   */
  computing: boolean;
  /**
   * True once the results have lagged the scenario for a few frames with no new ones coming
   * (src/state/recompute-shown.ts): the views then dim the runs being recomputed. False without
   * a lag and during a young one, which the views do not show. Visual only; `computing` and
   * `resultsScenario` say what is computed.
   */
  lagShown: boolean;
  /** The engine's last error for the current scenario, shown to the user; null when fine. */
  engineError: string | null;
  /** A passing notice (e.g. the engine was restarted); null when none. */
  notice: string | null;
  /** What the opened link held that was ignored, and why; empty when nothing was. */
  linkNotices: ShownNotice[];
  /**
   * What the work budget took off the current scenario (src/core/budget.ts), whether a link or
   * a choice in the app asked for it; empty when nothing.
   */
  workNotices: WorkReduction[];
  setResults(
    scenario: Scenario,
    results: RunResult[],
    model?: { plane: PlaneData; accuracy: Float64Array[] | null },
  ): void;
  /** The runs so far of a scenario the engine still computes (see `progress`). */
  setPartialResults(
    scenario: Scenario,
    results: RunResult[],
    progress: { done: number; total: number },
    model?: { plane: PlaneData; accuracy: Float64Array[] | null },
  ): void;
  setSurface(surface: PaintedSurface): void;
  setComputing(computing: boolean): void;
  setEngineError(message: string | null): void;
  setNotice(message: string | null): void;
  setWorkNotices(notices: WorkReduction[]): void;
  setLinkNotices(notices: ShownNotice[]): void;
}

export interface UndoSlice {
  undoHistory: UndoHistory;
  /**
   * Counts edits that are a step of their own even right after a change to the same fields
   * (Reset after a drag of α); the undo recording reads it.
   */
  discreteEdits: number;
  /** Back to the scenario before the last change; nothing when there is none. */
  undo(): void;
  /** Forward to the scenario last undone; nothing when there is none. */
  redo(): void;
}
