/**
 * What the models on data share in the exported scripts (docs/code-export.md, "Problems"): the
 * data written out exactly as the app drew it, a torch.nn model loaded with θ₀ and trained with
 * autograd, and the NumPy helpers of the cross-entropy. The kinds' code.ts files build on it.
 */
import { classificationData, resolveClassificationData } from '../core/problems/datasets';
import type { Say } from '../export/code/comments';
import { comment, pyFloat, pyList, withComment } from '../export/code/python';
import type { NumpyProblem, TorchProblem } from '../export/code/types';
import type { ClassificationDataSpec, ClassificationGenerator } from '../scenario/data-types';

/** `DATA = [[…], …]`: the points, every number exactly (Python reads each back bit for bit). */
export function dataList(rows: readonly (readonly number[])[]): string[] {
  return pyList(
    'DATA',
    rows.map((row) => `[${row.map(pyFloat).join(', ')}]`),
  );
}

/** A classifier's points [x₁, x₂, label] and the comment saying where they come from. */
export function classifierData(
  data: ClassificationDataSpec | undefined,
  fallback: ClassificationGenerator,
  say: Say,
): { lines: string[]; points: number } {
  const { x1, x2, labels } = classificationData(data, fallback);
  const rows = Array.from(labels, (label, i) => [x1[i]!, x2[i]!, label]);
  const recipe = resolveClassificationData(data, fallback);
  const origin = data?.points?.length
    ? say('dataOwnClasses', { n: rows.length })
    : say('dataRecipeClasses', { ...recipe });
  return { lines: [...comment(origin), ...dataList(rows)], points: rows.length };
}

/**
 * The PyTorch problem of a model on data: `definitions` end with `new_model()`, `loss_fn` and
 * the tensors X (inputs, one row a point) and Y (targets).
 */
export function torchModelProblem(definitions: string[], points: number, say: Say): TorchProblem {
  return {
    definitions: [
      ...definitions,
      '',
      '',
      'def loss_on(model, rows):',
      ...comment(say('lossOn'), '    '),
      '    return loss_fn(model(X[rows]).squeeze(1), Y[rows])',
      '',
      '',
      ...withComment('ALL = list(range(len(DATA)))', say('allRows')),
    ],
    init: [
      'model = new_model()',
      ...withComment('params = list(model.parameters())', say('modelParams')),
    ],
    loss: 'loss_on(model, ALL)',
    batchLoss: 'loss_on(model, batch)',
    point: 'torch.nn.utils.parameters_to_vector(params).tolist()',
    points,
  };
}

/** Lines that copy START into a model's parameters (in state_dict order). */
export function loadStart(say: Say): string[] {
  return withComment(
    'torch.nn.utils.vector_to_parameters(torch.tensor(START), model.parameters())',
    say('loadStart'),
    '    ',
  );
}

/** The NumPy inputs and labels of a classifier: X (n × 2), Y. */
export function numpyClassifierArrays(say: Say): string[] {
  return [
    ...withComment('X = np.array([[x1, x2] for x1, x2, _ in DATA])', say('inputsX')),
    ...withComment('Y = np.array([label for _, _, label in DATA])', say('labelsY')),
    ...withComment('ALL = np.arange(len(DATA))', say('allRows')),
  ];
}

/** softplus and σ as the core computes them (src/core/problems/models.ts), without overflow. */
export function numpyLogistic(say: Say): string[] {
  return [
    '',
    '',
    'def softplus(z):',
    ...comment(say('softplus'), '    '),
    '    return np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z)))',
    '',
    '',
    'def sigmoid(z):',
    ...comment(say('sigmoid'), '    '),
    '    e = np.exp(-np.abs(z))',
    '    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))',
  ];
}

/** A NumPy problem on data whose definitions end with `loss_and_grad(theta, rows)`. */
export function numpyModelProblem(definitions: string[], points: number): NumpyProblem {
  return { definitions, points };
}
