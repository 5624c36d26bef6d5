/**
 * Linear regression in the exported scripts (docs/code-export.md, "Problems"): nn.Linear(1, 1)
 * with MSELoss in PyTorch, θ = (w, b) its state_dict; the residuals and their mean by hand in
 * NumPy. The points are the app's, written out exactly.
 */
import { generateLinearData, LINEAR_DATA_DEFAULTS } from '../../core/problems/linear-regression';
import { comment, withComment } from '../../export/code/python';
import type { KindCode } from '../../export/code/types';
import type { Say } from '../../export/code/comments';
import { dataList, loadStart, numpyModelProblem, torchModelProblem } from '../model-code';
import type { LinearRegressionSpec } from './spec';

function points(spec: LinearRegressionSpec, say: Say) {
  const recipe = { ...LINEAR_DATA_DEFAULTS, ...spec.data };
  const { xs, ys } = generateLinearData(recipe);
  const rows = Array.from(xs, (x, i) => [x, ys[i]!]);
  const origin = spec.data?.points?.length
    ? say('dataOwnLine', { n: rows.length })
    : say('dataRecipeLine', {
        n: recipe.n,
        noise: recipe.noise,
        seed: recipe.seed,
        slope: recipe.slope,
        intercept: recipe.intercept,
      });
  return { lines: [...comment(origin), ...dataList(rows)], n: rows.length };
}

export const linearRegressionCode: KindCode<LinearRegressionSpec> = {
  torch(spec, { say }) {
    const data = points(spec, say);
    return torchModelProblem(
      [
        ...data.lines,
        ...withComment('X = torch.tensor([[x] for x, _ in DATA])', say('inputsLine')),
        ...withComment('Y = torch.tensor([y for _, y in DATA])', say('targetsLine')),
        ...withComment('loss_fn = torch.nn.MSELoss()', say('mseLoss')),
        '',
        '',
        'def new_model():',
        ...withComment('model = torch.nn.Linear(1, 1)', say('linearModel'), '    '),
        ...loadStart(say),
        '    return model',
      ],
      data.n,
      say,
    );
  },
  numpy(spec, { say }) {
    const data = points(spec, say);
    return numpyModelProblem(
      [
        ...data.lines,
        'X = np.array([x for x, _ in DATA])',
        'Y = np.array([y for _, y in DATA])',
        ...withComment('ALL = np.arange(len(DATA))', say('allRows')),
        '',
        '',
        'def loss_and_grad(theta, rows):',
        ...comment(say('lossAndGradRows'), '    '),
        '    w, b = theta',
        '    x, y = X[rows], Y[rows]',
        ...withComment('r = w * x + b - y', say('residuals'), '    '),
        ...withComment('loss = np.mean(r * r)', say('mse'), '    '),
        ...withComment(
          'grad = np.array([2 * np.mean(r * x), 2 * np.mean(r)])',
          say('mseGrad'),
          '    ',
        ),
        '    return loss, grad',
      ],
      data.n,
    );
  },
};
