/**
 * Benchmark, first part (TensorFlow.js): the same Adam steps on Rosenbrock with
 * `tf.train.adam` on TensorFlow.js's CPU backend, the pure-JavaScript backend a browser app would
 * fall back to. TF.js tensors on the CPU backend are float32 only (it has no float64 dtype), so
 * its iterates agree with the core's only to float32 precision; the figure is its speed.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';

/**
 * tfjs-core's Node build registers no gradients (the `@tensorflow/tfjs` bundle imports
 * `register_all_gradients`, whose ES-module files Node cannot load directly). These are TF.js's
 * own gradients of the four kernels f uses (tfjs-core/src/gradients/{Add,Sub,Multiply,Square}
 * _grad.ts) for scalar inputs, where their broadcast reductions are empty.
 */
function registerGradients(): void {
  const same = (dy: tf.Tensor, t: tf.Tensor) => tf.reshape(dy, t.shape);
  const grads: tf.GradConfig[] = [
    {
      kernelName: tf.Add,
      inputsToSave: ['a', 'b'],
      gradFunc: (dy, [a, b]) => ({
        a: () => same(dy as tf.Tensor, a!),
        b: () => same(dy as tf.Tensor, b!),
      }),
    },
    {
      kernelName: tf.Sub,
      inputsToSave: ['a', 'b'],
      gradFunc: (dy, [a, b]) => ({
        a: () => same(dy as tf.Tensor, a!),
        b: () => same(tf.neg(dy as tf.Tensor), b!),
      }),
    },
    {
      kernelName: tf.Multiply,
      inputsToSave: ['a', 'b'],
      gradFunc: (dy, [a, b]) => ({
        a: () => same(tf.mul(dy as tf.Tensor, tf.cast(b!, 'float32')), a!),
        b: () => same(tf.mul(dy as tf.Tensor, tf.cast(a!, 'float32')), b!),
      }),
    },
    {
      kernelName: tf.Square,
      inputsToSave: ['x'],
      gradFunc: (dy, [x]) => ({
        x: () => tf.mul(dy as tf.Tensor, tf.mul(tf.cast(x!, 'float32'), 2)),
      }),
    },
  ];
  for (const config of grads) if (!tf.getGradient(config.kernelName)) tf.registerGradient(config);
}

/** A TF.js Adam run on Rosenbrock that can be advanced in timed blocks. */
export interface TfjsAdam {
  /** Takes `steps` Adam steps; returns their wall-clock seconds. */
  run(steps: number): number;
  /** The current point (float32, read back from the variables). */
  point(): [number, number];
  /** Steps taken so far. */
  readonly steps: number;
  dispose(): void;
}

/**
 * Adam (β = (0.9, 0.999), ε = 1e-8, as PyTorch's defaults) from `start`. Each step is
 * `optimizer.minimize` over f built from tf ops on two scalar variables; nothing is read back per
 * step, which spares TF.js the trajectory that the core stores.
 */
export async function createTfjsAdam(
  start: readonly [number, number],
  lr: number,
): Promise<TfjsAdam> {
  // Production mode: no debug checks, and no "install tfjs-node" banner on the console.
  tf.enableProdMode();
  await tf.setBackend('cpu');
  await tf.ready();
  registerGradients();

  const x = tf.variable(tf.scalar(start[0]), true, 'x');
  const y = tf.variable(tf.scalar(start[1]), true, 'y');
  const one = tf.scalar(1);
  const hundred = tf.scalar(100);
  // f(x, y) = (1 − x)² + 100(y − x²)²
  const f = () =>
    tf.add(
      tf.square(tf.sub(one, x)),
      tf.mul(hundred, tf.square(tf.sub(y, tf.square(x)))),
    ) as tf.Scalar;
  const optimizer = tf.train.adam(lr, 0.9, 0.999, 1e-8);
  let taken = 0;

  return {
    run(steps) {
      const t0 = performance.now();
      for (let k = 0; k < steps; k++) optimizer.minimize(f);
      // CPU-backend kernels run synchronously, so the updates are done when minimize returns;
      // reading a value back makes sure of it.
      x.dataSync();
      taken += steps;
      return (performance.now() - t0) / 1000;
    },
    point: () => [x.dataSync()[0]!, y.dataSync()[0]!],
    get steps() {
      return taken;
    },
    dispose() {
      optimizer.dispose();
      tf.dispose([x, y, one, hundred]);
    },
  };
}
