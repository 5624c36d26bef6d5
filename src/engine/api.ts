/**
 * What the engine worker offers, as plain functions over the core: plain data in, results with
 * typed arrays or bitmaps out. The worker file only exposes this through comlink (STYLE.md,
 * Squoosh's boundary); everything but painting can be tested in Node without a worker.
 */
import { buildProblem, FUNCTIONS, functionProblem, type View } from '../core/problems';
import { run, type RunResult } from '../core/run';
import { sampleSurface } from '../core/surface';
import { contourLevels, type ContourLevels } from '../plot/colormap';
import type { ProblemSpec, Scenario } from '../scenario/types';
import { formatIssue, validateScenario } from '../scenario/validate';
import { paintSurface } from './paint';

/** A request for a painted surface: the window, the canvas size in CSS pixels, and the pixel ratio. */
export interface SurfaceRequest {
  problem: ProblemSpec;
  view: View;
  width: number;
  height: number;
  pixelRatio: number;
}

/** A painted surface and what the legend needs. */
export interface SurfaceImage {
  bitmap: ImageBitmap;
  view: View;
  levels: ContourLevels;
  /** The smallest and largest finite f in the window. */
  min: number;
  max: number;
}

/** f and ∇f at one point (the landscape's hover read-out). */
export interface Probe {
  point: [number, number];
  f: number;
  grad: [number, number];
}

/** Samples per CSS pixel of the contour grid: contours interpolate between samples, so two pixels per sample stays crisp. */
const SAMPLES_PER_PIXEL = 0.5;
/** The largest device-pixel side of a painted surface. */
const MAX_CANVAS_SIDE = 4096;

function clampSize(value: number, max: number): number {
  return Math.max(1, Math.min(max, Number.isFinite(value) ? value : 1));
}

/** Results' typed-array buffers, to transfer rather than copy. */
export function buffersOf(results: readonly RunResult[]): ArrayBuffer[] {
  return results.flatMap((r) =>
    [r.trajectory, r.loss, r.gradNorm, r.lr].map((a) => a.buffer as ArrayBuffer),
  );
}

export const engineApi = {
  /** Validates (the worker trusts no caller) and runs a scenario. */
  run(scenario: Scenario): RunResult[] {
    const validation = validateScenario(scenario);
    if (!validation.ok) throw new Error(validation.errors.map(formatIssue).join('; '));
    return run(validation.scenario);
  },

  /** f over the window, painted as contour bands at the canvas' device resolution. */
  surface(request: SurfaceRequest): SurfaceImage {
    const problem = buildProblem(request.problem);
    const width = clampSize(request.width, MAX_CANVAS_SIDE);
    const height = clampSize(request.height, MAX_CANVAS_SIDE);
    const ratio = clampSize(request.pixelRatio, 4);
    const surface = sampleSurface(
      problem,
      request.view,
      width * SAMPLES_PER_PIXEL,
      height * SAMPLES_PER_PIXEL,
    );
    const levels = contourLevels(surface.min, surface.max, problem.info.fMin);
    const bitmap = paintSurface(surface, levels, width * ratio, height * ratio);
    return { bitmap, view: request.view, levels, min: surface.min, max: surface.max };
  },

  /** f and ∇f at a point. */
  probe(problemSpec: ProblemSpec, point: [number, number]): Probe {
    const problem = buildProblem(problemSpec);
    const grad = new Float64Array(problem.dim);
    const f = problem.valueAndGrad(Float64Array.from(point), grad);
    return { point, f, grad: [grad[0]!, grad[1]!] };
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

export type EngineApi = typeof engineApi;
