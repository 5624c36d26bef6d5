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
    chartButton: 'Export chart: {{chart}}',
    chartMenu: 'Export chart',
    chartPng: 'Chart PNG',
    chartSvg: 'Chart SVG',
    chartSvgHint: 'vector drawing',
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
