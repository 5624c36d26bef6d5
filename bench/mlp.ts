/**
 * Benchmark of training a model (issue 6 §7): a 2-16-16-1 tanh MLP on 200 moons, full batch,
 * Adam lr 0.01 — in the core (`runOptimizer` on `createMlp`, float64, trajectory and loss
 * stored every step) and in TensorFlow.js's CPU backend (`tf.train.adam` over tf ops, float32,
 * nothing read back per step). Both start from the same weights (the core's
 * `initialMlpParams([16, 16], 1)`) on the same points, so their losses should agree to about
 * float32 precision; the final losses are printed as that check.
 *
 * `npx tsx bench/mlp.ts` prints the rows alone.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { createMlp, mlpLayout } from '../src/core/problems/mlp';
import { MODEL_BOUNDS } from '../src/core/problems/models';
import type { Problem } from '../src/core/problems/types';
import { runOptimizer } from '../src/core/run';
import type { OptimizerSpec } from '../src/scenario/types';
import type { Row } from './rows';

const LR = 0.01;
const CORE_STEPS = 3000;
const CORE_REPEATS = 5;
const TFJS_WARM_UP = 50;
const TFJS_STEPS = 300;
const TFJS_REPEATS = 3;

/** What the comparison measured. */
export interface MlpBench {
  coreStepsPerSecond: number;
  tfjsStepsPerSecond: number;
  /** Steps TF.js took in all (warm-up included); the core's loss is taken after as many. */
  steps: number;
  coreLoss: number;
  tfjsLoss: number;
}

const reduceTo = (t: tf.Tensor, shape: number[]): tf.Tensor => {
  const axes = tf.broadcast_util.getReductionAxes(shape, t.shape);
  return tf.reshape(axes.length > 0 ? tf.sum(t, axes) : t, shape);
};

/**
 * tfjs-core's Node build registers no gradients (see tfjs.ts), so the seven kernels the MLP's
 * loss uses get TF.js's own (tfjs-core/src/gradients/{Add,Sub,Multiply,BatchMatMul,Tanh,
 * Softplus,Mean}_grad.ts), with their broadcast reductions, which the bias adds need. They
 * replace the scalar-only ones tfjs.ts registers, which they also serve.
 */
function registerGradients(): void {
  const grads: tf.GradConfig[] = [
    {
      kernelName: tf.Add,
      inputsToSave: ['a', 'b'],
      gradFunc: (dy, [a, b]) => ({
        a: () => reduceTo(dy as tf.Tensor, a!.shape),
        b: () => reduceTo(dy as tf.Tensor, b!.shape),
      }),
    },
    {
      kernelName: tf.Sub,
      inputsToSave: ['a', 'b'],
      gradFunc: (dy, [a, b]) => ({
        a: () => reduceTo(dy as tf.Tensor, a!.shape),
        b: () => reduceTo(tf.neg(dy as tf.Tensor), b!.shape),
      }),
    },
    {
      kernelName: tf.Multiply,
      inputsToSave: ['a', 'b'],
      gradFunc: (dy, [a, b]) => ({
        a: () => reduceTo(tf.mul(dy as tf.Tensor, tf.cast(b!, 'float32')), a!.shape),
        b: () => reduceTo(tf.mul(dy as tf.Tensor, tf.cast(a!, 'float32')), b!.shape),
      }),
    },
    {
      kernelName: tf.BatchMatMul,
      inputsToSave: ['a', 'b'],
      // Only the untransposed case is used here: dA = dy·Bᵀ, dB = Aᵀ·dy.
      gradFunc: (dy, [a, b]) => ({
        a: () => tf.matMul(dy as tf.Tensor, b!, false, true),
        b: () => tf.matMul(a!, dy as tf.Tensor, true, false),
      }),
    },
    {
      kernelName: tf.Tanh,
      outputsToSave: [true],
      gradFunc: (dy, [y]) => ({
        x: () => tf.mul(tf.sub(tf.scalar(1), tf.square(y!)), dy as tf.Tensor),
      }),
    },
    {
      kernelName: tf.Softplus,
      inputsToSave: ['x'],
      gradFunc: (dy, [x]) => ({ x: () => tf.mul(dy as tf.Tensor, tf.sigmoid(x!)) }),
    },
    {
      kernelName: tf.Mean,
      inputsToSave: ['x'],
      // The mean over every axis (the only one used): each element gets dy / size.
      gradFunc: (dy, [x]) => ({
        x: () => tf.mul(tf.onesLike(x!), tf.div(dy as tf.Tensor, x!.size)),
      }),
    },
  ];
  for (const config of grads) {
    if (tf.getGradient(config.kernelName)) tf.unregisterGradient(config.kernelName);
    tf.registerGradient(config);
  }
}

