/**
 * English of the help (issue 14 §5, §7): the legend of what the landscape draws, the list of
 * keys, the first-visit hint and the plain-language tooltips for the jargon (f − f*, symlog,
 * principal directions, ε). Part of en.ts (spread into it), but for the legend's popover, which
 * loads with it (en-legend.ts).
 */
export const enHelp = {
  legend: {
    button: 'Legend',
    buttonTitle: 'What the marks mean, and the keys (?)',
  },
  hint: {
    label: 'Things to try',
    title: 'Three things to try',
    alpha: 'Drag α in a run card: the path follows at once.',
    start: 'Drag the start point ◎ on the landscape.',
    play: 'Press play ▶ or Space.',
    dismiss: 'Got it',
    dismissLabel: 'Close the hint',
  },
  jargon: {
    about: 'What is {{term}}?',
    fGap: 'f − f* is how far the loss f is above its lowest possible value f* (the global minimum). It reaches 0 at the minimum.',
    logAxis:
      'Log scale: each grid line up is ten times the one below, so 0.001 and 1000 both fit and steady progress shows as a straight fall.',
    fSymlog:
      'This problem has no lowest value (f can fall forever), so f itself is plotted, on a symmetric log scale.',
    symlog:
      'Symmetric log (symlog): like a log scale for large values of either sign, and linear near 0, so negative values fit too.',
    gradNorm:
      '‖∇f‖ is the length of the gradient: how steep the surface is where the run stands. It is 0 at a minimum or a saddle.',
    colourLog:
      'The colour bands are evenly spaced in log(f − f*): each band is the same factor lower, down to the minimum.',
    colourLinear: 'The colour bands are evenly spaced in f.',
    principal:
      'PC 1 and PC 2 (the principal directions): of all directions among the weights, the two along which the runs’ paths move most. The slice is taken along them, so the paths show as much of their movement as a flat picture can.',
    random:
      'Two random directions among the weights, scaled to each layer’s size: a slice that no run chose.',
    eps: 'ε is a small number added to the denominator of the step, √v + ε, so that the step stays finite when the average of the squared gradients v is near 0. A larger ε gives smaller, calmer steps where gradients are small.',
  },
};
