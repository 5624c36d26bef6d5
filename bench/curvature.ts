/**
 * The cost of curvature on a model run (issue 20, point 5): the app's default MLP (2-16-16-1
 * tanh, 200 moons, 337 parameters) trained full batch for 1,000 steps, alone (`runOptimizer`)
 * and with its curvature every 10 steps (`curvatureOfRun`, which replays the same run), timed
 * side by side in alternation so that both see the same machine; best of each. Target: λmax
 * every 10 steps costs at most 2× the run alone. Also the default top 3, and Adam with its
 * preconditioned sharpness (a second Lanczos per sample).
 *
 * Accuracy: λmax against the dense Hessian's largest eigenvalue (337 Hessian-vector products on
 * the basis vectors, Householder and QL: symmetric-eigen.ts) at every 100th step.
 *
 * `npx tsx bench/curvature.ts` prints the rows alone.
 */
import { curvatureOfRun, type CurvatureOptions } from '../src/core/curvature/run-curvature';
import { denseEigenvalues } from '../src/core/curvature/symmetric-eigen';
import { buildProblem } from '../src/core/problems';
import { runOptimizer, runSettings } from '../src/core/run';
import type { OptimizerSpec, Scenario } from '../src/scenario/types';
import type { Row } from './rows';

const STEPS = 1000;
const EVERY = 10;
const REPEATS = 5;
/** Gradient descent at α = 0.5 sharpens to 2/α = 4 within 200 steps and hovers there. */
const GD: OptimizerSpec = { type: 'gd', lr: 0.5 };
const ADAM: OptimizerSpec = { type: 'adam', lr: 0.01 };

export function curvatureRows(log: (line: string) => void): Row[] {
  const scenario: Scenario = {
    version: 1,
    problem: { type: 'mlp' },
    start: [],
    steps: STEPS,
    seed: 1,
    optimizers: [GD],
  };
  const problem = buildProblem(scenario.problem);
  scenario.start = [...problem.info.start];
  const settings = runSettings(scenario, problem);
  const time = (work: () => void) => {
    const started = performance.now();
    work();
    return performance.now() - started;
  };
  const alone = (spec: OptimizerSpec) => () => runOptimizer(problem, spec, settings);
  const curvature = (spec: OptimizerSpec, options: CurvatureOptions) => () =>
    curvatureOfRun(problem, spec, settings, { every: EVERY, ...options });
  const cases = {
    gd: alone(GD),
    gdLambdaMax: curvature(GD, { topK: 1 }),
    gdTop3: curvature(GD, {}),
    adam: alone(ADAM),
    adamPreconditioned: curvature(ADAM, { topK: 1 }),
  };
  const best: Record<keyof typeof cases, number> = {
    gd: Infinity,
    gdLambdaMax: Infinity,
    gdTop3: Infinity,
    adam: Infinity,
    adamPreconditioned: Infinity,
  };
  for (const work of Object.values(cases)) work(); // warm-up: the JIT has seen every loop
  for (let r = 0; r < REPEATS; r++)
    for (const [name, work] of Object.entries(cases) as [keyof typeof cases, () => void][])
      best[name] = Math.min(best[name], time(work));

  // λmax against the dense Hessian's, every 100th step of the GD run.
  const run = runOptimizer(problem, GD, settings);
  const curv = curvatureOfRun(problem, GD, settings, { every: EVERY, topK: 1 });
  const n = problem.dim;
  const hvp = problem.createHessianVectorProduct!();
  const h = new Float64Array(n * n);
  const e = new Float64Array(n);
  const column = new Float64Array(n);
  let worst = 0;
  const sharpness: string[] = [];
  for (let k = 0; k <= STEPS; k += 100) {
    hvp.at(run.trajectory.subarray(k * n, (k + 1) * n));
    for (let j = 0; j < n; j++) {
      e.fill(0);
      e[j] = 1;
      hvp.times(e, column);
      for (let i = 0; i < n; i++) h[i * n + j] = column[i]!;
    }
    const dense = denseEigenvalues(h, n)[0]!;
    const lanczos = curv.lambdaMax[curv.step.indexOf(k)]!;
    worst = Math.max(worst, Math.abs(lanczos - dense) / Math.abs(dense));
    sharpness.push(`${k}: ${dense.toFixed(3)}`);
  }
  log(`GD α = ${GD.lr}: λmax ${sharpness.join(', ')} (2/α = ${2 / GD.lr})`);
  const ms = (value: number) => `${Math.round(value)} ms`;
  log(
    `run alone ${ms(best.gd)}, λmax ${ms(best.gdLambdaMax)}, top 3 ${ms(best.gdTop3)}; ` +
      `Adam ${ms(best.adam)}, with P ${ms(best.adamPreconditioned)}`,
  );

  const ratio = best.gdLambdaMax / best.gd;
  const info = (name: string, value: number, unit: string): Row => {
    return { name, value, unit, target: '', pass: undefined };
  };
  const what = `MLP 2-16-16-1, ${STEPS.toLocaleString('en-US')} steps full batch`;
  return [
    info(`${what}, GD alone`, best.gd, 'ms'),
    info(`${what}, GD with λmax every ${EVERY} steps`, best.gdLambdaMax, 'ms'),
    {
      name: `curvature: GD with λmax every ${EVERY} steps / alone`,
      value: ratio,
      unit: '×',
      target: '≤ 2',
      pass: ratio <= 2,
    },
    info(`curvature: GD with the top 3 every ${EVERY} steps / alone`, best.gdTop3 / best.gd, '×'),
    info(
      `curvature: Adam with λmax and preconditioned λmax every ${EVERY} / alone`,
      best.adamPreconditioned / best.adam,
      '×',
    ),
    {
      name: 'curvature: Lanczos λmax vs dense Hessian, worst relative |Δ|',
      value: worst,
      unit: '',
      target: '≤ 1e-6',
      pass: worst <= 1e-6,
    },
  ];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const log = (line: string) => process.stderr.write(`  ${line}\n`);
  for (const row of curvatureRows(log))
    process.stdout.write(`${row.name}: ${row.value} ${row.unit} ${row.target}\n`);
}
