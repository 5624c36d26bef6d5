/**
 * The MLP in the exported scripts (docs/code-export.md, "Problems"): nn.Sequential of Linear
 * layers and activations with BCEWithLogitsLoss in PyTorch, θ its state_dict; the forward pass
 * and backpropagation by hand in NumPy (the core's, src/core/problems/mlp.ts). The points and
 * the initial weights are the app's, written out exactly.
 */
import { MLP_DEFAULTS } from '../../core/problems/mlp';
import { comment, indent, withComment } from '../../export/code/python';
import type { KindCode } from '../../export/code/types';
import {
  classifierData,
  loadStart,
  numpyClassifierArrays,
  numpyLogistic,
  numpyModelProblem,
  torchModelProblem,
} from '../model-code';
import { mlpKind } from './kind';
import type { MlpSpec } from './spec';

const FALLBACK = mlpKind.defaultGenerator ?? 'moons';

/** The layer widths from input to output, [2, …hidden, 1]. */
const sizesOf = (spec: MlpSpec) => [2, ...(spec.hidden ?? MLP_DEFAULTS.hidden), 1];

export const mlpCode: KindCode<MlpSpec> = {
  torch(spec, { say }) {
    const data = classifierData(spec.data, FALLBACK, say);
    const sizes = sizesOf(spec);
    const activation = (spec.activation ?? MLP_DEFAULTS.activation) === 'relu' ? 'ReLU' : 'Tanh';
    const layers: string[] = [];
    for (let l = 0; l + 1 < sizes.length; l++) {
      const last = l + 2 === sizes.length;
      layers.push(
        `torch.nn.Linear(${sizes[l]}, ${sizes[l + 1]}),${last ? '' : ` torch.nn.${activation}(),`}`,
      );
    }
    return torchModelProblem(
      [
        ...data.lines,
        ...withComment('X = torch.tensor([[x1, x2] for x1, x2, _ in DATA])', say('inputsX')),
        ...withComment('Y = torch.tensor([label for _, _, label in DATA])', say('labelsY')),
        ...withComment('loss_fn = torch.nn.BCEWithLogitsLoss()', say('bceLoss')),
        '',
        '',
        'def new_model():',
        ...comment(say('mlpModel', { sizes: sizes.join(' → ') }), '    '),
        '    model = torch.nn.Sequential(',
        ...indent(layers, 2),
        '    )',
        ...loadStart(say),
        '    return model',
      ],
      data.points,
      say,
    );
  },
  numpy(spec, { say }) {
    const data = classifierData(spec.data, FALLBACK, say);
    const relu = (spec.activation ?? MLP_DEFAULTS.activation) === 'relu';
    return numpyModelProblem(
      [
        ...data.lines,
        ...numpyClassifierArrays(say),
        ...withComment(`SIZES = [${sizesOf(spec).join(', ')}]`, say('mlpSizes')),
        ...numpyLogistic(say),
        '',
        '',
        'def unpack(theta):',
        ...comment(say('mlpUnpack'), '    '),
        '    layers, at = [], 0',
        '    for n_in, n_out in zip(SIZES[:-1], SIZES[1:]):',
        '        W = theta[at:at + n_out * n_in].reshape(n_out, n_in)',
        '        at += n_out * n_in',
        '        b = theta[at:at + n_out]',
        '        at += n_out',
        '        layers.append((W, b))',
        '    return layers',
        '',
        '',
        'def loss_and_grad(theta, rows):',
        ...comment(say('lossAndGradRows'), '    '),
        '    layers = unpack(theta)',
        '    y = Y[rows]',
        ...withComment('outputs = [X[rows]]', say('mlpOutputs'), '    '),
        '    for i, (W, b) in enumerate(layers):',
        ...withComment('z = outputs[-1] @ W.T + b', say('mlpPre'), '        '),
        ...withComment(
          `outputs.append(z if i == len(layers) - 1 else ${relu ? 'np.maximum(z, 0)' : 'np.tanh(z)'})`,
          say('mlpActivation'),
          '        ',
        ),
        ...withComment('z = outputs[-1][:, 0]', say('logits'), '    '),
        ...withComment('loss = np.mean(softplus(z) - y * z)', say('bce'), '    '),
        ...withComment('delta = ((sigmoid(z) - y) / len(rows))[:, None]', say('mlpDelta'), '    '),
        '    grads = []',
        '    for i in range(len(layers) - 1, -1, -1):',
        ...withComment('W, b = layers[i]', say('mlpBackward'), '        '),
        '        a = outputs[i]',
        ...withComment(
          'grads = [(delta.T @ a).ravel(), delta.sum(axis=0)] + grads',
          say('mlpGrads'),
          '        ',
        ),
        '        if i > 0:',
        ...withComment(
          relu ? 'delta = (delta @ W) * (a > 0)' : 'delta = (delta @ W) * (1 - a * a)',
          say(relu ? 'mlpReluBack' : 'mlpTanhBack'),
          '            ',
        ),
        '    return loss, np.concatenate(grads)',
      ],
      data.points,
    );
  },
};
