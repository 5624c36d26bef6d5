/**
 * English of the trails and the reveal (issue 14, points 1 and 8; docs/app.md, "Trails and the
 * reveal"): the timeline's trails control, the run cards' loss at the cursor, the arrow to a
 * marker off the window. Part of en.ts (spread into it).
 */
export const enReveal = {
  reveal: {
    trailsName: 'Path ahead: {{name}}',
    trailsTitle:
      'Path ahead of the current step: {{name}}. Click for: {{next}}. A reveal hides it unless you chose.',
    whole: 'whole path',
    faded: 'future faded',
    hidden: 'future hidden',
    lossAtStep: 'loss at {{step}}',
    lossAtCursor: 'Loss at step {{step}} (the cursor); the final loss shows at the end',
    edgeStep: 'step {{step}}',
    edgeTitle: 'At step {{step}} the run is outside the window, this way',
  },
};
