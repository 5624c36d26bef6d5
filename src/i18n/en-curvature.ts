/**
 * English of the Curvature chart tab (issue 20; docs/curvature-chart.md): its sharpness switch and
 * key, the read-out, progress and the hints: on demand, with the tab's panel (the tab's own words
 * are initial, in en-openers.ts). Symbols
 * (λmax, α, μ, β1, P⁻¹H) are the same in every language; the limits' labels ("2/α = 4.44") are
 * made in code from them.
 */
import { addEnglish } from './instance';
export const enCurvature = {
  curvature: {
    axis: 'λmax',
    description:
      'λmax against step, {{scale}}, one solid line per run; dashed: each run’s stability limit. Click or drag to move the cursor.',
    sharpness: 'Sharpness shown',
    own: 'Each run’s own',
    ownTitle:
      'Gradient descent and momentum: the Hessian’s λmax; adaptive optimizers: λmax of the preconditioned Hessian P⁻¹H. Each against the limit of its own optimizer',
    hessian: 'Hessian λmax',
    hessianTitle:
      'The Hessian’s λmax for every run; adaptive runs have no limit line here, since theirs bounds the preconditioned λmax',
    keyLambda: 'λmax',
    keyLimit: 'stability limit',
    readout: 'λ {{lambda}} · limit {{limit}} · αλ {{product}}',
    readoutNoLimit: 'λ {{lambda}} · no limit',
    readoutPreconditioned: 'λ(P⁻¹H) {{lambda}} · limit {{limit}} · αλ {{product}}',
    progress: 'Curvature progress',
    computing: 'Computing the curvature: {{done}} of {{total}} runs',
    computingRun: 'Computing the curvature of {{name}}: {{percent}} % ({{done}} of {{total}} runs)',
    cancelled: 'Cancelled at {{done}} of {{total}} runs',
    stopped: 'Curvature stopped: {{error}}',
    waiting: 'Computing…',
    hint: 'A step is stable while λmax is under its run’s dashed limit. Hover to read α·λ.',
    hintAdaptive: 'Adaptive runs: λmax of the preconditioned Hessian P⁻¹H.',
    hintLion: 'Lion: no limit, its step is ±α whatever the curvature.',
    hintSign: '{{names}}: no limit, the step’s size does not follow the curvature.',
    hintNewton: '{{names}}: no limit below α = 2, the step divides by the curvature.',
    hintScheduleFree:
      '{{names}}: the limit rises from 2/α (first step) towards 2/(α(1 − β)) as the average settles; λmax at θ = y.',
    hintLbfgs: '{{names}}: no fixed limit, its step divides by the curvature it has measured.',
    hintEvery: 'A model’s λmax: by Lanczos every {{every}} steps.',
    help: 'λmax, the sharpness, is the largest eigenvalue of the Hessian of f: its curvature along the direction where it curves most. Gradient descent multiplies the error along that direction by 1 − αλmax at every step, so it is stable exactly while λmax < 2/α; with momentum μ (heavy ball), while λmax < 2(1 + μ)/α. Each run’s limit is dashed in its colour and follows its learning-rate schedule.',
    helpAdaptive:
      'An adaptive optimizer divides its step by a preconditioner P, so its limit bounds λmax of P⁻¹H instead: (2 + 2β1)/(1 − β1)/α for Adam, 38/α at β1 = 0.9 (Cohen et al., “Adaptive gradient methods at the edge of stability”, 2022).',
    helpLion:
      'Lion has no limit: its step is ±α in every coordinate whatever the curvature, so it may oscillate but never diverges.',
    helpSign:
      'Rprop, Adafactor and Muon have no limit either: Rprop steps ±Δ per coordinate, Δ set by the gradient’s signs only; Adafactor’s update has entries near ±1 and its RMS clipped, so its step is about max(ε2, RMS(θ))·ρₜ per coordinate; Muon’s step on a weight matrix is α·NS(U)·√max(1, r/c), whose singular values Newton–Schulz pushes into about [0.7, 1.2]. None grows with the curvature.',
    helpLbfgs:
      'L-BFGS has no fixed limit: its step −t·H̃g divides by an estimate H̃ of the curvature built from its last m steps (s, y), so a sharper valley gives a shorter step. Once H̃ has learnt a direction its error is multiplied by 1 − α there (stable for α < 1); the strong-Wolfe line search decreases f at every step.',

    helpNewton:
      'Newton divides the gradient by the curvature: along a direction of curvature λ its step multiplies the error by 1 − α·λ/(λ + δ), so every λ > 0 is stable while α < 2, and with damping δ only λ < 2δ/(α − 2) beyond. Along λ < 0 the plain step converges to the saddle or maximum instead (saddle-free Newton leaves it).',
    helpScheduleFree:
      'Schedule-Free takes its gradient at y, between the base iterate z and the average x, and x weighs the new z by c (1/t without warm-up). On a quadratic, (x, z) follow a two-state recurrence that is stable while αₜ·λ < 2(2 − c)/(2(1 − β) + c(2β − 1)): gradient descent’s 2 at the first step, where c = 1, rising to 2/(1 − β), 20 at β = 0.9, as c shrinks. Schedule-Free AdamW has the same limit on the preconditioned λmax.',
    none: 'No curvature for {{names}}: this problem has none Descent can compute yet.',
    noPreconditioned:
      '{{names}}: the preconditioned λmax is not computed yet, so the Hessian’s is shown, without a limit.',
    nothing: 'No curvature to show for this problem yet',
  },
};

// Loaded with the chunk of the panels that use it, not at start (docs/i18n.md, "How languages
// load"): each module showing these words imports this one, which adds them when evaluated.
addEnglish(enCurvature);
