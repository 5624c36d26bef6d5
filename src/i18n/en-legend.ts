/**
 * English of the legend's popover (src/ui/help/LegendPopover.tsx): what the landscape draws and
 * the keys. On demand, with the popover's chunk; the Legend button's words are initial (en-help.ts).
 */
import { addEnglish } from './instance';

export const enLegend = {
  legend: {
    title: 'What is drawn',
    close: 'Close the legend',
    start: 'Start',
    startText: 'Where every run begins. Drag it, or click the landscape, to move it.',
    minimum: 'Minimum',
    minimumText: 'The lowest point of f. A dot marks a local minimum, a diamond a saddle.',
    current: 'Current step',
    currentText: 'Where each run is at the timeline’s step.',
    trail: 'Path so far, path ahead',
    trailText: 'Solid up to the current step; faded for the steps still to come.',
    end: 'End',
    endText: 'Where a run is after its last step.',
    diverged: 'Diverged',
    divergedText: 'The run blew up here: its loss or its point became infinite.',
    averaged: 'Averaged point',
    averagedText:
      'Dashed: the average ASGD and Schedule-Free keep beside θ, which is where the gradient is taken (solid). Schedule-Free’s average x is its answer: its loss is plotted there.',
    keysTitle: 'Keys',
    keysNote:
      'Ignored while typing in a field. A focused slider keeps ← →; a tab chosen with the keyboard keeps ← →.',
    keyPlay: 'play / pause',
    keyStep: 'one step back / forward',
    keyStep10: 'ten steps',
    keyJump: 'first / last step',
    keyEscape: 'leave a slider or tab: the arrows step again',
    keyLegend: 'this legend',
    keyLandscape: 'on the focused landscape: pan, zoom, reset',
    keyPresent: 'present, hide the runs to predict, reveal',
  },
};

// Loaded with the chunk of the panels that use it, not at start (docs/i18n.md, "How languages
// load"): each module showing these words imports this one, which adds them when evaluated.
addEnglish(enLegend);