/** The same network in TF.js: the core's θ split into weights ([in, out], TF's layout) and biases. */
async function createTfjsMlp(problem: Problem) {
  tf.enableProdMode();
  await tf.setBackend('cpu');
  await tf.ready();
  registerGradients();

  const { data } = problem.classifier!;
  const n = data.labels.length;
  const inputs = tf.tensor2d(
    Array.from({ length: n }, (_, i) => [data.x1[i]!, data.x2[i]!]),
    [n, 2],
  );
  const labels = tf.tensor2d(Array.from(data.labels), [n, 1]);
  const start = problem.info.start;
  const variables: tf.Variable[] = [];
  for (const group of mlpLayout([16, 16])) {
    const block = start.slice(group.offset, group.offset + group.rows * group.cols);
    variables.push(
      group.kind === 'weight'
        ? // PyTorch stores (out, in); x·W in TF wants (in, out): the transpose.
          tf.variable(tf.transpose(tf.tensor2d(block, [group.rows, group.cols])))
        : tf.variable(tf.tensor1d(block)),
    );
  }
  const [w0, b0, w1, b1, w2, b2] = variables as [
    tf.Variable,
    tf.Variable,
    tf.Variable,
    tf.Variable,
    tf.Variable,
    tf.Variable,
  ];
  // Mean BCE with logits, softplus(z) − y·z, as the core computes it.
  const loss = () => {
    const h1 = tf.tanh(tf.add(tf.matMul(inputs, w0), b0));
    const h2 = tf.tanh(tf.add(tf.matMul(h1, w1), b1));
    const z = tf.add(tf.matMul(h2, w2), b2);
    return tf.mean(tf.sub(tf.softplus(z), tf.mul(labels, z))) as tf.Scalar;
  };
  const optimizer = tf.train.adam(LR, 0.9, 0.999, 1e-8);
  let taken = 0;
  return {
    run(steps: number): number {
      const t0 = performance.now();
      for (let k = 0; k < steps; k++) optimizer.minimize(loss);
      w0.dataSync(); // CPU kernels are synchronous; reading back makes sure every step is done
      taken += steps;
      return (performance.now() - t0) / 1000;
    },
    loss: () => tf.tidy(() => loss().dataSync()[0]!),
    get steps() {
      return taken;
    },
    dispose() {
      optimizer.dispose();
      tf.dispose([inputs, labels, ...variables]);
    },
  };
}

function coreRun(problem: Problem, steps: number) {
  const spec: OptimizerSpec = { type: 'adam', lr: LR };
  const settings = { start: problem.info.start, steps, seed: 1, noise: 0, bounds: MODEL_BOUNDS };
  const t0 = performance.now();
  const result = runOptimizer(problem, spec, settings);
  return { seconds: (performance.now() - t0) / 1000, result };
}

/**
 * Core and TF.js training, interleaved (core run, TF.js block, …) so that both see the same
 * machine load; best of each.
 */
export async function mlpVsTfjs(log: (line: string) => void): Promise<MlpBench> {
  const problem = createMlp({ type: 'mlp' });
  const tfMlp = await createTfjsMlp(problem);
  try {
    coreRun(problem, CORE_STEPS); // warm-up: the JIT has seen the loops
    tfMlp.run(TFJS_WARM_UP);
    let core = 0;
    let tfjs = 0;
    for (let r = 0; r < Math.max(CORE_REPEATS, TFJS_REPEATS); r++) {
      if (r < CORE_REPEATS)
        core = Math.max(core, CORE_STEPS / coreRun(problem, CORE_STEPS).seconds);
      if (r < TFJS_REPEATS) tfjs = Math.max(tfjs, TFJS_STEPS / tfMlp.run(TFJS_STEPS));
    }
    const steps = tfMlp.steps;
    const coreLoss = coreRun(problem, steps).result.loss[steps]!;
    const tfjsLoss = tfMlp.loss();
    log(`MLP 2-16-16-1 tanh: core ${Math.round(core)} steps/s, TF.js ${Math.round(tfjs)} steps/s`);
    log(`after ${steps} steps: core loss ${coreLoss}, TF.js loss ${tfjsLoss}`);
    return { coreStepsPerSecond: core, tfjsStepsPerSecond: tfjs, steps, coreLoss, tfjsLoss };
  } finally {
    tfMlp.dispose();
  }
}

/** The benchmark rows of a comparison. */
export function mlpRows(b: MlpBench): Row[] {
  const ratio = b.coreStepsPerSecond / b.tfjsStepsPerSecond;
  // float32 against float64 over a few hundred Adam steps: the losses agree to ~1e-4 relative;
  // 1e-2 flags a different computation, not rounding.
  const drift = Math.abs(b.coreLoss - b.tfjsLoss) / Math.abs(b.coreLoss);
  const info = (name: string, value: number, unit: string): Row => {
    return { name, value, unit, target: '', pass: undefined };
  };
  return [
    info('core MLP 2-16-16-1 tanh, 200 moons, Adam lr 0.01', b.coreStepsPerSecond, 'steps/s'),
    info('TF.js CPU, the same MLP training (float32)', b.tfjsStepsPerSecond, 'steps/s'),
    { name: 'core MLP / TF.js CPU MLP', value: ratio, unit: '×', target: '> 1', pass: ratio > 1 },
    info(`core MLP loss after ${b.steps} steps`, b.coreLoss, ''),
    info(`TF.js MLP loss after ${b.steps} steps`, b.tfjsLoss, ''),
    {
      name: 'MLP losses, core vs TF.js, relative |Δ|',
      value: drift,
      unit: '',
      target: '≤ 1e-2',
      pass: drift <= 1e-2,
    },
  ];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const log = (line: string) => process.stderr.write(`  ${line}\n`);
  const rows = mlpRows(await mlpVsTfjs(log));
  for (const row of rows) process.stdout.write(`${row.name}: ${row.value} ${row.unit}\n`);
}
