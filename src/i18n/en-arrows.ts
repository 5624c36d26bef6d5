/**
 * English of the landscape's arrows at the cursor step (docs/arrows.md): the Arrows menu in the
 * landscape's tools and the arrows' labels and descriptions. Part of en.ts (spread into it).
 */
export const enArrows = {
  arrows: {
    button: 'Arrows',
    buttonTitle: 'Arrows at the current step: the gradient, the step taken, the optimizer’s state',
    menu: 'Arrows at the current step',
    grad: '−α∇f: plain gradient descent’s next step',
    step: 'Δθ: the step just taken',
    state: 'Optimizer state: momentum b, Adam’s m̂ (× −α)',
    runs: 'Show for',
    selectedRun: 'the selected run',
    allRuns: 'all runs',
    scale:
      'An arrow too long for the plot ends at its edge with a break mark; ×n is its true length.',
    describe: {
      grad: '{{name}}: −α∇f at step {{step}}, α = {{lr}}, ‖∇f‖ = {{norm}}',
      step: '{{name}}: Δθ, the step from {{previous}} to {{step}}, length {{norm}}',
      state: '{{name}}: {{symbol}} at step {{step}}, α = {{lr}}, length {{norm}}',
    },
  },
};
