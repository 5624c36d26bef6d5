/**
 * Logistic regression in the exported scripts (docs/code-export.md, "Problems"): nn.Linear(2, 1)
 * with BCEWithLogitsLoss in PyTorch, θ = (w₁, w₂, b) its state_dict; the logits, the
 * cross-entropy and its gradient by hand in NumPy. The points are the app's, written out exactly.
 */
import { comment, withComment } from '../../export/code/python';
import type { KindCode } from '../../export/code/types';
import {
  classifierData,
  loadStart,
  numpyClassifierArrays,
  numpyLogistic,
  numpyModelProblem,
  torchModelProblem,
} from '../model-code';
import { logisticRegressionKind } from './kind';
import type { LogisticRegressionSpec } from './spec';

const FALLBACK = logisticRegressionKind.defaultGenerator ?? 'blobs';

export const logisticRegressionCode: KindCode<LogisticRegressionSpec> = {
  torch(spec, { say }) {
    const data = classifierData(spec.data, FALLBACK, say);
    return torchModelProblem(
      [
        ...data.lines,
        ...withComment('X = torch.tensor([[x1, x2] for x1, x2, _ in DATA])', say('inputsX')),
        ...withComment('Y = torch.tensor([label for _, _, label in DATA])', say('labelsY')),
        ...withComment('loss_fn = torch.nn.BCEWithLogitsLoss()', say('bceLoss')),
        '',
        '',
        'def new_model():',
        ...withComment('model = torch.nn.Linear(2, 1)', say('logisticModel'), '    '),
        ...loadStart(say),
        '    return model',
      ],
      data.points,
      say,
    );
  },
  numpy(spec, { say }) {
    const data = classifierData(spec.data, FALLBACK, say);
    return numpyModelProblem(
      [
        ...data.lines,
        ...numpyClassifierArrays(say),
        ...numpyLogistic(say),
        '',
        '',
        'def loss_and_grad(theta, rows):',
        ...comment(say('lossAndGradRows'), '    '),
        '    w1, w2, b = theta',
        '    x1, x2, y = X[rows, 0], X[rows, 1], Y[rows]',
        ...withComment('z = w1 * x1 + w2 * x2 + b', say('logits'), '    '),
        ...withComment('loss = np.mean(softplus(z) - y * z)', say('bce'), '    '),
        ...withComment('r = sigmoid(z) - y', say('bceDz'), '    '),
        '    grad = np.array([np.mean(r * x1), np.mean(r * x2), np.mean(r)])',
        '    return loss, grad',
      ],
      data.points,
    );
  },
};
