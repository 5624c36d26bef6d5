/**
 * A scenario's runs computed in chunks, reporting as they go: every run advances a few steps per
 * round (so each run's first steps appear early, not one run after another), and a report holds
 * what each run computed since the last report (copies of the new points only, so the total sent
 * is the size of the result however often it reports). Pure over the core: the worker drives it
 * with `driveStream`, and Node tests drive it chunk by chunk.
 */
import type { OptimizerSpec, Scenario } from '../scenario/types';
import { buildProblem, type Problem } from '../core/problems';
import { runSettings, startRun, type RunStepper } from '../core/run';
import type { SliceMethod } from '../core/slice';
import type { RunScores } from '../core/run-scores';
import { planeOf, type PlaneData } from './plane';

/** What a run is, sent once with the first report. */
export interface RunHeader {
  optimizer: OptimizerSpec;
  dim: number;
  /** The learning rate of every step of the schedule (steps values). */
  lr: Float64Array;
  /** Whether the run records held-out scores (a classifier on a table: RunResult.scores). */
  scored: boolean;
}

/** The points a run computed since the last report: points `from`, `from` + 1, … */
export interface RunDelta {
  from: number;
  trajectory: Float64Array;
  loss: Float64Array;
  gradNorm: Float64Array;
  /** Accuracy at the same points, for classifiers; null otherwise. */
  accuracy: Float64Array | null;
  /** Validation loss and accuracy at the same points, for classifiers on tables; else null. */
  validationLoss: Float64Array | null;
  validationAccuracy: Float64Array | null;
  /** The optimizer's averaged point at the same points (RunResult.averaged); null without. */
  averaged: Float64Array | null;
}

/** One report of a stream. Reports are numbered from 0; the last one has `done`. */
export interface StreamReport {
  seq: number;
  steps: number;
  /** On the first report only. */
  headers: RunHeader[] | null;
  deltas: RunDelta[];
  /** Per run: the step where it diverged, or null (so far). */
  divergedAt: (number | null)[];
  elapsedMs: number[];
  /** Per run: the test score at its last point, once it has finished (tables only); else null. */
  test: (RunScores['test'] | null)[];
  /** Points computed over every run, and the points the runs will have at most. */
  done: number;
  total: number;
  finished: boolean;
  /** For models: the plane of the runs so far (provisional until `finished`); null otherwise. */
  plane: PlaneData | null;
}

export class RunStream {
  private readonly problem: Problem;
  private readonly steppers: RunStepper[];
  private readonly accuracy: Float64Array[] | null;
  private readonly sent: number[];
  private seq = 0;
  /** Points per run per round, adapted so that a round takes about the chunk's time. */
  private stride = 1;

  constructor(
    private readonly scenario: Scenario,
    private readonly method: SliceMethod | null,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.problem = buildProblem(scenario.problem);
    const settings = runSettings(scenario, this.problem);
    this.steppers = scenario.optimizers.map((spec) => startRun(this.problem, spec, settings));
    // Classifiers on 2D data: measured here, one forward pass a point (tables record their own).
    this.accuracy =
      method && this.problem.classifier
        ? scenario.optimizers.map(() => new Float64Array(scenario.steps + 1))
        : null;
    this.sent = scenario.optimizers.map(() => 0);
  }

  get finished(): boolean {
    return this.steppers.every((s) => s.finished);
  }

  /** Points computed so far over every run. */
  get done(): number {
    return this.steppers.reduce(
      (sum, s) => sum + (s.finished ? this.scenario.steps + 1 : s.points),
      0,
    );
  }

  /**
   * One chunk: rounds of `stride` points for every unfinished run until about `budgetMs` have
   * passed (at least one round, so a chunk always makes progress).
   */
  step(budgetMs: number): void {
    const started = this.now();
    do {
      const roundStarted = this.now();
      for (let r = 0; r < this.steppers.length; r++) {
        const stepper = this.steppers[r]!;
        if (stepper.finished) continue;
        const from = stepper.points;
        stepper.advance(this.stride);
        this.measureAccuracy(r, from, stepper.points);
      }
      const roundMs = this.now() - roundStarted;
      // Aim a round at a quarter of the budget: several rounds per chunk, none much past it.
      if (roundMs < budgetMs / 8) this.stride = Math.min(this.stride * 2, 1 << 20);
      else if (roundMs > budgetMs / 2 && this.stride > 1) this.stride = Math.ceil(this.stride / 2);
    } while (!this.finished && this.now() - started < budgetMs);
  }

