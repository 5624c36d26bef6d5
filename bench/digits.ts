/**
 * Benchmark of training on real data (issue 22 §5): the 64-32-10 ReLU network on the 1,437
 * training digits (src/core/problems/softmax-classifier.ts), Adam lr 0.01.
 *
 * - In the core, in Node: full batch, and mini-batches of 64 (which record their batch's loss:
 *   a step costs its batch, plus the validation part's forward pass), every figure what a run
 *   does in the worker (validation scored every step, trajectory stored); beside it the same
 *   network in TensorFlow.js's CPU backend, full batch (bench/digits-tfjs.ts), from the same
 *   weights on the same inputs, interleaved so that both see the same load.
 * - In the worker (the browser part, `digitsWorkerRows`): a link to each scenario opened in the
 *   production build, and the steps per second the worker's run reports (RunResult.elapsedMs,
 *   the core's own time there). Targets: ≥ 100 steps/s full batch, ≥ 1,000 with batches of 64.
 *
 * `npx tsx bench/digits.ts` prints the core rows alone.
 */
import type { Browser } from '@playwright/test';
import { loadDataSets } from '../src/cli/data-files';
import { splitTable } from '../src/core/data/split';
import { loadedTable } from '../src/core/data/load';
import { MODEL_BOUNDS } from '../src/core/problems/models';
import { createSoftmaxClassifier } from '../src/core/problems/softmax-classifier';
import type { Problem } from '../src/core/problems/types';
import { runOptimizer } from '../src/core/run';
import { tfjsNetwork } from './digits-tfjs';
import type { Row } from './rows';

const LR = 0.01;
const FULL_STEPS = 300;
/** As many steps as a run of 2,410 parameters may keep (2,000,000 values: 829). */
const BATCH_STEPS = 800;
const REPEATS = 4;
const TFJS_STEPS = 30;

const network = (batchSize: number | undefined) =>
  createSoftmaxClassifier({
    name: 'softmax-mlp',
    data: { set: 'digits' },
    fallbackSet: 'digits',
    split: undefined,
    hidden: [32],
    activation: 'relu',
    initSeed: 1,
    batchSize,
  });

/** Best steps per second of `repeats` runs of `steps` steps (noise only ever slows a run). */
function coreSpeed(problem: Problem, steps: number): { stepsPerSecond: number; loss: number } {
  const settings = { start: problem.info.start, steps, seed: 1, noise: 0, bounds: MODEL_BOUNDS };
  const result = runOptimizer(problem, { type: 'adam', lr: LR }, settings);
  return { stepsPerSecond: steps / (result.elapsedMs / 1000), loss: result.loss[steps]! };
}

/** What the core bench measured. */
export interface DigitsBench {
  full: number;
  batch: number;
  tfjs: number;
  coreLoss: number;
  tfjsLoss: number;
  tfjsSteps: number;
}

export async function digitsCore(log: (line: string) => void): Promise<DigitsBench> {
  await loadDataSets(['digits']);
  const full = network(undefined);
  const batched = network(64);
  const { training } = splitTable(loadedTable('digits'), undefined);
  const tf = await tfjsNetwork(full, training.x, training.labels, LR);
  try {
    coreSpeed(full, 30); // warm-up: the JIT has seen the loops
    coreSpeed(batched, 300);
    tf.run(3);
    let best = { full: 0, batch: 0, tfjs: 0 };
    let tfjsSteps = 3;
    for (let r = 0; r < REPEATS; r++) {
      best = {
        full: Math.max(best.full, coreSpeed(full, FULL_STEPS).stepsPerSecond),
        batch: Math.max(best.batch, coreSpeed(batched, BATCH_STEPS).stepsPerSecond),
        tfjs: Math.max(best.tfjs, TFJS_STEPS / tf.run(TFJS_STEPS)),
      };
      tfjsSteps += TFJS_STEPS;
    }
    const coreLoss = coreSpeed(full, tfjsSteps).loss;
    const tfjsLoss = tf.loss();
    log(
      `digits 64-32-10: core full batch ${Math.round(best.full)} steps/s, batches of 64 ${Math.round(best.batch)} steps/s; TF.js full batch ${Math.round(best.tfjs)} steps/s`,
    );
    log(`after ${tfjsSteps} full-batch steps: core loss ${coreLoss}, TF.js loss ${tfjsLoss}`);
    return { ...best, coreLoss, tfjsLoss, tfjsSteps };
  } finally {
    tf.dispose();
  }
}

