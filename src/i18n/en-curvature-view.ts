/**
 * English of the curvature on the landscape and in the step inspector (issue 20;
 * docs/curvature-views.md): the local quadratic model's caption and description, and the
 * inspector's α·λmax with its regime in words: on demand, with the model's layer and the
 * inspector's card (the Arrows menu's entry is initial, in en-openers.ts); zh-curvature-view.ts
 * has the same keys. Symbols (λmax, α·λ, P⁻¹H) are the same in every
 * language.
 */
import { addEnglish } from './instance';
export const enCurvatureView = {
  curvatureView: {
    shape: {
      minimum: 'Quadratic model: an ellipse (a minimum)',
      maximum: 'Quadratic model: an ellipse (a maximum)',
      saddle: 'Quadratic model: a saddle (λmin < 0)',
      parabola: 'Quadratic model: a parabola (a curvature is 0)',
      lines: 'Quadratic model: two lines (a curvature is 0)',
      line: 'Quadratic model: flat (no curvature)',
      none: 'Quadratic model: not defined here',
    },
    level: {
      through: 'the contour through the point',
      around: 'a contour around its centre, which is close to the point',
    },
    where: {
      pointer: 'at the pointer',
      run: 'at {{name}}, step {{step}}',
    },
    scale: 'α·λ arrows: {{unit}} px per 1, α = {{lr}}',
    limit: 'tick: the limit {{factor}}',
    limitPreconditioned: '{{optimizer}}’s limit is on the preconditioned λ (see the inspector)',
    noLimit: '{{optimizer}}: no limit',
    describe:
      '{{shape}} {{where}}, {{level}}. λmax = {{max}}, λmin = {{min}}; α·λmax = {{scaledMax}}, α·λmin = {{scaledMin}}.',
    inspector: {
      heading: 'Curvature at θₖ',
      preconditioned: 'with P the step’s preconditioner, taken as frozen',
      limit: 'limit',
      regime: {
        stable: 'stable',
        oscillating: 'oscillating',
        diverging: 'diverging',
        attracted: 'attracted to a saddle',
      },
      explain: {
        gdStable:
          'α·λmax = {{value}}: below 1, each step shrinks the error along the steepest direction without changing its sign.',
        gdOscillating:
          'α·λmax = {{value}}: between 1 and 2, gradient descent overshoots along the steepest direction and flips sign each step, but converges.',
        gdDiverging:
          'α·λmax = {{value}}: {{limit}} or more, each step overshoots by more than the error it corrects: along the steepest direction the error grows {{growth}}× per step.',
        stable:
          '{{symbol}} = {{value}}, below the limit {{limit}}: the error along the sharpest direction shrinks without changing sign.',
        oscillating:
          '{{symbol}} = {{value}}, below the limit {{limit}}: the error along the sharpest direction shrinks, but swings from side to side.',
        diverging:
          '{{symbol}} = {{value}}, at or past the limit {{limit}}: the error along the sharpest direction grows every step.',
        attracted:
          '{{symbol}} = {{value}}: the step converges, but to a stationary point that is not a minimum (a saddle or a maximum).',
        concave:
          'λmax = {{value}} < 0: f curves down in every direction here (near a maximum), so every step climbs away.',
        lion: 'Lion steps ±α per coordinate whatever the curvature: there is no limit, and near a minimum it oscillates within about α.',
        rprop:
          'Rprop steps ±Δ per coordinate, Δ grown by η₊ while the gradient keeps its sign and shrunk by η₋ when it flips, at most Δmax, whatever the curvature: there is no limit, and near a minimum its steps shrink.',
        lbfgs:
          'L-BFGS divides its step by an estimate of the curvature from its last m steps, so there is no fixed limit: once the estimate matches λ along a direction, the error there is multiplied by 1 − α; with the strong-Wolfe line search every step decreases f.',
        adafactor:
          'Adafactor steps about aₜ = max(ε2, RMS(θ))·ρₜ per coordinate (u = g/√v̂ is near ±1, its RMS clipped to d), whatever the curvature: there is no limit, and near a minimum it oscillates within about aₜ.',
        newtonStable:
          'α·λ/(λ + δ) = {{value}} along λmax, below 2 along every direction of positive curvature: stable. At α = 1 and δ = 0 the step lands on the minimum of the local quadratic model.',
        newtonOscillating:
          'α·λ/(λ + δ) = {{value}} along λmax, between 1 and 2: the step overshoots the local model’s minimum, but converges.',
        newtonDiverging:
          'α·λ/(λ + δ) = {{value}} along its direction, 2 or more (or A singular): the step overshoots the local model’s minimum by more than it corrects.',
        newtonAttracted:
          'λmin = {{value}} < 0: Newton goes to the stationary point of the local quadratic model, which along λmin is a maximum, so the step moves towards the saddle (or maximum) instead of away from it. Saddle-free Newton (|H|) leaves it.',
        newtonEscapes:
          'λmin = {{value}} < 0: saddle-free Newton divides by |λmin| + δ, so along that direction the step goes downhill, away from the saddle.',
      },
      saddle:
        'λmin = {{value}} < 0: along its direction f curves down (a saddle), and each step moves further away along it.',
      model:
        'A model’s curvature is in the Curvature chart (λmax by Lanczos every few steps): its landscape here is a 2D slice.',
      noHessian: 'No curvature for this problem.',
    },
  },
};

// Loaded with the chunk of the panels that use it, not at start (docs/i18n.md, "How languages
// load"): each module showing these words imports this one, which adds them when evaluated.
addEnglish(enCurvatureView);
