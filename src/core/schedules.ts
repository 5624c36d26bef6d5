/**
 * Learning-rate schedules as PyTorch's `torch/optim/lr_scheduler.py` computes them
 * (docs/optimizers.md#schedules). The lr used for optimizer step k + 1 (k = 0, 1, …) is f(k), where k is
 * the number of `scheduler.step()` calls so far.
 *
 * PyTorch's `step()` uses the recursive ("chainable") `get_lr()`, which differs from the closed
 * forms in the last bits; the golden trajectories were made with it, so the sequences here are
 * computed the same recursive way (OneCycleLR has no recursive form: it is closed in PyTorch too).
 */
import type { OptimizerSpec, ScheduleSpec } from '../scenario/types';

/** Every schedule field present, with defaults (`totalSteps`/`tMax` default to the run's steps). */
export type ResolvedSchedule =
  | { type: 'constant' }
  | { type: 'step'; stepSize: number; gamma: number }
  | { type: 'exponential'; gamma: number }
  | { type: 'cosine'; tMax: number; etaMin: number }
  | {
      type: 'warmup-cosine';
      warmupSteps: number;
      startFactor: number;
      tMax: number;
      etaMin: number;
    }
  | {
      type: 'one-cycle';
      totalSteps: number;
      pctStart: number;
      divFactor: number;
      finalDivFactor: number;
      cycleMomentum: boolean;
      baseMomentum: number;
      maxMomentum: number;
      threePhase: boolean;
      annealStrategy: 'cos' | 'linear';
    };

/** The schedule's defaults; `steps` is the scenario's step count. */
export function resolveSchedule(spec: ScheduleSpec | undefined, steps: number): ResolvedSchedule {
  const horizon = Math.max(1, steps);
  if (!spec) return { type: 'constant' };
  switch (spec.type) {
    case 'constant':
      return { type: 'constant' };
    case 'step':
      return { stepSize: 30, gamma: 0.5, ...spec };
    case 'exponential':
      return { gamma: 0.98, ...spec };
    case 'cosine':
      return { tMax: horizon, etaMin: 0, ...spec };
    case 'warmup-cosine':
      return {
        warmupSteps: Math.min(20, horizon - 1),
        startFactor: 0.1,
        tMax: horizon,
        etaMin: 0,
        ...spec,
      };
    case 'one-cycle':
      return {
        totalSteps: horizon,
        pctStart: 0.3,
        divFactor: 25,
        finalDivFactor: 1e4,
        cycleMomentum: true,
        baseMomentum: 0.85,
        maxMomentum: 0.95,
        threePhase: false,
        annealStrategy: 'cos',
        ...spec,
      };
  }
}

/** Python's `%`: the result has the sign of the divisor. */
function pyMod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

/**
 * CosineAnnealingLR's recursive get_lr at `epoch` ≥ 1 given the previous lr (lr_scheduler.py):
 * not clamped after tMax, it rises again with period 2·tMax.
 */
function cosineNext(
  prev: number,
  epoch: number,
  base: number,
  tMax: number,
  etaMin: number,
): number {
  if (pyMod(epoch - 1 - tMax, 2 * tMax) === 0) {
    return prev + ((base - etaMin) * (1 - Math.cos(Math.PI / tMax))) / 2;
  }
  return (
    ((1 + Math.cos((Math.PI * epoch) / tMax)) / (1 + Math.cos((Math.PI * (epoch - 1)) / tMax))) *
      (prev - etaMin) +
    etaMin
  );
}

/** OneCycleLR's annealing functions (`_annealing_cos`, `_annealing_linear`). */
function anneal(strategy: 'cos' | 'linear', start: number, end: number, pct: number): number {
  if (strategy === 'linear') return (end - start) * pct + start;
  const cosOut = Math.cos(Math.PI * pct) + 1;
  return end + ((start - end) / 2.0) * cosOut;
}

interface Phase {
  endStep: number;
  startLr: number;
  endLr: number;
  startMomentum: number;
  endMomentum: number;
}

function oneCyclePhases(
  s: Extract<ResolvedSchedule, { type: 'one-cycle' }>,
  maxLr: number,
): Phase[] {
  const initialLr = maxLr / s.divFactor;
  const minLr = initialLr / s.finalDivFactor;
  const n = s.totalSteps;
  const { baseMomentum: lo, maxMomentum: hi } = s;
  // Both variants start by warming up to maxLr over pctStart of the steps.
  const up: Phase = {
    endStep: s.pctStart * n - 1,
    startLr: initialLr,
    endLr: maxLr,
    startMomentum: hi,
    endMomentum: lo,
  };
  if (s.threePhase) {
    return [
      up,
      {
        endStep: 2 * s.pctStart * n - 2,
        startLr: maxLr,
        endLr: initialLr,
        startMomentum: lo,
        endMomentum: hi,
      },
      { endStep: n - 1, startLr: initialLr, endLr: minLr, startMomentum: hi, endMomentum: hi },
    ];
  }
  return [up, { endStep: n - 1, startLr: maxLr, endLr: minLr, startMomentum: lo, endMomentum: hi }];
}