  /** What was computed since the last report; the plane of the runs so far if `withPlane`. */
  report(withPlane: boolean): StreamReport {
    const finished = this.finished;
    const partials = this.steppers.map((s) => s.partial());
    const deltas = partials.map((result, r): RunDelta => {
      const from = this.sent[r]!;
      const to = result.loss.length;
      this.sent[r] = to;
      const dim = result.dim;
      return {
        from,
        trajectory: result.trajectory.slice(from * dim, to * dim),
        loss: result.loss.slice(from, to),
        gradNorm: result.gradNorm.slice(from, to),
        // A table classifier's runs record their own accuracy (RunResult.scores).
        accuracy: result.scores
          ? result.scores.accuracy.slice(from, to)
          : this.accuracy
            ? this.accuracy[r]!.slice(from, to)
            : null,
        validationLoss: result.scores?.validationLoss?.slice(from, to) ?? null,
        validationAccuracy: result.scores?.validationAccuracy?.slice(from, to) ?? null,
        averaged: result.averaged?.slice(from * dim, to * dim) ?? null,
      };
    });
    const plane =
      this.method && (withPlane || finished)
        ? planeOf(this.problem, partials, this.method, this.scenario.seed)
        : null;
    const seq = this.seq++;
    return {
      seq,
      steps: this.scenario.steps,
      headers:
        seq === 0
          ? this.steppers.map((s, r) => ({
              optimizer: partials[r]!.optimizer,
              dim: s.dim,
              lr: Float64Array.from(s.lrSchedule),
              scored: partials[r]!.scores !== undefined,
            }))
          : null,
      deltas,
      divergedAt: partials.map((p) => p.divergedAt),
      elapsedMs: partials.map((p) => p.elapsedMs),
      test: partials.map((p) => p.scores?.test ?? null),
      done: this.done,
      total: this.steppers.length * (this.scenario.steps + 1),
      finished,
      plane,
    };
  }

  private measureAccuracy(run: number, from: number, to: number): void {
    const classifier = this.problem.classifier;
    if (!this.accuracy || !classifier) return;
    const dim = this.problem.dim;
    const trajectory = this.steppers[run]!.partial().trajectory;
    const params = new Float64Array(dim);
    const out = this.accuracy[run]!;
    for (let k = from; k < to; k++) {
      params.set(trajectory.subarray(k * dim, (k + 1) * dim));
      out[k] = classifier.accuracy(params);
    }
  }
}

/** How a stream is driven: chunk length, report spacing, the clock. */
export interface DriveOptions {
  /** Work per chunk, in ms (default 50). */
  chunkMs?: number;
  /** The least time between two reports, in ms (default 100); the plane of a model at most every `planeEveryMs` (default 500). */
  reportEveryMs?: number;
  planeEveryMs?: number;
  now?: () => number;
  /** Checked between chunks: true stops the stream there (nothing more is computed). */
  shouldStop?: () => boolean;
}

/**
 * Runs the stream to the end (or until `shouldStop`), reporting at most every `reportEveryMs`
 * and always at the end; returns the number of reports sent. The worker calls this with a
 * report callback that posts each report to the main thread at once.
 */
export function driveStream(
  stream: RunStream,
  onReport: (report: StreamReport) => void,
  options: DriveOptions = {},
): number {
  const now = options.now ?? (() => performance.now());
  const chunkMs = options.chunkMs ?? 50;
  const reportEveryMs = options.reportEveryMs ?? 100;
  const planeEveryMs = options.planeEveryMs ?? 500;
  let lastReport = now();
  // The first report carries a plane, so a model's paths are drawn from the first report on.
  let lastPlane = -Infinity;
  let reports = 0;
  while (!stream.finished) {
    if (options.shouldStop?.()) return reports;
    stream.step(chunkMs);
    const time = now();
    if (!stream.finished && time - lastReport >= reportEveryMs) {
      const withPlane = time - lastPlane >= planeEveryMs;
      onReport(stream.report(withPlane));
      reports++;
      lastReport = now();
      if (withPlane) lastPlane = lastReport;
    }
  }
  onReport(stream.report(true));
  return reports + 1;
}

/** The buffers of a report, to transfer rather than copy (each listed once). */
export function reportBuffers(report: StreamReport): ArrayBuffer[] {
  const arrays: Float64Array[] = [
    ...(report.headers ?? []).map((h) => h.lr),
    ...report.deltas.flatMap((d) => [
      d.trajectory,
      d.loss,
      d.gradNorm,
      ...[d.accuracy, d.validationLoss, d.validationAccuracy, d.averaged].filter((a) => a !== null),
    ]),
    ...(report.plane
      ? [report.plane.center, report.plane.d1, report.plane.d2, ...report.plane.projections]
      : []),
  ];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
