/**
 * English of the Inside tab (issue 22, "What the model learned"; docs/models.md): per-layer
 * gradient norms and update/weight ratios for every model, and for a table classifier the
 * confusion matrix, the misclassified rows and the first layer's weights. On demand, with the tab's panel
 * (the tab's own words are initial, in en-openers.ts).
 */
import { addEnglish } from './instance';
export const enInsight = {
  insight: {
    views: 'What is shown',
    gradients: 'Gradients',
    gradientsTitle: 'Per-layer gradient norm and update/weight ratio at each step',
    learned: 'What it learned',
    learnedTitle:
      'The confusion matrix, the misclassified rows and the first layer’s weights at the cursor step',
    run: 'Run',
    part: 'Held-out rows',
    validation: 'Validation',
    test: 'Test',
    /** The parts inside a sentence. */
    partWords: { validation: 'validation', test: 'test' },
    partNote:
      'Validation rows by default: the test rows are for the end, and choosing anything while looking at them leaks them into the choice.',
    waiting: 'Computing…',
    runFirst: 'Shown once the run has finished.',
    noRuns: 'No run to show.',
    gradTitle: 'Gradient norm per layer ‖∇ₗf‖',
    gradAxis: '‖∇ₗf‖ (log)',
    gradEvery: 'Full training gradient every {{every}} steps (the budget of this view).',
    ratioTitle: 'Update/weight ratio per layer ‖Δθₗ‖/‖θₗ‖',
    ratioAxis: 'ratio (log)',
    ruleOfThumb:
      'Rule of thumb: a ratio near 1e-3 is typical; far below, the learning rate is probably too low; far above, probably too high (A. Karpathy, CS231n notes, “Neural Networks Part 3”).',
    ratioReference: '1e-3',
    layer: 'layer {{name}}',
    chartLabel: '{{title}} for run {{run}}, one line per layer, log scale, against step.',
    confusion: 'Confusion matrix at step {{step}}',
    confusionCaption:
      'Rows: true class; columns: predicted class. {{correct}} of {{total}} {{part}} rows right ({{percent}}).',
    trueClass: 'true',
    predictedClass: 'predicted',
    cell: 'true {{truth}}, predicted {{predicted}}: {{count}}',
    mistakes: 'Misclassified {{part}} rows ({{shown}} of {{wrong}})',
    noMistakes: 'No {{part}} row is misclassified at this step.',
    mistake: 'row {{index}}: true {{truth}}, predicted {{predicted}}',
    mistakeHint: 'Click to mark its cell in the matrix',
    weights: 'First layer’s weights, one 8 × 8 picture per unit ({{units}})',
    weightsScale:
      'Blue: negative, white: 0, red: positive, symmetric about 0 (±{{max}}); a unit responds to ink where it is red and against ink where it is blue.',
    weight: 'unit {{unit}}',
    noPictures:
      'The features of this data set are not a picture: only the confusion matrix is shown.',
    notTable: 'This model has no held-out classes to confuse: the gradients view applies to it.',
  },
};

// Loaded with the chunk of the panels that use it, not at start (docs/i18n.md, "How languages
// load"): each module showing these words imports this one, which adds them when evaluated.
addEnglish(enInsight);