/** OneCycleLR.get_lr at step t: [lr, momentum]. */
function oneCycleAt(phases: Phase[], strategy: 'cos' | 'linear', t: number): [number, number] {
  let startStep = 0;
  for (let i = 0; i < phases.length; i++) {
    const phase = phases[i]!;
    if (t <= phase.endStep || i === phases.length - 1) {
      const pct = (t - startStep) / (phase.endStep - startStep);
      return [
        anneal(strategy, phase.startLr, phase.endLr, pct),
        anneal(strategy, phase.startMomentum, phase.endMomentum, pct),
      ];
    }
    startStep = phase.endStep;
  }
  throw new Error('unreachable: the last phase always matches');
}

/** The per-step sequences of a schedule: lr[k] and, when cycled, momentum/β1[k]. */
export interface ScheduleSequence {
  lr: Float64Array;
  /** The μ/β1 that OneCycleLR writes before step k + 1, or null when nothing is cycled. */
  momentum: Float64Array | null;
}

/**
 * The lr (and cycled momentum) for each of `steps` optimizer steps, with `baseLr` the
 * optimizer's lr (max_lr for one-cycle).
 */
export function scheduleSequence(
  schedule: ResolvedSchedule,
  baseLr: number,
  steps: number,
): ScheduleSequence {
  const lr = new Float64Array(steps);
  let momentum: Float64Array | null = null;
  switch (schedule.type) {
    case 'constant':
      lr.fill(baseLr);
      break;
    case 'step': {
      // StepLR.get_lr: unchanged unless t is a positive multiple of stepSize, then × gamma.
      let current = baseLr;
      for (let t = 0; t < steps; t++) {
        if (t !== 0 && t % schedule.stepSize === 0) current = current * schedule.gamma;
        lr[t] = current;
      }
      break;
    }
    case 'exponential': {
      let current = baseLr;
      for (let t = 0; t < steps; t++) {
        if (t !== 0) current = current * schedule.gamma;
        lr[t] = current;
      }
      break;
    }
    case 'cosine': {
      let current = baseLr;
      for (let t = 0; t < steps; t++) {
        if (t !== 0) current = cosineNext(current, t, baseLr, schedule.tMax, schedule.etaMin);
        lr[t] = current;
      }
      break;
    }
    case 'warmup-cosine': {
      // SequentialLR([LinearLR(startFactor, 1, W), CosineAnnealingLR(tMax − W, etaMin)], [W]).
      const { warmupSteps: w, startFactor: s, etaMin } = schedule;
      const cosineTMax = schedule.tMax - w;
      let current = baseLr * s; // LinearLR's initial step
      for (let t = 0; t < steps; t++) {
        if (t === 0) {
          // already set
        } else if (t < w) {
          // LinearLR.get_lr (end_factor 1): lr·(1 + (1 − s)/(W·s + (t − 1)·(1 − s)))
          current = current * (1 + (1 - s) / (w * s + (t - 1) * (1 - s)));
        } else if (t === w) {
          // SequentialLR calls step(0) at the milestone: the closed form at epoch 0 is the base lr.
          current = etaMin + ((baseLr - etaMin) * (1 + Math.cos(0))) / 2;
        } else {
          current = cosineNext(current, t - w, baseLr, cosineTMax, etaMin);
        }
        lr[t] = current;
      }
      break;
    }
    case 'one-cycle': {
      const phases = oneCyclePhases(schedule, baseLr);
      if (schedule.cycleMomentum) momentum = new Float64Array(steps);
      for (let t = 0; t < steps; t++) {
        const [lrT, momentumT] = oneCycleAt(phases, schedule.annealStrategy, t);
        lr[t] = lrT;
        if (momentum) momentum[t] = momentumT;
      }
      break;
    }
  }
  return { lr, momentum };
}

/** The lr sequence of an optimizer spec over `steps` steps (what the lr(t) plot shows). */
export function lrSequenceOf(spec: OptimizerSpec, steps: number): ScheduleSequence {
  return scheduleSequence(resolveSchedule(spec.schedule, steps), spec.lr, steps);
}
