/**
 * English of the classroom features: presentation mode, the exports (menus, video panel, the
 * words drawn into exported pictures), the theme button and the chart panel's loading line.
 * Part of en.ts (spread into it); the text is what these showed before translation.
 */
export const enClassroom = {
  present: {
    question: 'Where will each optimizer go?',
    predict: 'Predict first, then reveal.',
    reveal: 'Reveal (R)',
    hidden: 'Hidden until the reveal: predict the curves first.',
    toolbar: 'Presentation',
    hide: 'Hide runs to predict (H)',
    exit: 'Exit presentation (P)',
    enter: 'Present',
    enterTitle: 'Presentation mode: large type, full screen, secondary panels hidden (P)',
    runs: 'Runs',
  },
  export: {
    button: 'Export',
    title: 'Save the landscape as a picture or a video, or the trajectories as data',
    menu: 'Export',
    png: 'Landscape PNG',
    pngHint: 'picture at 2× for slides',
    svg: 'Landscape SVG',
    svgHint: 'vector drawing, surface as an image',
    video: 'Video (WebM)…',
    videoHint: 'the runs from step 0 to the end',
    csv: 'Trajectories CSV',
    csvHint: 'one row per run and step',
    json: 'Trajectories JSON',
    jsonHint: 'the command line’s format',
    failed: 'Export failed: {{reason}}',
    notDrawn: 'the landscape is not drawn yet',
    noRuns: 'no runs computed yet',
    chartButton: 'Export chart: {{chart}}',
    chartMenu: 'Export chart',
    chartPng: 'Chart PNG',
    chartSvg: 'Chart SVG',
    chartSvgHint: 'vector drawing',
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
  theme: {
    name: 'Theme: {{name}}',
    title: 'Theme: {{name}}{{now}}. Press for {{next}}.',
    now: ' ({{theme}} now)',
    system: 'as the system',
    light: 'light',
    dark: 'dark',
  },
  chartPanel: {
    loading: 'Loading…',
  },
  pwa: {
    updated: 'Descent has been updated: reload the page to use the new version.',
  },
};
