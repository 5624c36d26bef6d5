/**
 * Benchmark of the learning-rate sweep (issue 5, point 7): a 60-point sweep × 4 runs × 1,000
 * steps on Rosenbrock from (−1.5, 2), target ≤ 100 ms.
 *   (a) in Node through `sweepScenario`, the function the worker's `sweepChunk` calls;
 *   (b) in headless Chromium through the real lab worker (`engine.labRequest` → `sweepChunk`),
 *       timed on the main thread, messaging included, on the production build;
 *   and, for scale, the same 240 runs as the hand-fused Adam loop of fused.ts beside the core
 *   doing exactly that work (240 Adam runs at the grid's α).
 * Runs that diverge stop early in the core and in the fused loop alike; the rows say how many
 * steps were really taken.
 *
 * `npx tsx bench/sweep.ts` prints these rows alone; `npm run bench` includes them.
 */
// Every type's rule at hand, as in the CLI (src/core/optimizers/all-rules.ts).
import '../src/core/optimizers/all-rules';
import { previewUrl, startPreview, stopPreview } from './preview';
import { resolveHyperparams } from '../src/core/optimizers';
import { buildProblem } from '../src/core/problems';
import { divergenceBounds, runOptimizer } from '../src/core/run';
import { lrGrid, sweepScenario, type SweepChunk } from '../src/core/sweep';
import type { Scenario } from '../src/scenario/types';
import { fusedAdamRosenbrock } from './fused';
import type { Row } from './rows';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../e2e/chromium';

const STEPS = 1000;
const REPEATS = 7;
const TARGET_MS = 100;

/** Four runs as a class would compare them: the default view's GD and Adam, momentum, RMSprop. */
export const SWEEP_SCENARIO: Scenario = {
  version: 1,
  problem: { type: 'function', name: 'rosenbrock' },
  start: [-1.5, 2],
  steps: STEPS,
  seed: 1,
  optimizers: [
    { type: 'gd', lr: 0.001 },
    { type: 'momentum', lr: 0.001 },
    { type: 'rmsprop', lr: 0.01 },
    { type: 'adam', lr: 0.1 },
  ],
};

const stepsTaken = (chunks: SweepChunk[]) =>
  chunks.reduce(
    (sum, c) => sum + c.points.reduce((s, p) => s + (p.divergedAt ?? STEPS + 1) - 1, 0),
    0,
  );

function best(repeats: number, fn: () => void): number {
  let ms = Infinity;
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
}

const row = (name: string, value: number, unit: string, target = '', pass?: boolean): Row => ({
  name,
  value,
  unit,
  target,
  pass,
});

/** (a) and the fused comparison, in Node. */
export function sweepCoreRows(log: (line: string) => void): Row[] {
  const lrs = lrGrid();
  const runs = SWEEP_SCENARIO.optimizers.map((_, i) => i);
  const sweepAll = () => runs.map((i) => sweepScenario(SWEEP_SCENARIO, i, lrs));
  for (let i = 0; i < 3; i++) sweepAll(); // JIT warm-up
  const steps = stepsTaken(sweepAll());
  const coreMs = best(REPEATS, sweepAll);
  log(
    `sweep 60 α × 4 runs × ${STEPS} steps (${steps.toLocaleString('en-US')} steps taken): ${coreMs.toFixed(1)} ms`,
  );

  // The same 240 runs as Adam, core against the hand-fused loop (bit-identical iterates).
  const problem = buildProblem(SWEEP_SCENARIO.problem);
  const bounds = divergenceBounds(problem);
  const { beta1, beta2, eps } = resolveHyperparams({ type: 'adam', lr: 0.1 });
  const adamLrs = runs.flatMap(() => lrs);
  const settings = { start: SWEEP_SCENARIO.start, steps: STEPS, seed: 1, noise: 0, bounds };
  const coreAdam = () => {
    for (const lr of adamLrs) runOptimizer(problem, { type: 'adam', lr }, settings);
  };
  const start: [number, number] = [-1.5, 2];
  const fused = () => {
    for (const lr of adamLrs) {
      fusedAdamRosenbrock({ start, steps: STEPS, lr, beta1, beta2, eps, bounds });
    }
  };
  for (let i = 0; i < 3; i++) {
    coreAdam();
    fused();
  }
  let coreAdamMs = Infinity;
  let fusedMs = Infinity;
  for (let r = 0; r < REPEATS; r++) {
    // Interleaved, so both see the same machine load.
    coreAdamMs = Math.min(coreAdamMs, best(1, coreAdam));
    fusedMs = Math.min(fusedMs, best(1, fused));
  }
  log(
    `240 Adam runs × ${STEPS} steps: core ${coreAdamMs.toFixed(1)} ms, fused ${fusedMs.toFixed(1)} ms`,
  );
  return [
    row(
      `α sweep, 60 α × 4 runs × 1,000 steps, Rosenbrock, core in Node (${steps.toLocaleString('en-US')} steps taken)`,
      coreMs,
      'ms',
      `≤ ${TARGET_MS}`,
      coreMs <= TARGET_MS,
    ),
    row('the same work as 240 Adam runs, core (runOptimizer)', coreAdamMs, 'ms'),
    row('the same 240 Adam runs, hand-fused loop', fusedMs, 'ms'),
    row('α sweep core Adam / hand-fused loop, time', coreAdamMs / fusedMs, '×'),
  ];
}

