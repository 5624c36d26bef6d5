/**
 * The classifiers on tables in the exported scripts (issue 22; docs/code-export.md,
 * "Problems"): the table read from the shipped file (or the user's rows written out), the
 * training rows of Descent's split, standardisation with their statistics, and the network with
 * nn.CrossEntropyLoss in PyTorch or its forward pass and backpropagation by hand in NumPy.
 * A mini-batch run records its batch's loss, as the core does for these models.
 */
import { DATA_SETS, creditLine } from '../core/data/sets';
import { splitRows, resolveSplit } from '../core/data/split';
import {
  layerSizes,
  tableRowCount,
  type SoftmaxClassifierOptions,
} from '../core/problems/softmax-classifier';
import type { Say } from '../export/code/comments';
import { comment, indent, pyFloat, pyList, pyString, withComment } from '../export/code/python';
import type { NumpyProblem, TorchProblem } from '../export/code/types';
import { loadStart } from './model-code';

/** `ROWS`: the table, read from the shipped file or written out. */
function rowsSource(options: SoftmaxClassifierOptions, say: Say): string[] {
  const own = options.data?.points;
  if (own?.length) {
    return [
      ...comment(say('tableOwnRows', { n: own.length })),
      ...pyList(
        'ROWS',
        own.map((row) => `[${row.map(pyFloat).join(', ')}]`),
      ),
    ];
  }
  const info = DATA_SETS[options.data?.set ?? options.fallbackSet];
  return [
    ...comment(
      say('tableSetFile', { title: info.title, credit: creditLine(info), file: info.file }),
    ),
    `DATA_FILE = ${pyString(info.file)}`,
    '',
    '',
    'def read_table():',
    ...comment(say('tableReadFile'), '    '),
    '    import gzip',
    '    import os',
    '    here = os.path.dirname(os.path.abspath(__file__))',
    '    for folder in (here, os.getcwd()):',
    '        path = os.path.join(folder, DATA_FILE)',
    '        if os.path.exists(path):',
    '            with gzip.open(path, "rt") as f:',
    '                lines = [line for line in f.read().splitlines() if line.strip()]',
    `            return [[float(v) for v in line.split(",")] for line in lines[${info.header ? 1 : 0}:]]`,
    `    sys.exit(DATA_FILE + ${pyString(`: ${say('tableMissing')} (data/${info.file})`)})`,
    '',
    '',
    'ROWS = read_table()',
  ];
}

/** The table, the training rows and their standardised inputs (`lib` is torch or np). */
function dataSource(options: SoftmaxClassifierOptions, say: Say, torch: boolean): string[] {
  const rows = splitRows(tableRowCount(options), options.split);
  const split = resolveSplit(options.split);
  const lib = torch ? 'torch' : 'np';
  return [
    ...rowsSource(options, say),
    ...comment(
      say('tableSplit', {
        seed: split.seed,
        test: rows.test.length,
        validation: rows.validation.length,
      }),
    ),
    ...pyList('TRAINING_ROWS', [...rows.training].map(String)),
    `TABLE = ${lib}.${torch ? 'tensor' : 'array'}(ROWS)`,
    `TRAIN = TABLE[${lib}.${torch ? 'tensor' : 'array'}(TRAINING_ROWS)]`,
    ...withComment('MEAN = TRAIN[:, :-1].mean(0)', say('tableStandardise')),
    `SCALE = ((TRAIN[:, :-1] - MEAN) ** 2).mean(0)${torch ? '.sqrt()' : ' ** 0.5'}`,
    'SCALE[~(SCALE > 1e-9 * abs(MEAN))] = 1',
    'X = (TRAIN[:, :-1] - MEAN) / SCALE',
    ...withComment(`Y = TRAIN[:, -1].${torch ? 'long()' : 'astype(int)'}`, say('tableLabels')),
  ];
}

/** The PyTorch problem: nn.Sequential (or nn.Linear) with nn.CrossEntropyLoss. */
export function torchTable(options: SoftmaxClassifierOptions, say: Say): TorchProblem {
  const sizes = layerSizes(options);
  const activation = options.activation === 'relu' ? 'ReLU' : 'Tanh';
  const layers = sizes.slice(0, -1).map((size, l) => {
    const last = l + 2 === sizes.length;
    return `torch.nn.Linear(${size}, ${sizes[l + 1]}),${last ? '' : ` torch.nn.${activation}(),`}`;
  });
  const model =
    sizes.length === 2
      ? [`    model = torch.nn.Linear(${sizes[0]}, ${sizes[1]})`]
      : ['    model = torch.nn.Sequential(', ...indent(layers, 2), '    )'];
  return {
    definitions: [
      ...dataSource(options, say, true),
      ...withComment('loss_fn = torch.nn.CrossEntropyLoss()', say('tableCrossEntropy')),
      '',
      '',
      'def new_model():',
      ...comment(say('tableModel', { sizes: sizes.join(' → ') }), '    '),
      ...model,
      ...loadStart(say),
      '    return model',
      '',
      '',
      'def loss_on(model, rows):',
      ...comment(say('lossOn'), '    '),
      '    return loss_fn(model(X[rows]), Y[rows])',
      '',
      '',
      ...withComment('ALL = list(range(len(Y)))', say('allRows')),
    ],
    init: [
      'model = new_model()',
      ...withComment('params = list(model.parameters())', say('modelParams')),
    ],
    loss: 'loss_on(model, ALL)',
    batchLoss: 'loss_on(model, batch)',
    point: 'torch.nn.utils.parameters_to_vector(params).tolist()',
    points: splitRows(tableRowCount(options), options.split).training.length,
    recordsBatchLoss: true,
  };
}

/** The NumPy problem: the forward pass, the cross-entropy and backpropagation by hand. */
export function numpyTable(options: SoftmaxClassifierOptions, say: Say): NumpyProblem {
  const relu = options.activation === 'relu';
  return {
    definitions: [
      ...dataSource(options, say, false),
      ...withComment('ALL = np.arange(len(Y))', say('allRows')),
      ...withComment(`SIZES = [${layerSizes(options).join(', ')}]`, say('mlpSizes')),
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
      '    m = len(y)',
      ...withComment('outputs = [X[rows]]', say('mlpOutputs'), '    '),
      '    for i, (W, b) in enumerate(layers):',
      ...withComment('z = outputs[-1] @ W.T + b', say('mlpPre'), '        '),
      ...withComment(
        `outputs.append(z if i == len(layers) - 1 else ${relu ? 'np.maximum(z, 0)' : 'np.tanh(z)'})`,
        say('mlpActivation'),
        '        ',
      ),
      '    z = outputs[-1]',
      ...withComment('top = z.max(axis=1, keepdims=True)', say('tableSoftmax'), '    '),
      '    e = np.exp(z - top)',
      '    total = e.sum(axis=1, keepdims=True)',
      ...withComment(
        'loss = np.mean(top[:, 0] + np.log(total[:, 0]) - z[np.arange(m), y])',
        say('tableCrossEntropy'),
        '    ',
      ),
      ...withComment('delta = e / total', say('tableDelta'), '    '),
      '    delta[np.arange(m), y] -= 1',
      '    delta /= m',
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
    points: splitRows(tableRowCount(options), options.split).training.length,
    recordsBatchLoss: true,
  };
}
