/**
 * English, the source language: every string the interface shows, by area. The text here is the
 * text the app showed before translation, word for word (end-to-end tests select elements by it).
 * `{{name}}` is interpolated; keys ending in `_one`/`_other` are plural forms chosen by `count`.
 * The sections the first view does not show are not here but load with their panels' chunks
 * (`English` below lists them). Add a key here or in a section and the same key in zh.ts (its
 * type requires it); see docs/i18n.md.
 */
import { enClassroom } from './en-classroom';
import { enBusy } from './en-busy';
import { enHelp } from './en-help';
import { enLayout } from './en-layout';
import { enArrows } from './en-arrows';
import { en3d } from './en-3d';
import { enReveal } from './en-reveal';
import { enNote } from './en-note';
import { enRuns } from './en-runs';
import { LESSON_EXTRAS } from '../state/lesson';
import { enDrop } from './en-drop';
import { enEpochs } from './en-epochs';
import { OPTIMIZER_TITLES } from '../core/optimizers';
import { enHyperparams } from './en-hyperparams';
import { enSchedule } from './en-schedule';
import { enOpeners } from './en-openers';
// The sections that load with their panels' chunks (each adds itself to the translator when
// evaluated: docs/i18n.md, "How languages load"); only their types are here, for the key checks.
import type { enInspect } from './en-inspect';
import type { enCurvatureView } from './en-curvature-view';
import type { enCurvature } from './en-curvature';
import type { enLab } from './en-lab';
import type { enModels } from './en-models';
import type { enLesson } from './en-lesson';
import type { enInsight } from './en-insight';
import type { enShare } from './en-share';
import type { enNotices } from './en-notices';
import type { enLegend } from './en-legend';
import type { enCode } from './en-code';
import type { enTables } from './en-tables';
import type { enExport } from './en-export';
import type { enPicker } from './en-picker';
import type { enPresets } from './en-presets';
import type { enLandscape3d } from './en-landscape3d';

