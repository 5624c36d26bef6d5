/**
 * What the engine worker offers, as plain functions over the core: plain data in, results with
 * typed arrays or bitmaps out. The worker file only exposes this through comlink (docs/style.md,
 * "The worker boundary"); everything but painting can be tested in Node without a worker.
 */
import { FUNCTIONS, functionProblem, type View } from '../core/problems';
import { run, type RunResult } from '../core/run';
import { sampleSurface } from '../core/surface';
import { contourLevels, type ContourLevels } from '../plot/colormap';
import type { ProblemSpec, Scenario } from '../scenario/types';
import { paintSurface } from './paint';
import { modelBuffers, runModel, type ModelRuns } from './plane';
import { WorkerCache, type PlaneRef } from './worker-planes';
import { workerValidated } from './worker-validate';
import type { SliceMethod } from '../core/slice';
import { budgetScenario, stepUnits, WORK_CAP_UNITS } from '../core/budget';
import { driveStream, RunStream, type StreamReport } from './run-stream';
import { hessianAt, type HessianEntries } from './probe-hessian';

/** A request for a painted surface: the window, the canvas size in CSS pixels, and the pixel ratio. */
export interface SurfaceRequest {
  problem: ProblemSpec;
  /**
   * For problems of more than 2 parameters: the plane to paint the loss on, by id (with the
   * plane itself the first time this worker sees it: src/engine/worker-planes.ts).
   */
  plane?: PlaneRef;
  view: View;
  width: number;
  height: number;
  pixelRatio: number;
  /**
   * A first, coarse picture (a sixteenth of the samples, half the device resolution), sent
   * before the full one so that a new problem or window shows within a frame or two.
   */
  coarse?: boolean;
}

/** A painted surface and what the legend needs. */
export interface SurfaceImage {
  bitmap: ImageBitmap;
  view: View;
  levels: ContourLevels;
  /** The smallest and largest finite f in the window. */
  min: number;
  max: number;
  /** A first, coarse picture; the full one follows (SurfaceRequest.coarse). */
  coarse: boolean;
}

/** f and ∇f at one point (the landscape's hover read-out). */
export interface Probe {
  point: [number, number];
  f: number;
  grad: [number, number];
  /** The exact Hessian there, for a 2-parameter problem (docs/curvature-views.md); else null. */
  hessian: HessianEntries | null;
}

/** Samples per CSS pixel of the contour grid: contours interpolate between samples, so two pixels per sample stays crisp. */
const SAMPLES_PER_PIXEL = 0.5;
/** A coarse surface samples a quarter as densely along each side. */
const COARSE_SAMPLES = 0.25;
/**
 * Samples of a slice's surface at most: each is a full pass over the model's data (an MLP on 200
 * points costs about 100 k flops), so the grid is coarse and contour interpolation smooths it.
 */
const MAX_PLANE_SAMPLES = 48 * 48;
/** The largest device-pixel side of a painted surface. */
const MAX_CANVAS_SIDE = 4096;

function clampSize(value: number, max: number): number {
  return Math.max(1, Math.min(max, Number.isFinite(value) ? value : 1));
}

/** Results' typed-array buffers, to transfer rather than copy. */
export function buffersOf(results: readonly RunResult[]): ArrayBuffer[] {
  return results.flatMap((r) =>
    [r.trajectory, r.loss, r.gradNorm, r.lr, ...(r.averaged ? [r.averaged] : [])].map(
      (a) => a.buffer as ArrayBuffer,
    ),
  );
}

/**
 * The engine's calls over one worker's cache of planes and built problems (a fresh worker, a
 * fresh cache; tests make one per fake worker).
 */
