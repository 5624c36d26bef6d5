/**
 * English of the exports' own work: the video panel (src/ui/export/VideoPanel.tsx) and the words
 * drawn into exported pictures (src/export/captions.ts). On demand, with the panel's and the
 * export actions' chunks; the Export menus' entries are initial (en-classroom.ts `export`).
 */
import { addEnglish } from './instance';

export const enExport = {
  export: {
    noRuns: 'no runs computed yet',
    /** The video panel. */
    videoTitle: 'Video of the runs (WebM)',
    length: 'Length',
    atSpeed: 'At playback speed ({{seconds}})',
    fixed: '{{seconds}} seconds',
    seconds: '{{value}} s',
    videoNote:
      'Plays every run from step 0 to the end, then holds the last frame for 1 s. Keep this tab in front while it records.',
    record: 'Record',
    close: 'Close',
    cancel: 'Cancel',
    recording: 'Recording… {{done}} of {{total}}',
    progress: 'Recording progress',
    saved: 'Saved {{name}}',
    unsupported:
      'This browser cannot record video: it has no MediaRecorder for WebM. Chrome, Edge and Firefox can.',
    videoFailed: 'The video failed: {{reason}}',
    /** Words drawn into exported pictures (src/export/captions.ts). */
    landscape: 'loss landscape',
    runs_one: '{{count}} run',
    runs_other: '{{count}} runs',
    steps: '{{steps}} steps',
    stepShown: 'shown at step {{step}}',
    scaleLog: 'f, log scale',
    scaleLinear: 'f, linear scale',
    scaleSymlog: 'f, symmetric log scale',
    stepCounter: 'step {{step}} / {{steps}}',
  },
};

// Loaded with the chunk of the panels that use it, not at start (docs/i18n.md, "How languages
// load"): each module showing these words imports this one, which adds them when evaluated.
addEnglish(enExport);