export const en = {
  app: {
    side: 'Optimizers and charts',
  },
  language: {
    label: 'Language / 语言',
    title: 'Language of the interface',
    // Shown in English, as the app stays in it: the Chinese half tells a Chinese reader why.
    unavailable:
      'Chinese could not be loaded (offline?), so Descent stays in English: reload when online. 中文界面未能加载（离线？），请联网后重新加载。',
  },
  header: {
    tagline: 'gradient descent, step by step',
    problemCaption: 'problem',
    problemButton: 'Problem: {{title}} — change',
    stochastic: 'Stochastic gradients',
  },
  noise: {
    explanation:
      'Adds seeded Gaussian noise N(0, σ²) to every coordinate of every gradient: stochastic gradients, as a mini-batch gives. 0 turns it off. The same seed gives the same noise, so a run can be replayed; roll a new seed to see another draw.',
    label: 'gradient noise',
    // Beside the problem's name up to 1600 px wide, so that the name is read whole (Header.css).
    labelShort: 'noise',
    slider: 'gradient noise σ',
    field: 'gradient noise σ value',
    off: 'off',
    invalid: 'σ is a number from 0 to {{max}}',
  },
  seed: {
    label: 'seed',
    active:
      'Seed of the gradient noise and the mini-batch order: the same seed replays the same run.',
    idle: 'Seed of the gradient noise and the mini-batch order. It has no effect now: turn on gradient noise or mini-batches.',
    roll: 'New random seed',
  },
  status: {
    computeError: 'Could not compute this view.',
    engineNotice: 'Engine notice',
    dismiss: 'Dismiss',
    // A link's and the work budget's notices: on demand, with their component (en-notices.ts).
  },
  /** The optimizer types' names: the core's English titles (the CLI and exports use them too). */
  optimizer: OPTIMIZER_TITLES,
  colour: {
    blue: 'blue',
    vermillion: 'vermillion',
    bluishGreen: 'bluish green',
    reddishPurple: 'reddish purple',
    orange: 'orange',
    skyBlue: 'sky blue',
    black: 'black',
    yellow: 'yellow',
  },
  optimizers: {
    title: 'Optimizers',
    count: '{{count}} of {{max}}',
    atMost: 'At most {{max}} runs',
    add: 'Add optimizer',
    addFull: 'At most {{max}} runs: remove one to add another',
    types: 'Optimizer types',
    run: 'Run {{n}}: {{name}}',
    type: 'optimizer type',
    colourOf: 'Colour of run {{n}}',
    changeColour: 'Change colour',
    customColour: 'Custom colour',
    nameOf: 'Name of run {{n}}',
    rename: 'Rename',
    show: 'Show',
    hide: 'Hide',
    showTitle: 'Show this run',
    hideTitle: 'Hide this run (it is still computed)',
    duplicate: 'Duplicate',
    duplicateTitle: 'Duplicate this run',
    reset: 'Reset to defaults',
    resetTitle: 'Reset every hyperparameter to PyTorch’s default',
    remove: 'Remove',
    removeTitle: 'Remove this run',
    removeLast: 'The last run cannot be removed',
    value: '{{label}} value',
    enterNumber: 'Enter a number like 0.001 or 1e-3',
    needs: 'Needs {{range}}',
    wholeNumber: 'Enter a whole number',

    computing: 'Computing',
    finalLoss: 'final loss',
    loss: 'loss',
    lossAtLast: 'Loss at the last step ({{step}})',
    lossBeforeDivergence: 'Loss at step {{step}}, the last before divergence',
    divergedAt: 'diverged at step {{step}}',
    undefined: 'undefined',
  },
  timeline: {
    label: 'Timeline',
    playback: 'Playback',
    jumpStart: 'Jump to start',
    jumpStartTitle: 'Jump to start (Home)',
    stepBack: 'Step back',
    stepBackTitle: 'Step back (←, Shift+← for 10)',
    play: 'Play',
    pause: 'Pause',
    playTitle: 'Play (Space)',
    pauseTitle: 'Pause (Space)',
    stepForward: 'Step forward',
    stepForwardTitle: 'Step forward (→, Shift+→ for 10)',
    jumpEnd: 'Jump to end',
    jumpEndTitle: 'Jump to end (End)',
    speed: 'playback speed',
    speedTitle: 'Playback speed',
    stepsPerSecond: '{{speed}} steps/s',
    step: 'step',
    stepOf: 'step {{step}} of {{steps}}',
    steps: 'Steps',
    stepsField: 'steps',
    stepsChanged: 'Steps run from 1 to {{max}}: {{typed}} became {{steps}}',
    stepsInvalid: 'Enter a whole number of steps from 1 to {{max}}',
  },
  chart: {
    tabs: 'Chart',
    loss: {
      label: 'Loss',
      title: 'Loss per step',
      hint: 'Loss f against step (f − f* when the minimum is known), log scale',
    },
    gradNorm: {
      label: '‖∇f‖',
      title: 'Gradient norm per step',
      hint: 'Length of the gradient ‖∇f‖ against step, log scale',
    },
    data: {
      label: 'Data',
      title: 'Data and fitted line',
      hint: 'The data points and the line at the cursor step',
    },
    accuracy: {
      label: 'Accuracy',
      title: 'Accuracy per step',
      hint: 'Share of the points each run classifies right, against step, 0 to 100%',
    },
    classifierData: {
      label: 'Data',
      title: 'Data and decision boundary',
      hint: 'The data points, the predicted probability and the decision boundary at the cursor step',
    },
    sweep: {
      label: 'α sweep',
      title: 'Loss against α',
      hint: 'Each run again at 60 learning rates from 1e-5 to 10: where is α best, where does it diverge?',
    },
    maps: {
      label: 'β, ε maps',
      title: 'β and ε sensitivity',
      hint: 'Final loss of the selected Adam-family run over (β1, β2) and over (α, ε)',
    },
    scaleLog: 'log scale',
    scaleSymlog: 'symlog scale',
    scalePercent: 'of points classified right',
    axisAccuracy: 'accuracy',
    description:
      '{{axis}} against step, {{scale}}, one line per run. Click or drag to move the cursor.',
    descriptionPercent: 'linear scale from 0 to 100%',
    computing: 'Computing…',
    training: 'Training…',
    noAccuracy: 'No accuracy: this problem has no classes',
    allHidden: 'Every run is hidden',
    xAxis: 'x:',
    xSteps: 'steps',
    xEvaluations: 'function evaluations',
    xHint:
      'Count the x axis in steps, or in evaluations of f: L-BFGS’s line search evaluates f several times a step, a first-order method once, so evaluations compare them at equal work',
    step: 'step {{step}}',
    evaluationsAt: '{{count}} evaluations of f',
    diverged: 'diverged',
    runDiverged: '{{name}} diverged at step {{step}}',
  },
  landscape: {
    label: 'Loss landscape',
    description:
      'Loss landscape of {{title}}. {{start}}drag to pan; wheel or + and − to zoom; arrow keys pan; 0 resets the view.',
    descriptionStart: 'Click to set the start point; ',
    resetView: 'Reset view',
    initialWeights: 'the models’ initial weights θ₀, projected on the slice',
    lineSearchKey:
      '{{name}}, step {{step}}: {{count}} evaluations of f, at θ and at the line search’s trial points (small rings on the line θ + t·d)',
    start: 'start ({{x}}, {{y}}): drag to move',
    legend: 'colour: f from {{min}} to {{max}}, {{scale}}',
    scaleLog: 'log scale',
    scaleLinear: 'linear scale',
    scaleSymlog: 'symmetric log scale',
    trajectory: '{{name}} trajectory',
    trajectoryDiverged: '{{name}} trajectory, diverged at step {{step}}',
    averagedPath: '{{name}}, its averaged point (dashed)',
    gradientPathKey: 'θ: where the gradient is taken',
    // The dashed path's words, by the types drawn (src/ui/landscape/averaged-key.ts).
    averagedPathKeyShown: 'averaged point (ASGD’s ax)',
    averagedPathKeyAnswer: 'averaged point (Schedule-Free’s answer x)',
    averagedPathKeyBoth: 'averaged point (ASGD’s ax, Schedule-Free’s answer x)',
    globalMinimum: 'global minimum at ({{x}}, {{y}}), f = {{f}}',
    localMinimum: 'local minimum at ({{x}}, {{y}}), f = {{f}}',
    saddle: 'saddle point at ({{x}}, {{y}}), f = {{f}}',
    slice: '2D slice',
    sliceTitle: '{{title}} (2D slice)',
    sliceText:
      ' of a {{dim}}-parameter loss, through the best final point, along {{directions}}{{explained}}. Paths are projected onto it: the surface under a path is not its loss.',
    slicePca: 'the two principal directions of the paths',
    sliceRandom: 'two random filter-normalised directions',
    sliceExplained: '; they hold {{percent}} of the paths’ movement',
    directions: 'directions',
    sliceDirections: 'slice directions',
    principal: 'principal (PCA)',
    random: 'random',
    pc1: 'PC 1',
    pc2: 'PC 2',
    direction1: 'direction 1',
    direction2: 'direction 2',
  },
  presets: {
    button: 'Presets',
    buttonTitle: 'Curated experiments, each with what to watch',
  },
  share: {
    button: 'Share',
    openFull: 'Open in Descent ↗',
  },
  /** Controls a lesson link can show: their English is LESSON_EXTRAS itself (src/state/lesson.ts). */
  lessonControl: LESSON_EXTRAS as Record<keyof typeof LESSON_EXTRAS, string>,
  inspector: {
    button: 'Inspect',
    buttonLabel: 'Inspect step',
    buttonTitle: 'Show the update rule and its numbers for the selected run at this step',
    label: 'Step inspector',
  },
  /** A panel's error boundary (src/ui/ErrorBoundary.tsx): calm, with the ways back. */
  errors: {
    title: 'The {{panel}} could not be shown',
    body: 'The rest of Descent still works, and your settings are kept.',
    bodyApp: 'Your settings are kept in the link: try again, or go back to the first view.',
    detail: 'What went wrong',
    unknown: 'an unknown error',
    retry: 'Try again',
    panel: {
      app: 'app',
      header: 'header',
      landscape: 'landscape',
      inspector: 'step inspector',
      timeline: 'timeline',
      optimizers: 'optimizers panel',
      charts: 'chart panel',
      lesson: 'lesson',
    },
    reset: {
      app: 'Back to the first view',
      header: 'Back to the first view',
      landscape: 'Reset the view',
      inspector: 'Close the inspector',
      timeline: 'Back to the last step',
      optimizers: 'Back to the default runs',
      charts: 'Back to the loss chart',
      lesson: 'Close the lesson',
    },
  },
  // The classroom features and more, kept in their own files for length; the words of what opens
  // an on-demand panel (its tab, button or menu entry); the schedule, which every run card shows.
  ...enOpeners,
  ...enSchedule,
  ...enDrop,
  ...enEpochs,
  ...enClassroom,
  ...enBusy,
  ...enHelp,
  ...enLayout,
  ...enArrows,
  ...en3d,
  ...enReveal,
  ...enNote,
  ...enRuns,
  ...enHyperparams,
};

/**
 * Every English string: the initial ones (`en`) and the sections that load on demand with their
 * panels. A section may be split between the two (en-openers.ts holds its initial keys), so the
 * shapes are intersected: nested objects merge, as the translator merges the bundles.
 */
export type English = typeof en &
  typeof enInspect &
  typeof enCurvatureView &
  typeof enCurvature &
  typeof enLab &
  typeof enModels &
  typeof enLesson &
  typeof enInsight &
  typeof enShare &
  typeof enNotices &
  typeof enLegend &
  typeof enCode &
  typeof enTables &
  typeof enExport &
  typeof enPicker &
  typeof enPresets &
  typeof enLandscape3d;

/** The shape every language's resources share: English's keys, each a string. */
export type Resources = DeepStrings<English>;
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
