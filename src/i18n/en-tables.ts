/**
 * English of the classifiers on tables (issue 22): their Data tab (data set and credit, split,
 * network, the selected run's scores), the loss and accuracy charts' training / validation /
 * test key, and the CSV dialog's words for a table: on demand, with those panels (the timeline's
 * epochs and the hover's validation are initial: en-epochs.ts).
 */
import { addEnglish } from './instance';

export const enTables = {
  tables: {
    panel: 'Data set, split and scores',
    set: 'data set',
    yourRows: 'your data ({{rows}} rows)',
    credit: 'Data: {{credit}}',
    source: 'source',
    licence: 'licence',
    shape: '{{rows}} rows · {{features}} features · {{classes}} classes',
    classes: 'classes: {{names}}',
    split: 'split',
    splitSizes: 'training {{training}} · validation {{validation}} · test {{test}}',
    splitNote:
      'Rows held out at random (seeded): the model never trains on validation or test rows, and the inputs are standardised with the training rows’ mean and spread only.',
    validationShare: 'validation share',
    testShare: 'test share',
    splitSeed: 'split seed',
    layers: 'hidden layers',
    layersHint: 'widths separated by “-”, e.g. 32 or 64-32 (1 to 3 layers of 1 to 64 units)',
    layersInvalid: 'Widths such as 32 or 64-32: 1 to 3 layers of 1 to 64 units.',
    activation: 'activation',
    batchSize: 'batch size',
    batchNote:
      'A mini-batch run’s loss is that of its batch, as training logs show it: a pass over every training row would cost more than the step.',
    runAt: 'at step {{step}}',
    training: 'training',
    validation: 'validation',
    test: 'test',
    loss: 'loss',
    accuracy: 'accuracy',
    testPending: 'after the last step',
    loading: 'loading the data set…',
    keyTraining: 'training',
    keyValidation: 'validation',
    keyTest: 'test, at the end',
    keyLabel: 'Line styles',
    testMark: '{{name}}: test {{value}}',
    csvColumns:
      'a row per sample: its features (1 to 64 numbers), then its class as the last value (a number or a word, 2 to 20 classes)',
    csvPreview: '{{rows}}, {{features}} features, {{classes}} classes ({{counts}})',
    rows_one: '{{formatted}} row',
    rows_other: '{{formatted}} rows',
    // Early stopping and epochs (issue 22, point 3): the charts' marker, the hover, the timeline.
    earlyStop: 'early stopping would stop here',
    earlyStopStep: 'early stopping would stop here · step {{step}}',
    earlyStopTitle:
      '{{name}}: lowest validation loss {{value}} at step {{step}}: early stopping would stop here',
    keyEarlyStop: 'early stop',
    epochTick: 'epoch {{epoch}}',
    epochTicks: 'Epoch boundaries of {{name}}: {{mode}}',
    validationLossColumn: 'val. loss',
    validationLossHint: 'validation loss at step {{step}}',
    earlyStopColumn: 'early stop',
    earlyStopHint: 'step of the lowest validation loss, where early stopping would stop',
  },
} as const;

// Loaded with the chunk of the panels that use it, not at start (docs/i18n.md, "How languages
// load"): each module showing these words imports this one, which adds them when evaluated.
addEnglish(enTables);