export function createEngineApi(cache: WorkerCache = new WorkerCache()) {
  return {
    /** Validates (the worker trusts no caller) and runs a scenario. */
    run(scenario: Scenario): RunResult[] {
      return run(validated(scenario));
    },

    /**
     * Runs a scenario in chunks, posting each report (new points, progress, a model's plane) to
     * `onReport` as it goes; returns the number of reports, the last one marked finished. `method`
     * builds the plane of a model (more than 2 parameters); null for a 2D problem.
     */
    runStream(
      scenario: Scenario,
      method: SliceMethod | null,
      onReport: (report: StreamReport) => void,
    ): number {
      const valid = validated(scenario);
      const plane = method === null ? null : method === 'random' ? 'random' : 'pca';
      return driveStream(new RunStream(valid, plane), onReport);
    },

    /** Runs a model scenario (more than 2 parameters) and builds the plane its landscape shows. */
    runModel(scenario: Scenario, method: SliceMethod): ModelRuns {
      return runModel(validated(scenario), method === 'random' ? 'random' : 'pca');
    },

    /** f over the window, painted as contour bands at the canvas' device resolution. */
    surface(request: SurfaceRequest): SurfaceImage {
      const problem = request.plane
        ? cache.sliceOf(request.problem, request.plane)
        : cache.problem(request.problem);
      const width = clampSize(request.width, MAX_CANVAS_SIDE);
      const height = clampSize(request.height, MAX_CANVAS_SIDE);
      const ratio = clampSize(request.pixelRatio, 4) * (request.coarse ? 0.5 : 1);
      const samplesPerPixel = SAMPLES_PER_PIXEL * (request.coarse ? COARSE_SAMPLES : 1);
      let nx = width * samplesPerPixel;
      let ny = height * samplesPerPixel;
      // Each sample of a slice is a pass over the model's data: a heavy model gets fewer of them,
      // so that a surface costs at most a quarter of a request's work budget.
      const maxSamples = Math.max(
        16,
        Math.min(MAX_PLANE_SAMPLES, WORK_CAP_UNITS / 4 / stepUnits(request.problem)),
      );
      if (request.plane && request.coarse) {
        // A slice's coarse picture: a sixteenth of its full budget, so it comes quickly.
        const scale = Math.sqrt(Math.min(1, maxSamples / 16 / (nx * ny)));
        nx = Math.max(8, nx * scale);
        ny = Math.max(8, ny * scale);
      } else if (request.plane && nx * ny > maxSamples) {
        const scale = Math.sqrt(maxSamples / (nx * ny));
        nx *= scale;
        ny *= scale;
      }
      const surface = sampleSurface(problem, request.view, nx, ny);
      const levels = contourLevels(surface.min, surface.max, problem.info.fMin);
      const bitmap = paintSurface(surface, levels, width * ratio, height * ratio);
      return {
        bitmap,
        view: request.view,
        levels,
        min: surface.min,
        max: surface.max,
        coarse: request.coarse === true,
      };
    },

    /** f and ∇f at a point (of the plane, for a problem of more than 2 parameters). */
    probe(problemSpec: ProblemSpec, point: [number, number], plane?: PlaneRef): Probe {
      const problem = plane ? cache.sliceOf(problemSpec, plane) : cache.problem(problemSpec);
      const grad = new Float64Array(problem.dim);
      const f = problem.valueAndGrad(Float64Array.from(point), grad);
      const hessian = plane ? null : hessianAt(problemSpec, point);
      return { point, f, grad: [grad[0]!, grad[1]!], hessian };
    },

    /**
     * A classifier's p(label 1) over an nx × ny grid of the data plane at parameters `params`
     * (the decision boundary is its ½ level); null for a problem that is not a classifier.
     */
    decision(
      problemSpec: ProblemSpec,
      params: Float64Array,
      view: View,
      nx: number,
      ny: number,
    ): Float64Array | null {
      const classifier = cache.problem(problemSpec).classifier;
      if (!classifier) return null;
      const side = (n: number) =>
        Math.max(2, Math.min(256, Math.round(Number.isFinite(n) ? n : 2)));
      return classifier.probabilityGrid(params, view, side(nx), side(ny));
    },

    /** Small pictures of every built-in function over its default view, for the problem picker. */
    thumbnails(
      width: number,
      height: number,
      pixelRatio: number,
    ): { name: string; bitmap: ImageBitmap }[] {
      return FUNCTIONS.map((fn) => {
        const surface = sampleSurface(functionProblem(fn), fn.view, width, height);
        const levels = contourLevels(surface.min, surface.max, fn.fMin, 12);
        return {
          name: fn.name,
          bitmap: paintSurface(surface, levels, width * pixelRatio, height * pixelRatio),
        };
      });
    },
  };
}

export const engineApi = createEngineApi();

export type EngineApi = typeof engineApi;

export { modelBuffers };

/**
 * The worker trusts no caller: every scenario is validated before it runs (once per content:
 * src/engine/worker-validate.ts), and brought under the work budget (the store does so first and
 * says so; this is the guard).
 */
function validated(scenario: Scenario): Scenario {
  return budgetScenario(workerValidated(scenario)).scenario;
}
