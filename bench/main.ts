/**
 * `npm run bench`: part 1 (the core in Node: every optimizer's speed, core Adam against a
 * hand-fused loop and against TensorFlow.js), then part 2 (the app in Chromium, browser.ts).
 * `-- --core` runs part 1 only, `-- --browser` part 2 only, `-- --3d` the 3D view's figures
 * only (bench/landscape3d.ts). Prints one table and writes
 * bench/results.json. Exits 0 whether or not the targets are met (it is a report); 1 only if a
 * part could not run at all.
 */
// Every problem kind at once, as in the CLI (the browser loads the models' on demand).
import '../src/kinds/model-numerics';
import { curvatureRows } from './curvature';
import { decimateRows } from './decimate';
import { formulaRows } from './formula';
import { mlpRows, mlpVsTfjs } from './mlp';
import { muonRows } from './muon';
import { digitsCore, digitsCoreRows } from './digits';
import { adamVsFused, ADAM_LR, coreAdamFinal, coreAdamStepsPerSecond, START, sweep } from './core';
import type { Row } from './rows';
import { sweepBrowserRows, sweepCoreRows } from './sweep';
import { formatTable, machine, writeResults, YES_NO } from './table';

const SWEEP_STEPS = 1_000_000;
const SWEEP_REPEATS = 5;
const FUSED_STEPS = 3_000_000;
const FUSED_REPEATS = 5;
const TFJS_WARM_UP = 200;
const TFJS_STEPS = 2_000;
const TFJS_REPEATS = 3;

const log = (line: string) => process.stderr.write(`  ${line}\n`);
const count = (n: number) => n.toLocaleString('en-US');

/**
 * TF.js blocks of TFJS_STEPS steps interleaved with core Adam runs of FUSED_STEPS, so that the
 * ratio compares figures taken under the same machine load; best of each.
 */
async function adamVsTfjs() {
  // Imported here so that `--browser` does not load TF.js.
  const { createTfjsAdam } = await import('./tfjs');
  const tf = await createTfjsAdam(START, ADAM_LR);
  try {
    tf.run(TFJS_WARM_UP);
    let tfjs = 0;
    let core = 0;
    for (let r = 0; r < TFJS_REPEATS; r++) {
      tfjs = Math.max(tfjs, TFJS_STEPS / tf.run(TFJS_STEPS));
      core = Math.max(core, coreAdamStepsPerSecond(FUSED_STEPS));
    }
    const point = tf.point();
    const corePoint = coreAdamFinal(tf.steps);
    const drift = Math.max(Math.abs(point[0] - corePoint[0]), Math.abs(point[1] - corePoint[1]));
    log(`TF.js ${count(Math.round(tfjs))} steps/s, core Adam ${count(Math.round(core))} steps/s`);
    log(
      `after ${count(tf.steps)} steps: TF.js (${point.join(', ')}), core (${corePoint.join(', ')})`,
    );
    return { tfjs, core, drift, steps: tf.steps };
  } finally {
    tf.dispose();
  }
}

