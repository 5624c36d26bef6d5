/**
 * Benchmark, first part (core): steps per second of every optimizer type on Rosenbrock through
 * `runOptimizer`, and core Adam against the hand-fused loop of fused.ts, side by side.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
// Every type's rule at hand, as in the CLI (src/core/optimizers/all-rules.ts).
import '../src/core/optimizers/all-rules';
import { OPTIMIZER_DEFAULTS, OPTIMIZER_TITLES, resolveHyperparams } from '../src/core/optimizers';
import { optimizerModule } from '../src/core/optimizers/registry';
import { buildProblem, type Problem } from '../src/core/problems';
import { divergenceBounds, runOptimizer, type RunResult, type RunSettings } from '../src/core/run';
import { OPTIMIZER_TYPES, type OptimizerSpec, type OptimizerType } from '../src/scenario/types';
import {
  bitIdentical,
  fusedAdamArithmetic,
  fusedAdamRosenbrock,
  type FusedAdamSettings,
  type FusedResult,
} from './fused';
import type { Row } from './rows';

export const START: readonly [number, number] = [-1.5, 2];
/** Adam's lr in the comparisons with the fused loop and TF.js: PyTorch's default. */
export const ADAM_LR = 1e-3;

/**
 * Each type's lr in the sweep: its default (OPTIMIZER_DEFAULTS: PyTorch's, lion-pytorch's for
 * Lion), none of which diverges on Rosenbrock from (−1.5, 2) in a million steps, but ASGD's: its
 * 1e-2 is plain SGD's step there, past 2/λmax ≈ 1e-3 (λmax ≈ 1,900 at the start), so it runs at
 * 1e-3; and Schedule-Free SGD's reference default 1, whose first step is plain SGD's too (c = 1),
 * so it runs at 1e-3 as well (it reaches f ≈ 1e-21 in the million steps). The sweep checks `divergedAt` and fails the row otherwise, since a run that stops early
 * times fewer steps than it claims.
 */
const SWEEP_LR: Partial<Record<OptimizerType, number>> = {
  asgd: 1e-3,
  'schedule-free-sgd': 1e-3,
};
export const sweepLr = (type: OptimizerType): number =>
  SWEEP_LR[type] ?? OPTIMIZER_DEFAULTS[type].lr!;

/**
 * Hyperparameters a type's row sets beside its lr: L-BFGS runs with its strong-Wolfe line search,
 * the costlier of its two step lengths. From about step 40 on Rosenbrock θ no longer moves: each
 * step still runs the two loops over the pairs it kept and stops at g·d > −ε_d, as torch's does
 * (docs/benchmark.md says what its row measures).
 */
const SWEEP_EXTRA: Partial<Record<OptimizerType, Partial<OptimizerSpec>>> = {
  lbfgs: { lineSearchFn: 'strong-wolfe' },
};

const rosenbrock = (): Problem => buildProblem({ type: 'function', name: 'rosenbrock' });

function settingsFor(problem: Problem, steps: number): RunSettings {
  return { start: START, steps, seed: 1, noise: 0, bounds: divergenceBounds(problem) };
}

/**
 * A full garbage collection before each timed run, so that no run pays for collecting the
 * previous one's arrays (tens of MB each). `--expose-gc` set at run time, as `npm run bench`
 * passes no Node flags.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Wall-clock seconds of `fn` after a full GC, and its value. */
function timed<T>(fn: () => T): { seconds: number; value: T } {
  collectGarbage();
  const t0 = performance.now();
  const value = fn();
  return { seconds: (performance.now() - t0) / 1000, value };
}

const formatLr = (lr: number) => (lr >= 0.1 ? String(lr) : lr.toExponential(0));
const perSecond = (n: number) => `${Math.round(n).toLocaleString('en-US')} steps/s`;

/** Steps per second of every optimizer type: best of `repeats` runs of `steps` steps each. */
export function sweep(steps: number, repeats: number, log: (line: string) => void): Row[] {
  const problem = rosenbrock();
  const settings = settingsFor(problem, steps);
  const rows: Row[] = [];
  // A type for models only (Muon) has no Rosenbrock run: bench/muon.ts times it on the network.
  for (const type of OPTIMIZER_TYPES.filter((t) => !optimizerModule(t).modelsOnly)) {
    const spec: OptimizerSpec = { type, lr: sweepLr(type), ...SWEEP_EXTRA[type] };

    // Warm-up at full size: the JIT has optimised the loop, and the allocator has seen arrays
    // of this size before (a first allocation of tens of MB costs page faults that later
    // ones, reusing freed memory, may not).
    runOptimizer(problem, spec, settings);
    let best = 0;
    let divergedAt: number | null = null;
    for (let r = 0; r < repeats; r++) {
      const { seconds, value } = timed(() => runOptimizer(problem, spec, settings));
      divergedAt = value.divergedAt;
      best = Math.max(best, steps / seconds);
    }
    const extra = SWEEP_EXTRA[type]?.lineSearchFn ? ', strong Wolfe' : '';
    const name = `core ${OPTIMIZER_TITLES[type]}, lr ${formatLr(sweepLr(type))}${extra}`;
    log(`${name}: ${perSecond(best)}`);
    rows.push(
      divergedAt === null
        ? { name, value: best, unit: 'steps/s', target: '', pass: undefined }
        : {
            name: `${name}, DIVERGED at step ${divergedAt}`,
            value: best,
            unit: 'steps/s',
            target: 'no divergence',
            pass: false,
          },
    );
  }
  return rows;
}

