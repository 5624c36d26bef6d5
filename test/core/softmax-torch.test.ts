/**
 * The classifiers on tables against real PyTorch (issue 22 §6): the same weights and the same
 * standardised training rows, in float64, through nn.Sequential(nn.Linear, act, …) and
 * nn.CrossEntropyLoss() (mean reduction); the loss, the gradient by autograd and H·v by
 * autograd's double backward must match the core's to rounding. Runs when PYTHON imports torch;
 * without it, a failure in CI (`.ci/run` installs python3-torch) and a skip elsewhere, as
 * test/export/code-run.test.ts does.
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataSets } from '../../src/cli/data-files';
import { splitTable } from '../../src/core/data/split';
import {
  createSoftmaxClassifier,
  tableOf,
  type SoftmaxClassifierOptions,
} from '../../src/core/problems/softmax-classifier';
import { createRng } from '../../src/core/rng';

const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';
const probe = spawnSync(PYTHON, ['-c', 'import torch'], { encoding: 'utf8' });
const available = probe.status === 0;

/** Reads the case from stdin; prints the loss, the gradient and H·v (in θ's order) as JSON. */
const SCRIPT = `
import json, sys, torch
torch.set_default_dtype(torch.float64)
case = json.load(sys.stdin)
sizes, act = case["sizes"], case["activation"]
layers = []
for i in range(len(sizes) - 1):
    layers.append(torch.nn.Linear(sizes[i], sizes[i + 1]))
    if i < len(sizes) - 2:
        layers.append(torch.nn.Tanh() if act == "tanh" else torch.nn.ReLU())
model = torch.nn.Sequential(*layers)
params = list(model.parameters())
torch.nn.utils.vector_to_parameters(torch.tensor(case["theta"]), params)
X = torch.tensor(case["x"]).reshape(-1, sizes[0])
Y = torch.tensor(case["labels"], dtype=torch.long)
loss = torch.nn.CrossEntropyLoss()(model(X), Y)
grads = torch.autograd.grad(loss, params, create_graph=True)
flat = torch.cat([g.reshape(-1) for g in grads])
v = torch.tensor(case["v"])
hv = torch.autograd.grad(flat @ v, params)
print(json.dumps({
    "loss": loss.item(),
    "grad": flat.detach().tolist(),
    "hv": torch.cat([h.reshape(-1) for h in hv]).tolist(),
}))
`;

interface TorchOutput {
  loss: number;
  grad: number[];
  hv: number[];
}

const CASES: [string, SoftmaxClassifierOptions][] = [
  [
    'softmax regression on iris',
    {
      name: 'softmax-regression',
      data: { set: 'iris' },
      fallbackSet: 'iris',
      split: undefined,
      hidden: [],
      activation: 'relu',
      initSeed: 3,
      batchSize: undefined,
    },
  ],
  [
    'a tanh MLP 13-8-6-3 on wine',
    {
      name: 'softmax-mlp',
      data: { set: 'wine' },
      fallbackSet: 'wine',
      split: { validation: 0.2, test: 0.2, seed: 7 },
      hidden: [8, 6],
      activation: 'tanh',
      initSeed: 1,
      batchSize: undefined,
    },
  ],
  [
    'a ReLU MLP 64-32-10 on digits',
    {
      name: 'softmax-mlp',
      data: { set: 'digits' },
      fallbackSet: 'digits',
      split: undefined,
      hidden: [32],
      activation: 'relu',
      initSeed: 2,
      batchSize: undefined,
    },
  ],
];

function torchOf(options: SoftmaxClassifierOptions, theta: Float64Array, v: Float64Array) {
  const { training } = splitTable(tableOf(options), options.split);
  const sizes = [training.d, ...options.hidden, tableOf(options).classes];
  const input = JSON.stringify({
    sizes,
    activation: options.activation,
    theta: [...theta],
    v: [...v],
    x: [...training.x],
    labels: [...training.labels],
  });
  const out = spawnSync(PYTHON, ['-c', SCRIPT], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout) as TorchOutput;
}

/** The largest |a − b| over the largest |b|. */
function relativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let scale = 0;
  let worst = 0;
  for (let i = 0; i < b.length; i++) {
    scale = Math.max(scale, Math.abs(b[i]!));
    worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
  }
  return worst / scale;
}

function againstTorch() {
  beforeAll(() => loadDataSets(['iris', 'wine', 'digits']));

  for (const [name, options] of CASES) {
    it(`${name}: loss, gradient and H·v as PyTorch computes them`, () => {
      const problem = createSoftmaxClassifier(options);
      const rng = createRng(11);
      // Away from the start, so that the gradient is not the small one of a fresh network.
      const theta = Float64Array.from(problem.info.start, (p) => p + 0.2 * rng.normal());
      const v = Float64Array.from(theta, () => rng.normal());
      const grad = new Float64Array(problem.dim);
      const loss = problem.valueAndGrad(theta, grad);
      const hvp = problem.createHessianVectorProduct!();
      hvp.at(theta);
      const hv = new Float64Array(problem.dim);
      hvp.times(v, hv);
      const torch = torchOf(options, theta, v);
      expect(Math.abs(loss - torch.loss) / torch.loss).toBeLessThan(1e-13);
      expect(torch.grad).toHaveLength(problem.dim);
      expect(relativeError(grad, torch.grad)).toBeLessThan(1e-12);
      expect(relativeError(hv, torch.hv)).toBeLessThan(1e-11);
    });
  }
}

if (available) describe('the classifiers on tables against PyTorch', againstTorch);
else if (process.env.CI)
  describe('the classifiers on tables against PyTorch', () => {
    it('needs Python with torch', () => {
      throw new Error(`${PYTHON} cannot import torch: ${probe.stderr || String(probe.error)}`);
    });
  });
else describe.skip(`the classifiers against PyTorch (skipped: ${PYTHON} has no torch)`, () => {});
