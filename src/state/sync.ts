/**
 * Connects the store to the engine and the clock: every scenario change is run in the worker,
 * every window or canvas change repaints the surface there, and playback advances the cursor at
 * display rate. This and the URL sync are the only code with side effects on the store.
 */
import type { Engine } from '../engine/client';
import type { RunAssembler } from '../engine/run-assembler';
import type { Scenario } from '../scenario/types';
import { formatIssue } from '../scenario/validate';
import { validateOnMain } from '../scenario/validate-memo';
import type { AppStore } from './store';
import { effectiveCursor } from './view-slice';
import { problemInfo } from './selectors';
import { fitView } from '../plot/viewport';
import { mergeRuns, planRun } from './reuse';
import { describeProblem, type View } from '../core/problems';
import type { Outcome } from '../engine/lanes';
import type { SurfaceImage } from '../engine/api';
import { landscapeKey, sameLandscape } from './run-views';
import { budgetScenario, workReductions } from '../core/budget';
import { createFrameBeat, type FrameBeat } from './frame-beat';

/** The landscape canvas' size, which the surface is painted at. */
export interface CanvasSize {
  width: number;
  height: number;
  pixelRatio: number;
}

export interface Sync {
  /** The landscape reports its size (CSS pixels); the surface is repainted to fit. */
  setCanvasSize(size: CanvasSize): void;
  stop(): void;
}

/**
 * `beat` keeps the frames on the display's beat after each run request, so that an input and its
 * results are painted in one frame (src/state/frame-beat.ts).
 */
