import { describe, expect, it } from 'vitest';
import {
  createOptimizer,
  hyperparamsOf,
  OPTIMIZER_DEFAULTS,
  withDefaults,
} from '../../src/core/optimizers';
import { run } from '../../src/core/run';
import { OPTIMIZER_TYPES, type OptimizerSpec } from '../../src/scenario/types';
import { scenarioOn } from '../helpers';
import { QUADRATIC_CONTEXT } from './quadratic-context';

/** Σx² from (1, 2): the golden vectors of docs/optimizers.md#golden-vectors (float64 transcriptions of torch.optim). */
const VECTORS: [string, OptimizerSpec, number[][]][] = [
  ['SGD lr .1', { type: 'gd', lr: 0.1 }, [[0.8, 1.6], [0.64, 1.28], [0.512, 1.024]]],
  ['SGD μ .9', { type: 'momentum', lr: 0.1, momentum: 0.9 }, [[0.8, 1.6], [0.46, 0.92], [0.062, 0.124]]],
  ['SGD μ .9 τ .5', { type: 'momentum', lr: 0.1, momentum: 0.9, dampening: 0.5 }, [[0.8, 1.6], [0.54, 1.08], [0.252, 0.504]]],
  ['Nesterov', { type: 'nesterov', lr: 0.1, momentum: 0.9 }, [[0.62, 1.24], [0.2224, 0.4448], [-0.108352, -0.216704]]],
  ['Adagrad', { type: 'adagrad', lr: 0.1 }, [[0.900000000005, 1.9000000000025], [0.8331035268450359, 1.8311250538122312], [0.7804561813568098, 1.775821515013063]]],
  ['RMSprop', { type: 'rmsprop', lr: 0.01 }, [[0.9000000049999998, 1.9000000025], [0.8329179679700331, 1.8309433291098638], [0.7799822732436351, 1.7753494456014602]]],
  ['RMSprop centered μ .9', { type: 'rmsprop', lr: 0.01, centered: true, momentum: 0.9 }, [[0.8994962235245836, 1.8994962209993314], [0.7413059808836701, 1.7392987514978548], [0.5496501653165236, 1.5406780204571116]]],
  ['Adadelta', { type: 'adadelta', lr: 1 }, [[0.9968377262926713, 1.996837723328043], [0.9935981740783056, 1.993595728929903], [0.990309045658058, 1.9903007524197172]]],
  ['Adam', { type: 'adam', lr: 0.1 }, [[0.9000000005, 1.90000000025], [0.8004122286917927, 1.800166486115701], [0.7015862729460302, 1.700623392046465]]],
  ['AdamW wd .1', { type: 'adamw', lr: 0.1, weightDecay: 0.1 }, [[0.8900000004999999, 1.88000000025], [0.7815718559365048, 1.7614089505845592], [0.6751012216400698, 1.6443686835605893]]],
  ['Adamax', { type: 'adamax', lr: 0.1 }, [[0.9000000005, 1.90000000025], [0.805168327168774, 1.802534113547508], [0.7154994733923282, 1.707648235553021]]],
  ['NAdam', { type: 'nadam', lr: 0.1 }, [[0.8943548226926871, 1.894354822428574], [0.8199730706329195, 1.8178975308053855], [0.7527292663805714, 1.7475085012701728]]],
  ['Lion wd 1e-3', { type: 'lion', lr: 0.1, weightDecay: 1e-3 }, [[0.8999, 1.8998], [0.7998100100000001, 1.79961002], [0.699730028999, 1.699430058998]]],
  ['Adam without bias correction', { type: 'adam', lr: 0.1, biasCorrection: false }, [[0.6837722839831544, 1.6837722589831603], [0.27020606850514395, 1.2622652915344856], [-0.16214134322164275, 0.7829423142897068]]],
  // docs/optimizers.md#rprop, #asgd, #adafactor, #newton (issue 21).
  ['Rprop', { type: 'rprop', lr: 0.1 }, [[0.9, 1.9], [0.78, 1.78], [0.636, 1.636]]],
  ['ASGD κ .1 t₀ 1', { type: 'asgd', lr: 0.1, lambd: 0.1, t0: 1 }, [[0.79, 1.58], [0.6253334616849051, 1.2506669233698102], [0.49594938397726474, 0.9918987679545295]]],
  ['Adafactor', { type: 'adafactor', lr: 0.1 }, [[0.841886116991581, 1.841886116991581], [0.7097726874879056, 1.7038486232568004], [0.5987439714047827, 1.5821772675640213]]],
  ['Newton', { type: 'newton', lr: 1 }, [[0, 0], [0, 0], [0, 0]]],
  // docs/optimizers.md#lbfgs: the second step is the exact Newton step, then max|g| ≤ 1e-7 stops it.
  ['L-BFGS', { type: 'lbfgs', lr: 1 }, [[0.6666666666666667, 1.3333333333333335], [-2.220446049250313e-16, -4.440892098500626e-16], [-2.220446049250313e-16, -4.440892098500626e-16]]],
  ['L-BFGS strong Wolfe', { type: 'lbfgs', lr: 1, lineSearchFn: 'strong-wolfe' }, [[0.6666666666666667, 1.3333333333333335], [-2.220446049250313e-16, -4.440892098500626e-16], [-2.220446049250313e-16, -4.440892098500626e-16]]],
]; // prettier-ignore

