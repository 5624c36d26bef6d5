/**
 * The preset on overfitting (issue 22, topic "Models on data"; docs/models.md, "Overfitting and
 * early stopping"): a network far larger than its training set, on the breast cancer data with a
 * small training part, where the validation loss turns up while the training loss keeps falling.
 * Every claim is checked by test/presets/data-expectations.ts.
 */
import { model, type Preset } from './preset-parts';

export const DATA_PRESETS: readonly Preset[] = [
  {
    id: 'overfitting',
    title: 'Overfitting: a large network on a small training set',
    topic: 'Models on data',
    summary:
      'This 30-64-2 network has 2,114 weights for only 227 training rows of the breast cancer set (171 more are held out for validation and 171 for the test), so it can learn them by heart: under gradient descent the training loss keeps falling, from 0.061 at step 54 to 0.008 at step 600, while the validation loss (dashed) is lowest at step 54, at 0.094, and rises at every step after it to 0.155. ' +
      'Adam on batches of 32, 8 to an epoch, overfits sooner: its validation loss is lowest at step 17 and 3.7 times as high at step 600, yet its validation accuracy is 97.7% at both, because the network is not wrong more often, only more confidently wrong; the marker on each dashed line is where early stopping would stop.',
    scenario: model(
      {
        type: 'softmax-mlp',
        data: { set: 'breast-cancer' },
        split: { validation: 0.3, test: 0.3 },
        hidden: [64],
      },
      600,
      [
        { type: 'gd', lr: 0.3 },
        { type: 'adam', lr: 0.01, batchSize: 32 },
      ],
    ),
    view: { selectedRun: 1 },
  },
];