const PORT = 4176;
const URL_ = previewUrl(PORT);
const OUT_DIR = 'node_modules/.cache/descent-bench-sweep-dist';

/** (b): the sweep through the app's lab worker in Chromium, one request per run. */
export async function sweepBrowserRows(log: (line: string) => void): Promise<Row[]> {
  const { chromium } = await import('@playwright/test'); // only when this part runs
  const server = await startPreview(PORT, OUT_DIR);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(URL_);
    await page.getByTestId('trajectory-1').waitFor();
    const lrs = lrGrid();
    // One sweep of every run through the lab worker, timed on the main thread.
    const inWorker = () =>
      page.evaluate(
        async ({ scenario, lrs }) => {
          type Remote = { sweepChunk(s: unknown, i: number, l: number[]): Promise<unknown> };
          const engine = (
            window as unknown as {
              __descent: {
                engine: {
                  labRequest(
                    kind: string,
                    call: (remote: Remote) => Promise<unknown>,
                  ): Promise<{ status: string }>;
                };
              };
            }
          ).__descent.engine;
          const t0 = performance.now();
          let core = 0;
          for (let i = 0; i < scenario.optimizers.length; i++) {
            const outcome = (await engine.labRequest('bench-sweep', (remote) =>
              remote.sweepChunk(scenario, i, lrs),
            )) as { status: string; value?: { elapsedMs: number } };
            if (outcome.status !== 'done') throw new Error('sweep superseded');
            core += outcome.value!.elapsedMs;
          }
          return { wall: performance.now() - t0, core };
        },
        { scenario: SWEEP_SCENARIO, lrs },
      );
    // The same work in Node, interleaved with the worker's so that both see the same load
    // (issue 17: the worker within 1.3× of Node).
    const runs = SWEEP_SCENARIO.optimizers.map((_, i) => i);
    const inNode = () => best(1, () => runs.map((i) => sweepScenario(SWEEP_SCENARIO, i, lrs)));
    // Warm-up (and the worker's first load).
    for (let r = 0; r < 3; r++) {
      await inWorker();
      inNode();
    }
    const times: { wall: number; core: number }[] = [];
    let nodeMs = Infinity;
    for (let r = 0; r < REPEATS; r++) {
      times.push(await inWorker());
      nodeMs = Math.min(nodeMs, inNode());
    }
    const fastest = times.reduce((a, b) => (b.wall < a.wall ? b : a));
    const ms = fastest.wall;
    log(
      `α sweep in the lab worker: best ${ms.toFixed(1)} ms (core ${fastest.core.toFixed(1)} ms) of ${times.map((t) => t.wall.toFixed(0)).join(', ')}; in Node beside it ${nodeMs.toFixed(1)} ms`,
    );
    return [
      row(
        'α sweep, 60 α × 4 runs × 1,000 steps, in the lab worker (Chromium, messaging included)',
        ms,
        'ms',
        `≤ ${TARGET_MS}`,
        ms <= TARGET_MS,
      ),
      row('of which the core’s time in the worker (runOptimizer calls)', fastest.core, 'ms'),
      row('the same sweep in Node, measured beside it', nodeMs, 'ms'),
      row('α sweep, lab worker / Node', ms / nodeMs, '×', '≤ 1.3', ms / nodeMs <= 1.3),
    ];
  } finally {
    await browser.close();
    stopPreview(server);
  }
}

// Run directly: these rows alone.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const log = (line: string) => process.stderr.write(`  ${line}\n`);
  const rows = [...sweepCoreRows(log)];
  if (!process.argv.includes('--core')) rows.push(...(await sweepBrowserRows(log)));
  for (const r of rows) {
    process.stdout.write(
      `${r.name} | ${r.value.toPrecision(3)} ${r.unit} | ${r.target} ${r.pass === undefined ? '' : r.pass ? '✓' : '✗'}\n`,
    );
  }
}