describe('optimizers on Σx² from (1, 2) (docs/optimizers.md#golden-vectors)', () => {
  for (const [name, spec, expected] of VECTORS) {
    it(`${name}: steps 1–3 equal the golden vectors`, () => {
      const [result] = run(scenarioOn('sphere', [spec]));
      expected.forEach(([x, y], k) => {
        expect(result!.trajectory[2 * (k + 1)]).toBeCloseTo(x!, 13);
        expect(result!.trajectory[2 * (k + 1) + 1]).toBeCloseTo(y!, 13);
      });
    });
  }

  it('RAdam: steps 5–7 equal the golden vectors (the rectified branch starts at t = 6)', () => {
    const [result] = run(scenarioOn('sphere', [{ type: 'radam', lr: 0.1 }], { steps: 7 }));
    const expected = [
      [0.20164796308087307, 0.40329592616174614],
      [0.19951804056282021, 0.4011660035344324],
      [0.19696622612839051, 0.39861327771326344],
    ];
    expected.forEach(([x, y], i) => {
      expect(result!.trajectory[2 * (5 + i)]).toBeCloseTo(x!, 13);
      expect(result!.trajectory[2 * (5 + i) + 1]).toBeCloseTo(y!, 13);
    });
  });
});

describe('AMSGrad follows PyTorch’s code (max of the raw v)', () => {
  it('gives θ = −0.26461 after gradients 1, .01, .01, .01 from 0 with lr 0.1, unlike plain Adam (−0.26475)', () => {
    const thetaAfter = (type: 'amsgrad' | 'adam') => {
      const optimizer = createOptimizer({ type, lr: 0.1 }, 1);
      const params = new Float64Array([0]);
      for (const g of [1, 0.01, 0.01, 0.01]) optimizer.step(params, Float64Array.of(g), 0.1);
      return params[0]!;
    };
    expect(thetaAfter('amsgrad')).toBeCloseTo(-0.26461, 5);
    expect(thetaAfter('adam')).toBeCloseTo(-0.26475, 5);
  });
});

describe('every optimizer over a Float64Array of any length', () => {
  // Adafactor's step scales with the RMS of θ and of its update over the whole vector: its
  // coordinates mix by design (docs/optimizers.md#adafactor). Newton's mix through H, which is 2I here.
  // L-BFGS's state is global (s·y, y·y and its two loops' dot products run over all of θ), as
  // torch's: test/core/lbfgs.test.ts checks it against a plain transcription instead.
  for (const type of OPTIMIZER_TYPES.filter((t) => t !== 'adafactor' && t !== 'lbfgs')) {
    it(`${type}: each coordinate of a 300-parameter step equals the same step in one dimension`, () => {
      // Coordinates never mix in these rules, so a long vector must behave as many 1D problems.
      const dim = 300;
      const spec = { type, lr: 0.01 };
      const wide = createOptimizer(spec, dim, QUADRATIC_CONTEXT);
      const params = Float64Array.from({ length: dim }, (_, i) => Math.sin(i) * 3);
      const singles = Array.from({ length: dim }, () =>
        createOptimizer(spec, 1, QUADRATIC_CONTEXT),
      );
      const single = Float64Array.from(params);
      for (let step = 0; step < 5; step++) {
        const grad = params.map((p, i) => 2 * p + Math.cos(i + step));
        wide.step(params, grad, 0.01);
        for (let i = 0; i < dim; i++) {
          const p = Float64Array.of(single[i]!);
          singles[i]!.step(p, Float64Array.of(2 * single[i]! + Math.cos(i + step)), 0.01);
          single[i] = p[0]!;
        }
      }
      expect(Array.from(params)).toEqual(Array.from(single));
      expect(wide.snapshot().t).toBe(5);
    });
  }

  it('does not modify the gradient it is given', () => {
    for (const type of OPTIMIZER_TYPES) {
      const grad = Float64Array.of(0.5, -1.5);
      createOptimizer({ type, lr: 0.1, weightDecay: 0.1 }, 2, QUADRATIC_CONTEXT).step(
        Float64Array.of(1, 2),
        grad,
        0.1,
      );
      expect(Array.from(grad)).toEqual([0.5, -1.5]);
    }
  });
});

describe('defaults (docs/optimizers.md#defaults)', () => {
  it('are PyTorch’s where torch.optim has the optimizer', () => {
    expect(OPTIMIZER_DEFAULTS.adam).toMatchObject({
      lr: 1e-3,
      beta1: 0.9,
      beta2: 0.999,
      eps: 1e-8,
      weightDecay: 0,
    });
    expect(OPTIMIZER_DEFAULTS.adamw.weightDecay).toBe(1e-2);
    expect(OPTIMIZER_DEFAULTS.adagrad).toMatchObject({
      lr: 1e-2,
      eps: 1e-10,
      initialAccumulatorValue: 0,
    });
    expect(OPTIMIZER_DEFAULTS.rmsprop).toMatchObject({ lr: 1e-2, alpha: 0.99, eps: 1e-8 });
    expect(OPTIMIZER_DEFAULTS.adadelta).toMatchObject({ lr: 1, rho: 0.9, eps: 1e-6 });
    expect(OPTIMIZER_DEFAULTS.adamax.lr).toBe(2e-3);
    expect(OPTIMIZER_DEFAULTS.nadam).toMatchObject({ lr: 2e-3, momentumDecay: 4e-3 });
    expect(OPTIMIZER_DEFAULTS.momentum.momentum).toBe(0.9);
    expect(OPTIMIZER_DEFAULTS.lion).toMatchObject({ beta1: 0.9, beta2: 0.99, weightDecay: 0 });
  });

  it('fill in exactly the hyperparameters a type takes', () => {
    expect(withDefaults({ type: 'gd', lr: 0.5 })).toEqual({ type: 'gd', lr: 0.5, weightDecay: 0 });
    expect(hyperparamsOf('adam')).toEqual([
      'lr',
      'beta1',
      'beta2',
      'eps',
      'weightDecay',
      'biasCorrection',
    ]);
  });
});
