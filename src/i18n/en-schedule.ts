/**
 * English of the learning-rate schedule on a run's card and in its editor (docs/i18n.md, "How
 * languages load"): initial, because every run card shows its schedule button and the loss chart
 * its lr strip, and the card checks a schedule's fields (schedule-fields.ts) before the editor
 * loads. Part of en.ts (spread into it).
 */
export const enSchedule = {
  schedule: {
    type: {
      constant: 'Constant',
      step: 'Step',
      exponential: 'Exponential',
      cosine: 'Cosine',
      warmupCosine: 'Warm-up + cosine',
      oneCycle: 'One-cycle',
    },
    formula: {
      constant: 'α at every step',
      step: 'α · γ^⌊t / stepSize⌋ — StepLR',
      exponential: 'α · γ^t — ExponentialLR',
      cosine: 'from α down to etaMin along a half cosine over tMax steps — CosineAnnealingLR',
      warmupCosine:
        'linear from startFactor · α up to α over warmupSteps, then cosine to etaMin at tMax — LinearLR + CosineAnnealingLR',
      oneCycle:
        'up from α / divFactor to α (the peak) over pctStart of the cycle, then down to α / (divFactor · finalDivFactor) — OneCycleLR',
    },
    hint: {
      stepSize: 'steps between decays',
      gammaStep: 'factor at each decay',
      gammaExponential: 'factor at every step',
      tMaxCosine: 'steps from α down to etaMin',
      etaMin: 'lowest lr',
      warmupSteps: 'steps of linear warm-up',
      startFactor: 'warm-up starts at this · α',
      tMaxWarmup: 'steps of warm-up and cosine',
      totalSteps: 'length of the cycle',
      pctStart: 'share of the cycle rising',
      divFactor: 'starts at α / this',
      finalDivFactor: 'ends at α / (divFactor · this)',
      cycleMomentum: 'cycle {{m}} against the lr',
      baseMomentum: '{{m}} at the peak lr',
      maxMomentum: '{{m}} at the start and end',
      threePhase: 'rise, fall back, then anneal',
      annealStrategy: 'shape of each phase',
    },
    cycledMomentum: 'momentum μ',
    cycledEither: 'μ or β1',
    annealLinear: 'linear',
    enterNumber: 'Enter a number like 200 or 1e-3',
    labelTitle: 'The learning rate α over the steps',
    label: 'schedule',
    button: 'Schedule of run {{n}}: {{type}}',
    buttonTitle: 'Edit the learning-rate schedule',
    invalid: 'not valid',
    dialog: 'Learning-rate schedule of run {{n}}',
    title: 'Learning-rate schedule',
    run: 'run {{n}} · {{name}}',
    close: 'Close the schedule editor',
    closeTitle: 'Close (Esc)',
    typeSelect: 'schedule type',
    peak: 'peak α = {{lr}}',
    base: 'base α = {{lr}}',
    issue: 'Not run with {{steps}} steps: {{issue}}',
    cyclesNothing: '{{name}} has no momentum or β1 to cycle: only the lr changes.',
    gdMomentum: 'As in PyTorch, cycling μ gives gradient descent momentum.',
    plotCycled: ' cycled against the lr',
    plotLinear: ' linear scale',
    plotLabel:
      'lr against step, linear scale, from {{first}} at step 0 to {{last}} at the last step{{momentum}}',
    plotLabelMomentum: '; {{name}} cycled below',
    readout: 'lr of step {{step}}: ',
    strip: 'Learning rate against step, log scale, one line per visible run',
  },
};
