/**
 * The main thread's side of a run stream (src/engine/run-stream.ts): puts the reports' new points
 * into arrays of the runs' full length, in whatever order the reports arrive (each says where its
 * points go), and gives the runs so far as `RunResult`s whose arrays are views of the first
 * points computed: a partial result costs no copy.
 */
import type { RunResult } from '../core/run';
import type { RunScores } from '../core/run-scores';
import type { PlaneData } from './plane';
import type { RunHeader, StreamReport } from './run-stream';

interface RunArrays {
  header: RunHeader;
  trajectory: Float64Array;
  loss: Float64Array;
  gradNorm: Float64Array;
  accuracy: Float64Array | null;
  validationLoss: Float64Array | null;
  validationAccuracy: Float64Array | null;
  /** The optimizer's averaged point per point (RunResult.averaged), for the types with one. */
  averaged: Float64Array | null;
  /** Points known from the start without a gap. */
  points: number;
  /** Points received, by index (reports may arrive out of order). */
  received: Uint8Array;
}

export class RunAssembler {
  private runs: RunArrays[] = [];
  private divergedAt: (number | null)[] = [];
  private elapsedMs: number[] = [];
  private tests: (RunScores['test'] | null)[] = [];
  private planeData: PlaneData | null = null;
  private planeSeq = -1;
  private statusSeq = -1;
  private applied = 0;
  private lastSeq: number | null = null;
  private pending: StreamReport[] = [];
  private progressDone = 0;
  private progressTotal = 0;

  /** Reports applied so far. */
  get reports(): number {
    return this.applied;
  }

  /** True once every report up to the last one (`finished`) has been applied. */
  get complete(): boolean {
    return this.lastSeq !== null && this.applied === this.lastSeq + 1;
  }

  /** Points computed over every run, and the points the runs will have at most. */
  get progress(): { done: number; total: number } {
    return { done: this.progressDone, total: this.progressTotal };
  }

  get plane(): PlaneData | null {
    return this.planeData;
  }

  apply(report: StreamReport): void {
    if (!report.headers && this.runs.length === 0) {
      // Arrived before the first report, which sizes the arrays: kept until then.
      this.pending.push(report);
      return;
    }
    if (report.headers) this.start(report);
    this.write(report);
    if (report.headers) {
      const pending = this.pending;
      this.pending = [];
      for (const early of pending) this.write(early);
    }
  }

  /** The runs so far (views, not copies), in scenario order. */
  results(): RunResult[] {
    return this.runs.map((run, r) => {
      const divergedAt = this.complete ? (this.divergedAt[r] ?? null) : null;
      const points = run.points;
      const dim = run.header.dim;
      const steps = run.header.lr.length;
      return {
        optimizer: run.header.optimizer,
        dim,
        trajectory: run.trajectory.subarray(0, points * dim),
        loss: run.loss.subarray(0, points),
        gradNorm: run.gradNorm.subarray(0, points),
        lr: run.header.lr.subarray(0, divergedAt ?? Math.min(steps, Math.max(0, points - 1))),
        divergedAt,
        elapsedMs: this.elapsedMs[r] ?? 0,
        ...(run.header.scored ? { scores: this.scoresOf(r, points) } : {}),
        ...(run.averaged ? { averaged: run.averaged.subarray(0, points * dim) } : {}),
      };
    });
  }

  /** A table classifier's scores of run r so far (RunResult.scores). */
  private scoresOf(r: number, points: number): RunScores {
    const run = this.runs[r]!;
    const view = (array: Float64Array | null) => array && array.subarray(0, points);
    return {
      accuracy: run.accuracy ? run.accuracy.subarray(0, points) : new Float64Array(0),
      validationLoss: view(run.validationLoss),
      validationAccuracy: view(run.validationAccuracy),
      test: this.complete ? (this.tests[r] ?? null) : null,
    };
  }

  /** Accuracy per run at the points so far, for classifiers; null otherwise. */
  accuracy(): Float64Array[] | null {
    if (!this.runs.length || this.runs.some((run) => !run.accuracy)) return null;
    return this.runs.map((run) => run.accuracy!.subarray(0, run.points));
  }

  private start(report: StreamReport): void {
    this.runs = report.headers!.map((header) => ({
      header,
      trajectory: new Float64Array((report.steps + 1) * header.dim),
      loss: new Float64Array(report.steps + 1),
      gradNorm: new Float64Array(report.steps + 1),
      accuracy: report.deltas.some((d) => d.accuracy) ? new Float64Array(report.steps + 1) : null,
      validationLoss: report.deltas.some((d) => d.validationLoss)
        ? new Float64Array(report.steps + 1)
        : null,
      validationAccuracy: report.deltas.some((d) => d.validationAccuracy)
        ? new Float64Array(report.steps + 1)
        : null,
      averaged: report.deltas[report.headers!.indexOf(header)]?.averaged
        ? new Float64Array((report.steps + 1) * header.dim)
        : null,
      points: 0,
      received: new Uint8Array(report.steps + 1),
    }));
  }

  private write(report: StreamReport): void {
    report.deltas.forEach((delta, r) => {
      const run = this.runs[r];
      if (!run) return;
      const dim = run.header.dim;
      run.trajectory.set(delta.trajectory, delta.from * dim);
      run.loss.set(delta.loss, delta.from);
      run.gradNorm.set(delta.gradNorm, delta.from);
      if (delta.accuracy && run.accuracy) run.accuracy.set(delta.accuracy, delta.from);
      if (delta.validationLoss && run.validationLoss)
        run.validationLoss.set(delta.validationLoss, delta.from);
      if (delta.validationAccuracy && run.validationAccuracy)
        run.validationAccuracy.set(delta.validationAccuracy, delta.from);
      if (delta.averaged && run.averaged) run.averaged.set(delta.averaged, delta.from * dim);
      run.received.fill(1, delta.from, delta.from + delta.loss.length);
      while (run.points < run.received.length && run.received[run.points]) run.points++;
    });
    // The latest report's status and plane win, whatever order they came in.
    if (report.seq > this.statusSeq) {
      this.statusSeq = report.seq;
      this.divergedAt = report.divergedAt;
      this.elapsedMs = report.elapsedMs;
      this.tests = report.test;
      this.progressDone = report.done;
      this.progressTotal = report.total;
    }
    if (report.plane && report.seq > this.planeSeq) {
      this.planeSeq = report.seq;
      this.planeData = report.plane;
    }
    if (report.finished) this.lastSeq = report.seq;
    this.applied++;
  }
}