export function startSync(
  store: AppStore,
  engine: Engine,
  beat: FrameBeat = createFrameBeat(),
): Sync {
  let canvas: CanvasSize | null = null;

  const runScenario = (scenario: Scenario) => {
    // Once per scenario object (src/scenario/validate-memo.ts): a slice-method change runs the
    // same scenario again without validating it again.
    const validation = validateOnMain(scenario);
    if (!validation.ok) {
      store.getState().setEngineError(validation.errors.map(formatIssue).join('; '));
      return;
    }
    const budgeted = budgetScenario(validation.scenario);
    if (budgeted.reduced) {
      // Over the work budget: the store takes the reduced scenario (so the screen, the link and
      // the engine agree) with a notice of what was reduced (apart from the link's notices: a
      // choice in the app can ask for too much as well as a link), and that one is run. Deferred, so
      // that every subscriber sees this change before the next.
      const { steps, runs } = budgeted.reduced;
      queueMicrotask(() => {
        const state = store.getState();
        if (state.scenario !== scenario) return;
        store.setState({
          scenario: {
            ...scenario,
            ...(steps ? { steps: steps.to } : {}),
            ...(runs ? { optimizers: scenario.optimizers.slice(0, runs.to) } : {}),
          },
          workNotices: workReductions(budgeted),
        });
      });
      return;
    }
    const state = store.getState();
    const fail = (error: unknown) =>
      store.getState().setEngineError(error instanceof Error ? error.message : String(error));
    beat.keep();
    if (describeProblem(scenario.problem).dim > 2) {
      // A model: every run again (the plane depends on all of them), with the plane it is drawn
      // on; the runs so far are shown while the worker computes.
      const modelOf = (runs: RunAssembler) =>
        runs.plane ? { plane: runs.plane, accuracy: runs.accuracy() } : undefined;
      engine
        .runStream(scenario, state.sliceMethod, (runs) => {
          const model = modelOf(runs);
          if (model)
            store.getState().setPartialResults(scenario, runs.results(), runs.progress, model);
        })
        .then((outcome) => {
          if (outcome.status === 'done')
            store.getState().setResults(scenario, outcome.value.results(), modelOf(outcome.value));
        }, fail);
      return;
    }
    // The store's own scenario object, so that views can tell current results by identity.
    // Partial results (still computing) are never reused.
    const plan = planRun(
      scenario,
      state.resultsScenario && state.results && !state.progress
        ? { scenario: state.resultsScenario, results: state.results }
        : null,
    );
    if (!plan.toRun) {
      store.getState().setResults(scenario, mergeRuns(plan, []));
      return;
    }
    // Every partial result redraws every path and curve from its first point, so the runs so
    // far are shown each time they have doubled: the main thread's total work stays under twice
    // that of drawing the finished runs once, however long they are (8 runs × 10⁶ steps would
    // otherwise redraw ten times a second and block the page for seconds).
    let shown = 0;
    engine
      .runStream(plan.toRun, null, (runs) => {
        const { done } = runs.progress;
        if (done < 2 * shown) return;
        shown = done;
        store
          .getState()
          .setPartialResults(scenario, mergeRuns(plan, runs.results()), runs.progress);
      })
      .then((outcome) => {
        if (outcome.status === 'done')
          store.getState().setResults(scenario, mergeRuns(plan, outcome.value.results()));
      }, fail);
  };

  /**
   * Paints the surface of the current problem and window: a coarse picture first, then the full
   * one (docs/app.md, "Never a stale picture"), each kept with the problem and plane it shows.
   * Each call is a new request: the surfaces lane drops a waiting older one, and a full picture
   * is asked for only while its coarse one is still of the current problem, plane and window.
   */
  const paintSurface = () => {
    if (!canvas || canvas.width < 2 || canvas.height < 2) return;
    const state = store.getState();
    const problem = state.scenario.problem;
    const many = describeProblem(problem).dim > 2;
    // A model's surface is a slice through its plane, known once its runs are.
    const plane = many ? state.plane : null;
    // (Painted once the runs are complete: a plane of partial runs is provisional.)
    if (many && (!plane || state.resultsScenario?.problem !== problem || state.progress)) return;
    const window = state.window;
    const view = fitView(
      window ?? plane?.view ?? problemInfo(problem).view,
      canvas.width,
      canvas.height,
    );
    // The store's plane object itself: the engine sends its vectors to the surfaces worker once
    // and names it by id afterwards (src/engine/worker-planes.ts).
    const request = {
      problem,
      ...(plane ? { plane } : {}),
      view,
      width: canvas.width,
      height: canvas.height,
      pixelRatio: canvas.pixelRatio,
    };
    const still = () => {
      const now = store.getState();
      return (
        sameLandscape(now.scenario.problem, problem) &&
        now.window === window &&
        (!many || now.plane === plane)
      );
    };
    const fail = (error: unknown) =>
      store
        .getState()
        .setEngineError(`surface: ${error instanceof Error ? error.message : String(error)}`);
    const show = (outcome: Outcome<SurfaceImage>) => {
      if (outcome.status !== 'done') return false;
      store.getState().setSurface({ ...outcome.value, problem, plane });
      return true;
    };
    // A new problem or plane is shown coarse at once, then full. So is a new window mostly
    // outside the picture shown (a zoom out): the old picture, drawn stretched at once
    // (SurfaceCanvas.tsx), would leave its new margins empty, and the coarse one (a sixteenth of
    // the samples) fills them within a frame or two (issue 17; docs/benchmark.md). A window
    // inside the shown picture (a zoom in) is covered by it stretched until the full one comes.
    const surface = state.surface;
    const samePicture =
      surface !== null && sameLandscape(surface.problem, problem) && surface.plane === plane;
    if (samePicture && uncoveredShare(surface.view, view) <= UNCOVERED_FOR_COARSE) {
      engine.surface(request).then(show, fail);
      return;
    }
    engine.surface({ ...request, coarse: true }).then((outcome) => {
      if (show(outcome) && still()) engine.surface(request).then(show, fail);
    }, fail);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario) runScenario(state.scenario);
    // f does not depend on σ or the batch size: a change of either alone repaints nothing.
    if (
      landscapeKey(state.scenario.problem) !== landscapeKey(previous.scenario.problem) ||
      state.window !== previous.window ||
      state.plane !== previous.plane
    )
      paintSurface();
    if (
      state.sliceMethod !== previous.sliceMethod &&
      describeProblem(state.scenario.problem).dim > 2
    )
      runScenario(state.scenario);
    if (state.playing && !previous.playing) startPlayback();
  });

  // Playback: the cursor advances by speed × elapsed time, at the display's frame rate.
  let frame = 0;
  let last = 0;
  let carry = 0;
  const tick = (time: number) => {
    const state = store.getState();
    if (!state.playing) return;
    const elapsed = last ? Math.min(0.25, (time - last) / 1000) : 0;
    last = time;
    carry += elapsed * state.speed;
    const advance = Math.floor(carry);
    carry -= advance;
    if (advance > 0) {
      const next = effectiveCursor(state) + advance;
      if (next >= state.scenario.steps) {
        store.setState({ cursor: state.scenario.steps, playing: false });
        return;
      }
      store.setState({ cursor: next });
    }
    frame = requestAnimationFrame(tick);
  };
  const startPlayback = () => {
    cancelAnimationFrame(frame);
    last = 0;
    carry = 0;
    frame = requestAnimationFrame(tick);
  };

  runScenario(store.getState().scenario);
  if (store.getState().playing) startPlayback();

  return {
    setCanvasSize(size) {
      const changed =
        !canvas ||
        size.width !== canvas.width ||
        size.height !== canvas.height ||
        size.pixelRatio !== canvas.pixelRatio;
      canvas = size;
      if (changed) paintSurface();
    },
    stop() {
      unsubscribe();
      cancelAnimationFrame(frame);
      beat.stop();
    },
  };
}

/**
 * A new window needs a coarse picture first when more than this share of it lies outside the
 * picture shown: a zoom out. A pan by a few pixels, or a resize, leaves a thin margin that the
 * full picture fills a few frames later; a coarse one would blur the whole picture meanwhile.
 */
const UNCOVERED_FOR_COARSE = 0.1;

/** The share of `inner`'s area outside `outer`. */
export function uncoveredShare(outer: View, inner: View): number {
  const overlap = (a: readonly [number, number], b: readonly [number, number]) =>
    Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  const area = (inner.x[1] - inner.x[0]) * (inner.y[1] - inner.y[0]);
  if (!(area > 0)) return 1;
  return 1 - (overlap(outer.x, inner.x) * overlap(outer.y, inner.y)) / area;
}
