/**
 * English of the learning-rate lab: the α sweep and the β/ε sensitivity maps, on demand with
 * their tabs' panels (the schedule, on every run card, is initial: en-schedule.ts). The text is
 * what the lab showed before translation, word for word.
 */
import { addEnglish } from './instance';
export const enLab = {
  /** Words the sweep and the maps share. */
  lab: {
    cancel: 'Cancel',
    resume: 'Resume',
    retry: 'Retry',
    runsOf: '{{done}} of {{total}} runs',
    cancelledAt: 'Cancelled at {{done}} of {{total}} runs',
    runOf: '{{name}} (run {{n}})',
  },
  sweep: {
    metric: 'sweep metric',
    metricFinal: 'Final loss',
    metricBest: 'Best loss',
    metricSteps: 'Steps to tolerance',
    metricNeedsMin: 'Steps to tolerance need a known minimum f*',
    axisFinal: 'final {{label}}',
    axisBest: 'best {{label}}',
    axisSteps: 'steps to tolerance',
    axisStepsShort: 'steps',
    scaleLinear: ', linear',
    scaleLog: ', log',
    scaleSymlog: ', symlog',
    hintSteps: 'Steps until f − f* is 0.1 % of its start value; gaps: never reached',
    hintSelected: 'Click or drag to set α of {{name}}  ·  × diverged from there',
    hintNone: 'Select a visible run to set its α here  ·  × diverged from there',
    tune: 'Tune α for every run',
    tuned: '{{name}} · tuned α',
    tuneTitle:
      'Set every run to the α with the lowest final loss in its sweep, so each optimizer is compared at its best',
    tuneUnavailable: 'Available when every sweep is complete',
    progress: 'Sweep progress',
    stopped: 'Sweep stopped: {{error}}',
    sweeping: 'Sweeping α: {{done}} of {{total}} runs',
    divergedAt: 'diverged at step {{step}}',
    notReached: 'not reached',
    stepsValue: '{{value}} steps',
    nearest: 'values at the nearest α swept, {{lr}}',
    description: 'Sweep of {{axis}} against the learning rate α, one line per run.',
    descriptionSelected:
      'Sweep of {{axis}} against the learning rate α, one line per run. Click, drag or use the arrow keys to set α of {{name}}.',
    slider: 'learning rate α of {{name}}',
  },
  maps: {
    cellPending: '{{where}}: not computed yet',
    cellStale: ' (before the last change)',
    cellDiverged: '{{where}}: diverged at step {{step}}{{stale}}',
    cellValue: '{{where}}: {{label}} {{value}}{{stale}}',
    caption:
      '{{run}}, final loss after {{steps}} steps{{capped}}. Click a cell to use it.{{cycled}}',
    captionCapped: ' (of {{steps}})',
    captionCycled: ' β1 follows the one-cycle schedule: its axis changes nothing.',
    mapping: 'Mapping: {{done}} of {{total}} runs',
    done: '{{total}} runs · {{time}}',
    mapBeta: 'Final loss over β1 and β2: arrow keys choose a cell, Enter sets both values',
    mapAlphaEps: 'Final loss over α and ε: arrow keys choose a cell, Enter sets both values',
    stoppedBecause: 'The maps stopped: {{error}}',
    unknownError: 'unknown error',
    stopped: 'Stopped',
    noEps: '{{name}} has no ε: its step is the sign of its momentum, α long in every coordinate.',
    progress: 'Maps progress',
    legendEmpty: 'colour: final loss, not computed yet',
    legend: 'colour: final {{label}} from {{min}} to {{max}}, {{scale}}; hatched grey: diverged',
    legendName: 'final {{label}}, {{scale}}',
    noticeBefore: 'The selected run, ',
    noticeAfter: ', has no β1 and β2 to map.',
    noSelection: 'No run is selected.',
    family: 'Adam, AdamW, AMSGrad, Adamax, NAdam, RAdam and Lion',
    explain:
      'These maps show how the final loss of an Adam-family run ({{family}}) depends on its β1 and β2, and on its α and ε together.',
    showMaps: 'Show the maps of {{name}}',
    noFamily: 'No run here is of that family: add an Adam optimizer with “Add optimizer” above.',
  },
};

// Loaded with the chunk of the panels that use it, not at start (docs/i18n.md, "How languages
// load"): each module showing these words imports this one, which adds them when evaluated.
addEnglish(enLab);