export function digitsCoreRows(b: DigitsBench): Row[] {
  const info = (name: string, value: number, unit = 'steps/s'): Row => ({
    name,
    value,
    unit,
    target: '',
    pass: undefined,
  });
  // float32 against float64 over some Adam steps: the losses agree to about 1e-4 relative;
  // 1e-2 flags a different computation, not rounding.
  const drift = Math.abs(b.coreLoss - b.tfjsLoss) / Math.abs(b.coreLoss);
  return [
    info('core digits 64-32-10 ReLU, 1,437 rows, full batch, Adam (Node)', b.full),
    info('core digits 64-32-10, batches of 64 (Node)', b.batch),
    info('TF.js CPU, the same network, full batch (float32)', b.tfjs),
    info('core / TF.js CPU, digits full batch', b.full / b.tfjs, '×'),
    {
      name: `digits losses after ${b.tfjsSteps} steps, core vs TF.js, relative |Δ|`,
      value: drift,
      unit: '',
      target: '≤ 1e-2',
      pass: drift <= 1e-2,
    },
  ];
}

type Handle = { __descent: { store: { getState(): Record<string, unknown> } } };

/** Steps per second of the worker's run of a link: its steps over the core time it reports. */
async function workerSpeed(browser: Browser, url: string, query: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.goto(`${url}${query}`);
    // Polled from here: a run of a few hundred milliseconds ends between two polls anyway.
    for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
      const speed = await page.evaluate(() => {
        const s = (window as unknown as Handle).__descent?.store.getState() as
          | { results: { elapsedMs: number; lr: Float64Array }[] | null; progress: unknown }
          | undefined;
        const run = s?.results?.[0];
        if (!run || s.progress !== null || !(run.elapsedMs > 0)) return null;
        return run.lr.length / (run.elapsedMs / 1000);
      });
      if (speed !== null) return speed;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`no results for ${query}`);
  } finally {
    await page.close();
  }
}

/** The digits network trained in the app's worker, full batch and in batches of 64. */
export async function digitsWorkerRows(
  browser: Browser,
  url: string,
  log: (line: string) => void,
): Promise<Row[]> {
  const link = (steps: number, batch: string) =>
    `?p=softmax-mlp${batch}&n=${steps}&o=adam(lr=${LR})`;
  // Best of three: noise only ever slows a run down.
  let full = 0;
  let batch = 0;
  for (let r = 0; r < 3; r++) {
    full = Math.max(full, await workerSpeed(browser, url, link(FULL_STEPS, '')));
    batch = Math.max(batch, await workerSpeed(browser, url, link(BATCH_STEPS, '(batchSize=64)')));
  }
  log(
    `digits in the worker: full batch ${Math.round(full)} steps/s, batches of 64 ${Math.round(batch)} steps/s`,
  );
  return [
    {
      name: 'digits 64-32-10, 1,437 rows, full batch, trained in the worker',
      value: full,
      unit: 'steps/s',
      target: '≥ 100',
      pass: full >= 100,
    },
    {
      name: 'digits 64-32-10, batches of 64, trained in the worker',
      value: batch,
      unit: 'steps/s',
      target: '≥ 1000',
      pass: batch >= 1000,
    },
  ];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const log = (line: string) => process.stderr.write(`  ${line}\n`);
  for (const row of digitsCoreRows(await digitsCore(log)))
    process.stdout.write(`${row.name}: ${row.value} ${row.unit}\n`);
}