async function corePart(): Promise<Row[]> {
  process.stderr.write(`part 1: the core, ${count(SWEEP_STEPS)} steps per optimizer\n`);
  const rows = sweep(SWEEP_STEPS, SWEEP_REPEATS, log);

  process.stderr.write(`core Adam against the hand-fused loop, ${count(FUSED_STEPS)} steps\n`);
  const f = adamVsFused(FUSED_STEPS, FUSED_REPEATS, log);
  const fusedRatio = f.coreStepsPerSecond / f.fusedStepsPerSecond;

  process.stderr.write(`core Adam against TensorFlow.js's CPU backend\n`);
  const t = await adamVsTfjs();
  const tfRatio = t.core / t.tfjs;

  const info = (name: string, value: number): Row => {
    return { name, value, unit: 'steps/s', target: '', pass: undefined };
  };
  process.stderr.write('the learning-rate sweep (bench/sweep.ts)\n');
  const sweepRows = sweepCoreRows(log);

  process.stderr.write('formula speed (bench/formula.ts)\n');
  const formula = formulaRows(log);
  const decimation = decimateRows(log);
  process.stderr.write('MLP training: core against TensorFlow.js (bench/mlp.ts)\n');
  const mlp = mlpRows(await mlpVsTfjs(log));
  process.stderr.write('Muon beside AdamW on the network (bench/muon.ts)\n');
  const muon = muonRows(log);
  process.stderr.write('real data: the digits network (bench/digits.ts)\n');
  const digits = digitsCoreRows(await digitsCore(log));
  process.stderr.write('curvature of a model run (bench/curvature.ts)\n');
  const curvature = curvatureRows(log);

  const steps = count(FUSED_STEPS);
  return [
    ...rows,
    ...sweepRows,
    ...formula,
    ...decimation,
    ...mlp,
    ...muon,
    ...digits,
    ...curvature,
    info(`core Adam, ${steps} steps, lr 1e-3 (beside the fused loop)`, f.coreStepsPerSecond),
    info(`hand-fused Adam loop, ${steps} steps (speed limit)`, f.fusedStepsPerSecond),
    info('fused arithmetic alone, nothing stored (not equal work)', f.arithmeticStepsPerSecond),
    {
      name: 'core and fused outputs bit-identical',
      value: f.identical ? 1 : 0,
      unit: YES_NO,
      target: 'yes',
      pass: f.identical,
    },
    {
      name: 'core Adam / hand-fused loop',
      value: fusedRatio,
      unit: '×',
      target: '≥ 0.333',
      pass: fusedRatio >= 1 / 3,
    },
    info(`core Adam, ${steps} steps (beside TF.js)`, t.core),
    info(`TF.js CPU Adam (float32), best ${count(TFJS_STEPS)}-step block`, t.tfjs),
    {
      name: `TF.js point after ${count(t.steps)} steps vs core's, max |Δ|`,
      value: t.drift,
      unit: '',
      target: '≤ 1e-3',
      pass: t.drift <= 1e-3,
    },
    {
      name: 'core Adam / TF.js CPU Adam',
      value: tfRatio,
      unit: '×',
      target: '> 300',
      pass: tfRatio > 300,
    },
  ];
}

async function browserPart(): Promise<Row[]> {
  process.stderr.write('part 2: the app in Chromium (vite build, vite preview, Playwright)\n');
  const { runBrowserBench } = await import('./browser');
  return [...(await runBrowserBench()), ...(await sweepBrowserRows(log))];
}

/** Runs a part; if it throws, reports why and records a failed row instead of its figures. */
async function attempt(name: string, part: () => Promise<Row[]>): Promise<Row[]> {
  try {
    return await part();
  } catch (error) {
    process.stderr.write(`${name} failed: ${error instanceof Error ? error.stack : error}\n`);
    process.exitCode = 1;
    return [{ name: `${name} ran`, value: 0, unit: YES_NO, target: 'yes', pass: false }];
  }
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const onlyCore = args.has('--core');
  const onlyBrowser = args.has('--browser');
  const only3d = args.has('--3d');
  const date = new Date().toISOString();
  const m = machine(); // before the benchmark adds its own load
  const rows: Row[] = [];
  if (only3d) {
    const { runLandscape3dBench } = await import('./landscape3d');
    rows.push(...(await attempt('the 3D view', () => runLandscape3dBench(log))));
  } else {
    if (!onlyBrowser) rows.push(...(await attempt('part 1 (core)', corePart)));
    if (!onlyCore) rows.push(...(await attempt('part 2 (browser)', browserPart)));
  }
  process.stdout.write(`\n${formatTable(rows, m, date)}\n`);
  const path = writeResults(rows, m, date);
  process.stderr.write(`wrote ${path}\n`);
}

await main();