export interface AdamVsFused {
  coreStepsPerSecond: number;
  fusedStepsPerSecond: number;
  arithmeticStepsPerSecond: number;
  /** Trajectory, loss, gradNorm and lr of the two runs hold the same float64 bits. */
  identical: boolean;
  /** The core's final point. */
  final: [number, number];
}

function sameOutputs(core: RunResult, fused: FusedResult): boolean {
  return (
    core.divergedAt === fused.divergedAt &&
    bitIdentical(core.trajectory, fused.trajectory) &&
    bitIdentical(core.loss, fused.loss) &&
    bitIdentical(core.gradNorm, fused.gradNorm) &&
    bitIdentical(core.lr, fused.lr)
  );
}

/**
 * Core Adam and the fused loop, `steps` steps each, interleaved (core, fused, core, fused, …)
 * so that both see the same machine load; best of `repeats` each. Every repeat's outputs are
 * compared bit for bit.
 */
export function adamVsFused(
  steps: number,
  repeats: number,
  log: (line: string) => void,
): AdamVsFused {
  const problem = rosenbrock();
  const spec: OptimizerSpec = { type: 'adam', lr: ADAM_LR };
  const { beta1, beta2, eps } = resolveHyperparams(spec); // the defaults the core fills in
  const bounds = divergenceBounds(problem);
  const fusedSettings = (n: number): FusedAdamSettings => {
    return { start: START, steps: n, lr: ADAM_LR, beta1, beta2, eps, bounds };
  };
  // Warm-up: all three loops optimised before the clock starts.
  for (let i = 0; i < 3; i++) {
    runOptimizer(problem, spec, settingsFor(problem, 200_000));
    fusedAdamRosenbrock(fusedSettings(200_000));
    fusedAdamArithmetic(fusedSettings(200_000));
  }
  let core = 0;
  let fused = 0;
  let arithmetic = 0;
  let identical = true;
  let final: [number, number] = [NaN, NaN];
  for (let r = 0; r < repeats; r++) {
    const c = timed(() => runOptimizer(problem, spec, settingsFor(problem, steps)));
    const f = timed(() => fusedAdamRosenbrock(fusedSettings(steps)));
    const a = timed(() => fusedAdamArithmetic(fusedSettings(steps)));
    core = Math.max(core, steps / c.seconds);
    fused = Math.max(fused, steps / f.seconds);
    arithmetic = Math.max(arithmetic, steps / a.seconds);
    const t = c.value.trajectory;
    final = [t[t.length - 2]!, t[t.length - 1]!];
    identical &&= sameOutputs(c.value, f.value);
    identical &&= a.value[0] === final[0] && a.value[1] === final[1];
  }
  log(`core Adam ${perSecond(core)}, fused loop ${perSecond(fused)}`);
  log(`bit-identical: ${identical ? 'yes' : 'no'} (final point ${final[0]}, ${final[1]})`);
  return {
    coreStepsPerSecond: core,
    fusedStepsPerSecond: fused,
    arithmeticStepsPerSecond: arithmetic,
    identical,
    final,
  };
}

/** Steps per second of one run of core Adam over `steps` steps (timed after a full GC). */
export function coreAdamStepsPerSecond(steps: number): number {
  const problem = rosenbrock();
  const spec: OptimizerSpec = { type: 'adam', lr: ADAM_LR };
  return steps / timed(() => runOptimizer(problem, spec, settingsFor(problem, steps))).seconds;
}

/** Core Adam's final point after `steps` steps from START (to check TF.js did the same steps). */
export function coreAdamFinal(steps: number): [number, number] {
  const problem = rosenbrock();
  const spec: OptimizerSpec = { type: 'adam', lr: ADAM_LR };
  const { trajectory: t } = runOptimizer(problem, spec, settingsFor(problem, steps));
  return [t[t.length - 2]!, t[t.length - 1]!];
}
