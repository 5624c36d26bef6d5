/**
 * The digits network in TensorFlow.js's CPU backend (issue 22 §5, side by side with the core):
 * the same 64-32-10 ReLU network from the same weights, on the same 1,437 standardised training
 * digits, full batch, Adam. float32 (TF.js has no float64). tfjs-core's Node build registers no
 * gradients (bench/tfjs.ts), so the three kernels the network uses get TF.js's own
 * (tfjs-core/src/gradients/{Add,BatchMatMul,Relu}_grad.ts) and the cross-entropy its exact
 * gradient (softmax − onehot)/n through tf.customGrad, as tf.losses.softmaxCrossEntropy's is.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { Problem } from '../src/core/problems/types';

const reduceTo = (t: tf.Tensor, shape: number[]): tf.Tensor => {
  const axes = tf.broadcast_util.getReductionAxes(shape, t.shape);
  return tf.reshape(axes.length > 0 ? tf.sum(t, axes) : t, shape);
};

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
      kernelName: tf.BatchMatMul,
      inputsToSave: ['a', 'b'],
      gradFunc: (dy, [a, b]) => ({
        a: () => tf.matMul(dy as tf.Tensor, b!, false, true),
        b: () => tf.matMul(a!, dy as tf.Tensor, true, false),
      }),
    },
    {
      kernelName: tf.Relu,
      inputsToSave: ['x'],
      gradFunc: (dy, [x]) => ({ x: () => tf.mul(dy as tf.Tensor, tf.step(x!)) }),
    },
  ];
  for (const config of grads) {
    if (tf.getGradient(config.kernelName)) tf.unregisterGradient(config.kernelName);
    tf.registerGradient(config);
  }
}

/** A TF.js run of the problem's network that can be advanced in timed blocks. */
export interface TfjsNetwork {
  /** Takes `steps` Adam steps; returns their wall-clock seconds. */
  run(steps: number): number;
  loss(): number;
  dispose(): void;
}

/**
 * The network of `problem` (a 64-32-10 softmax MLP: its layout and start) on `inputs` (n × 64,
 * standardised) with integer `labels`, trained by tf.train.adam(lr).
 */
export async function tfjsNetwork(
  problem: Problem,
  inputs: Float64Array,
  labels: Int32Array,
  lr: number,
): Promise<TfjsNetwork> {
  tf.enableProdMode();
  await tf.setBackend('cpu');
  await tf.ready();
  registerGradients();
  const n = labels.length;
  const d = inputs.length / n;
  const x = tf.tensor2d(Float32Array.from(inputs), [n, d]);
  const k = problem.layout!.at(-1)!.rows;
  const onehot = tf.cast(tf.oneHot(tf.tensor1d(labels, 'int32'), k), 'float32');
  const start = problem.info.start;
  const variables = problem.layout!.map((group) => {
    const block = start.slice(group.offset, group.offset + group.rows * group.cols);
    return group.kind === 'weight'
      ? // PyTorch stores (out, in); x·W in TF wants (in, out): the transpose.
        tf.variable(tf.transpose(tf.tensor2d(block, [group.rows, group.cols])))
      : tf.variable(tf.tensor1d(block));
  });
  const [w0, b0, w1, b1] = variables as [tf.Variable, tf.Variable, tf.Variable, tf.Variable];
  // Mean cross-entropy of softmax(z), its gradient (softmax(z) − onehot)/n.
  const crossEntropy = tf.customGrad((...args) => {
    const logits = args[0] as tf.Tensor2D;
    (args[1] as tf.GradSaveFunc)([logits]);
    const value = tf.mean(tf.sub(tf.logSumExp(logits, 1), tf.sum(tf.mul(logits, onehot), 1)));
    return {
      value,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) =>
        tf.mul(dy, tf.div(tf.sub(tf.softmax(saved[0] as tf.Tensor2D), onehot), n)),
    };
  });
  const loss = () => {
    const h = tf.relu(tf.add(tf.matMul(x, w0), b0));
    return crossEntropy(tf.add(tf.matMul(h, w1), b1)) as tf.Scalar;
  };
  const optimizer = tf.train.adam(lr, 0.9, 0.999, 1e-8);
  return {
    run(steps) {
      const t0 = performance.now();
      for (let s = 0; s < steps; s++) optimizer.minimize(loss);
      w0.dataSync(); // CPU kernels are synchronous; reading back makes sure every step is done
      return (performance.now() - t0) / 1000;
    },
    loss: () => tf.tidy(() => loss().dataSync()[0]!),
    dispose() {
      optimizer.dispose();
      tf.dispose([x, onehot, ...variables]);
    },
  };
}
