/**
 * The presets gallery: curated scenarios, each a small experiment with a title and two sentences
 * on what to watch. A preset is just a scenario (plus, optionally, how to look at it), so the
 * gallery opens it as a link. Every number was tuned by running it, and every sentence is checked
 * against the run by test/presets/presets.test.ts: change a number here and that test says which
 * claim no longer holds.
 *
 * Runs are named by their type, or by a role (src/presets/run-roles.ts) where two share a type:
 * never by a number, which would go stale as soon as the value is moved (docs/presets.md).
 */
import { fn, model, scenario, type Preset } from './preset-parts';
import { DATA_PRESETS } from './presets-data';
import { MUON_PRESETS } from './presets-muon';
import { NEWTON_PRESETS } from './presets-newton';
import { SCHEDULE_FREE_PRESETS } from './presets-schedule-free';
import { RUN_ROLES } from './run-roles';

export { PRESET_TOPICS, type Preset, type PresetTopic } from './preset-parts';

export const PRESETS: readonly Preset[] = [
  // ── Learning rate ──────────────────────────────────────────────────────────────────────────
  {
    id: 'learning-rate-quadratic',
    title: 'Learning rate: too small, about right, too large',
    topic: 'Learning rate',
    summary:
      'Booth is a quadratic bowl whose steepest curvature is L = 18, so gradient descent is stable only while α < 2/L ≈ 0.111. ' +
      'At α = 0.005 the run is still creeping along the valley floor after 100 steps, α = 0.05 lands on the minimum (1, 3), and α = 0.12 overshoots further on every bounce until it diverges at step 49.',
    scenario: scenario(fn('booth'), [-5, -5], 100, [
      { type: 'gd', lr: 0.005, label: RUN_ROLES.tooSmall },
      { type: 'gd', lr: 0.05, label: RUN_ROLES.aboutRight },
      { type: 'gd', lr: 0.12, label: RUN_ROLES.tooLarge },
    ]),
  },

  // ── Momentum ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'momentum-ellipse',
    title: 'Momentum in an ill-conditioned valley',
    topic: 'Momentum',
    summary:
      'Both runs use α = 0.45, just under the 2/L = 0.5 that the steep y-direction allows, so gradient descent bounces across the valley on every step while creeping along the shallow x-direction, whose slope is 20 times gentler. ' +
      'Momentum (μ = 0.5) adds part of the previous step to each new one: the bounces across cancel, the pushes along x add up, and it reaches a loss of 10⁻⁴ in 18 steps instead of 52.',
    scenario: scenario(fn('ellipse'), [-4, 1.5], 100, [
      { type: 'gd', lr: 0.45 },
      { type: 'momentum', lr: 0.45, momentum: 0.5 },
    ]),
  },
  {
    id: 'nesterov-vs-heavy-ball',
    title: 'Nesterov vs heavy ball: who overshoots less?',
    topic: 'Momentum',
    summary:
      'With the same α = 0.1 and μ = 0.9, the heavy ball swings past the minimum by about 1.2 along x and spirals in slowly, while Nesterov turns back sooner and overshoots by about 0.9. ' +
      'Nesterov takes its gradient at the point the momentum is about to carry it to, so it brakes before the bottom rather than after: it reaches a loss of 10⁻⁴ in 38 steps, the heavy ball in 83.',
    scenario: scenario(fn('ellipse'), [-4, 1.5], 150, [
      { type: 'momentum', lr: 0.1, momentum: 0.9, label: 'heavy ball' },
      { type: 'nesterov', lr: 0.1, momentum: 0.9, label: 'Nesterov' },
    ]),
  },

  // ── Adaptive steps ─────────────────────────────────────────────────────────────────────────
  {
    id: 'gd-vs-adam-rosenbrock',
    title: 'GD vs Adam in the Rosenbrock valley',
    topic: 'Adaptive steps',
    summary:
      'The steep walls of the curved valley cap gradient descent at a tiny α (0.003 already diverges from this start), so at α = 0.001 it crawls along the nearly flat floor and is still near (−1.1, 1.2) after 500 steps. ' +
      'Adam divides each step by a running average of the gradient’s size, so it keeps a steady pace along the floor and ends near the minimum (1, 1) with a loss over 400 times smaller.',
    scenario: scenario(fn('rosenbrock'), [-1.5, 2], 500, [
      { type: 'gd', lr: 0.001 },
      { type: 'adam', lr: 0.1 },
    ]),
  },
  {
    id: 'adagrad-vs-rmsprop',
    title: 'AdaGrad stalls, RMSprop keeps going',
    topic: 'Adaptive steps',
    summary:
      'AdaGrad divides α by the root of the sum of all squared gradients so far, a sum that only grows, so its steps shrink from 0.14 to 0.003 and after 300 steps it is still crawling at x ≈ −1.3. ' +
      'RMSprop divides by a running average that forgets old gradients, so its steps stay in proportion to the slope where it is and, with the same α = 0.1, it reaches the minimum in about 40 steps.',
    scenario: scenario(fn('ellipse'), [-4, 1.5], 300, [
      { type: 'adagrad', lr: 0.1, label: 'AdaGrad' },
      { type: 'rmsprop', lr: 0.1, label: 'RMSprop' },
    ]),
  },

  // ── Adam's knobs ───────────────────────────────────────────────────────────────────────────
  {
    id: 'adam-bias-correction',
    title: 'Adam with and without bias correction',
    topic: "Adam's knobs",
    summary:
      'Adam’s averages m and v start at zero, and bias correction divides them by 1 − β₁ᵗ and 1 − β₂ᵗ so that the first step is exactly α long in each coordinate. ' +
      'Without it (the textbook form) v starts out underestimated far more than m, so the early steps are 3 to 7 times longer: watch that run lunge ahead and swing past the minimum before settling.',
    scenario: scenario(fn('ellipse'), [-4, 1.5], 150, [
      { type: 'adam', lr: 0.1, label: 'bias-corrected' },
      { type: 'adam', lr: 0.1, biasCorrection: false, label: 'no bias correction' },
    ]),
  },
  {
    id: 'adam-large-eps',
    title: 'A large ε turns Adam into gradient descent',
    topic: "Adam's knobs",
    summary:
      'With the usual ε = 10⁻⁸ Adam’s first steps are α long in each coordinate, so it heads diagonally across the valley, but with ε = 100, far above any gradient here, the denominator √v̂ + ε is just ε and the step becomes (α/ε)·m̂. ' +
      'At α = 10 that is gradient descent at α = 0.1 on a smoothed gradient: the GD run and the ε = 100 run drop into the valley and crawl along it together, a little momentum apart, far from the diagonal path of the first run.',
    scenario: scenario(fn('ellipse'), [-4, 1.5], 150, [
      { type: 'adam', lr: 0.1, label: RUN_ROLES.usualEps },
      { type: 'adam', lr: 10, eps: 100, label: RUN_ROLES.largeEps },
      { type: 'gd', lr: 0.1 },
    ]),
  },
  {
    id: 'adam-beta1',
    title: 'β₁ = 0 vs 0.9: what the first moment buys',
    topic: "Adam's knobs",
    summary:
      'With β₁ = 0 Adam steps along the current gradient alone, which in Rosenbrock’s narrow valley points mostly across it, so the run zig-zags between the walls (hundreds of reversals) and is still well short of the minimum after 500 steps. ' +
      'With β₁ = 0.9 each step follows an average of recent gradients, in which the across-the-valley parts cancel, so it glides along the floor and ends near (1, 1) with a loss over 60 times smaller.',
    scenario: scenario(fn('rosenbrock'), [-1.5, 2], 500, [
      { type: 'adam', lr: 0.1, beta1: 0, label: RUN_ROLES.noMomentum },
      { type: 'adam', lr: 0.1, beta1: 0.9, label: RUN_ROLES.usualMomentum },
    ]),
  },
  {
    id: 'adam-small-beta2',
    title: 'A small β₂ and jittery steps',
    topic: "Adam's knobs",
    summary:
      'Near the minimum the gradient shrinks, and with β₂ = 0.999 the average v still remembers the large early gradients, so Adam’s steps shrink too and it settles to a loss below 10⁻⁸. ' +
      'With β₂ = 0.9 or 0.5, v forgets within a few steps, so √v̂ shrinks along with the gradient and the steps stay over a hundred times longer: zoom into the minimum to see these runs keep jittering, and compare the loss floors in the chart.',
    scenario: scenario(fn('ellipse'), [-4, 1.5], 200, [
      { type: 'adam', lr: 0.1, beta2: 0.999, label: RUN_ROLES.longMemory },
      { type: 'adam', lr: 0.1, beta2: 0.9, label: RUN_ROLES.shortMemory },
      { type: 'adam', lr: 0.1, beta2: 0.5, label: RUN_ROLES.veryShortMemory },
    ]),
  },
  {
    id: 'adamw-vs-adam-l2',
    title: 'AdamW vs Adam with L2',
    topic: "Adam's knobs",
    summary:
      'Adam with L2 adds λθ to the gradient before Adam rescales it, so it settles at the ridge fit, the minimum of the MSE plus (λ/2)‖θ‖², near (1.45, 1.07) for λ = 0.8. ' +
      'AdamW subtracts α·λ·θ from the weights after the rescaled step, so the decay is not divided by √v̂ and acts in full: with the same λ it pulls the fit much closer to the origin, to about (0.93, 0.88), while plain Adam fits the data at (2.01, 0.99).',
    scenario: scenario({ type: 'linear-regression' }, [-1, -2], 400, [
      { type: 'adam', lr: 0.05, label: RUN_ROLES.noDecay },
      { type: 'adam', lr: 0.05, weightDecay: 0.8, label: RUN_ROLES.l2Penalty },
      { type: 'adamw', lr: 0.05, weightDecay: 0.8, label: RUN_ROLES.decoupledDecay },
    ]),
  },

  // ── Landscapes ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'saddle-escape',
    title: 'Escaping a saddle point',
    topic: 'Landscapes',
    summary:
      'Gradient descent slides toward the saddle along x and lingers near (0, 0), where the gradient vanishes, because its y-offset of 0.001 grows by only 10% per step: it needs about 70 steps to get away. ' +
      'Momentum gathers speed and escapes in under 30 steps, and Adam, which scales even a tiny gradient up to a full step, never comes near the saddle; the surface has no bottom, so every run ends up off the map.',
    scenario: scenario(fn('saddle'), [1, 0.001], 100, [
      { type: 'gd', lr: 0.05, label: 'GD' },
      { type: 'momentum', lr: 0.05, label: 'momentum' },
      { type: 'adam', lr: 0.05, label: 'Adam' },
    ]),
  },
  {
    id: 'himmelblau-basins',
    title: 'Four equal minima: where do you end up?',
    topic: 'Landscapes',
    summary:
      'From the same start (0, 0) and with the same α = 0.01, gradient descent walks straight down to the minimum at (3, 2), while momentum’s speed carries it past that basin into the one at (3.58, −1.85). ' +
      'All four minima have f = 0, so neither is wrong: drag the start point to see how each run’s destination depends on where it begins.',
    scenario: scenario(fn('himmelblau'), [0, 0], 300, [
      { type: 'gd', lr: 0.01, label: 'GD' },
      { type: 'momentum', lr: 0.01, label: 'momentum' },
    ]),
  },
  {
    id: 'six-hump-camel-depths',
    title: 'Local minima of different depths',
    topic: 'Landscapes',
    summary:
      'From (1.7, 0.9) gradient descent stops in the nearest, shallowest basin (f ≈ 2.10), and momentum rolls over its rim into a deeper one (f ≈ −0.22). ' +
      'Adam’s first steps are α = 0.3 long in each coordinate whatever the slope, long enough here to jump the ridges into a global minimum (f ≈ −1.03), by luck of the landscape rather than by design.',
    scenario: scenario(fn('six-hump-camel'), [1.7, 0.9], 300, [
      { type: 'gd', lr: 0.01 },
      { type: 'momentum', lr: 0.01 },
      { type: 'adam', lr: 0.3 },
    ]),
  },
  {
    id: 'rastrigin-small-lr',
    title: 'Does a small learning rate find the global minimum?',
    topic: 'Landscapes',
    summary:
      'No: with α = 0.001 gradient descent rolls into the nearest dip of Rastrigin’s egg-crate and stops there at f ≈ 8, one of the many local minima around the global one at (0, 0). ' +
      'The cosine run starts with steps big enough to hop between dips and settles as α shrinks; here it lands in the global minimum, but start it at α = 0.05 and it stops at f ≈ 1, so this is luck, not a guarantee.',
    scenario: scenario(fn('rastrigin'), [2.3, -1.7], 500, [
      { type: 'gd', lr: 0.001, label: RUN_ROLES.constant },
      { type: 'gd', lr: 0.06, schedule: { type: 'cosine' }, label: RUN_ROLES.cosineDecay },
    ]),
  },

  {
    id: 'formula-double-well',
    title: 'A double well, typed as a formula',
    topic: 'Landscapes',
    summary:
      'The formula x^4 − 2*x^2 + y^2 has two wells at x = ±1 and a saddle at the origin; starting a hair right of the ridge x = 0, gradient descent first slides down to near the saddle, where the x-gradient is almost zero, and leaves for the right-hand well only after about 30 steps. ' +
      'Adam divides each coordinate’s step by that coordinate’s own gradient scale, so even the tiny x-gradient gives a full-size step and it reaches the well within 20 steps.',
    scenario: scenario({ type: 'expression', expr: 'x^4 - 2*x^2 + y^2' }, [0.002, 1.5], 150, [
      { type: 'gd', lr: 0.05 },
      { type: 'adam', lr: 0.05 },
    ]),
  },

  // ── Stochastic gradients ───────────────────────────────────────────────────────────────────
  {
    id: 'minibatch-noise',
    title: 'Mini-batch noise in linear regression',
    topic: 'Stochastic gradients',
    summary:
      'Each step sees only 5 of the 100 points, so each gradient points at a slightly different best fit: at α = 0.2 SGD gets close within a few steps and then keeps jittering around the least-squares fit. ' +
      'At α = 0.02 every jolt is ten times smaller, so the run takes dozens of steps to arrive but then stays far closer; raise the batch size in the data panel to see the jitter shrink.',
    scenario: scenario({ type: 'linear-regression', batchSize: 5 }, [-1, -2], 200, [
      { type: 'gd', lr: 0.2, label: RUN_ROLES.largeLr },
      { type: 'gd', lr: 0.02, label: RUN_ROLES.smallLr },
    ]),
  },

  // ── Schedules ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'schedules',
    title: 'Learning-rate schedules on mini-batches',
    topic: 'Schedules',
    summary:
      'With a constant α = 0.1 SGD reaches the fit quickly and then keeps bouncing around it, because every mini-batch pulls in a slightly different direction; every schedule here shrinks α, and the bouncing with it, and ends with a lower loss. ' +
      'Step decay cuts α to 30% at steps 75, 150 and 225, cosine glides it down to zero, and warm-up and one-cycle start with short steps that grow to the peak α before decaying.',
    scenario: scenario({ type: 'linear-regression', batchSize: 5 }, [-1, -2], 300, [
      { type: 'gd', lr: 0.1, label: 'constant' },
      { type: 'gd', lr: 0.1, schedule: { type: 'step', stepSize: 75, gamma: 0.3 }, label: 'step' },
      { type: 'gd', lr: 0.1, schedule: { type: 'cosine' }, label: 'cosine' },
      {
        type: 'gd',
        lr: 0.1,
        schedule: { type: 'warmup-cosine', warmupSteps: 60 },
        label: 'warm-up + cosine',
      },
      { type: 'gd', lr: 0.1, schedule: { type: 'one-cycle' }, label: 'one-cycle' },
    ]),
  },
  ...SCHEDULE_FREE_PRESETS,
  // ── Curvature ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'stability-limit-quadratic',
    title: 'The stability limit: 2/λmax, exactly',
    topic: 'Curvature',
    summary:
      'The ellipse 0.1x² + 2y² has the same curvature everywhere, λmax = 4 along y, so gradient descent is stable exactly while α < 2/λmax = 0.5: at α = 0.495 the run flips across the valley on every step but closes in, and at α = 0.505 every flip is 2% wider than the one before. ' +
      'Momentum raises the ceiling to 2(1 + μ)/λmax, so the heavy ball with μ = 0.9 converges at α = 0.9, almost twice the plain limit; the Curvature tab draws λmax against each run’s limit.',
    scenario: scenario(fn('ellipse'), [-4, 1.5], 300, [
      { type: 'gd', lr: 0.495, label: RUN_ROLES.belowLimit },
      { type: 'gd', lr: 0.505, label: RUN_ROLES.aboveLimit },
      { type: 'momentum', lr: 0.9, momentum: 0.9, label: 'heavy ball' },
    ]),
    view: { chart: 'curvature' },
  },
  {
    id: 'edge-of-stability-gd',
    title: 'Gradient descent at the edge of stability',
    topic: 'Curvature',
    summary:
      'Trained full-batch on the two moons, the network grows sharper as it learns: at α = 0.25 its λmax rises from 0.9 and levels off near 4.7, well below that run’s limit 2/α = 8, but at α = 0.5 it climbs to its limit 2/α = 4 by step 160 and then hovers around it for the rest of the 1,000 steps. ' +
      'On that edge the loss no longer falls on every step: it rises on 21 of them and more than doubles at step 314, yet it falls overall, what Cohen and colleagues (2021) called the edge of stability.',
    scenario: model({ type: 'mlp' }, 1000, [
      { type: 'gd', lr: 0.25, label: RUN_ROLES.smallLr },
      { type: 'gd', lr: 0.5, label: RUN_ROLES.largeLr },
    ]),
    view: { chart: 'curvature', selectedRun: 1 },
  },
  {
    id: 'edge-of-stability-adam',
    title: 'Adam at the edge of stability',
    topic: 'Curvature',
    summary:
      'Adam divides each step by √v̂ + ε, so what limits it is the preconditioned sharpness, the largest eigenvalue of P⁻¹ᐟ²HP⁻¹ᐟ², whose limit for β1 = 0.9 is 38/α, here 3,800 at α = 0.01 (Cohen et al., 2022). ' +
      'Trained full-batch on the two moons, after its first steps it rises from about 120 to that limit by step 860 and then hovers around it, between 2,800 and 4,200, for the rest of the 2,000 steps while the loss keeps falling.',
    scenario: model({ type: 'mlp' }, 2000, [{ type: 'adam', lr: 0.01 }]),
    view: { chart: 'curvature' },
  },
  {
    id: 'warmup-large-lr',
    title: 'Warm-up lets a large learning rate survive',
    topic: 'Curvature',
    summary:
      'At a constant α = 12 the first steps throw the network’s weights so far that its tanh units saturate and the loss bounces between 15 and 35 without learning, and a cosine decay from 12 alone ends at 0.69, no better than a coin. ' +
      'Warming α up from 1.2 to 12 over the first 100 steps lets the sharpness fall as α rises, below 2/α ≈ 0.17 by step 200, and the same schedule then trains to a loss of 0.0003.',
    scenario: model({ type: 'mlp' }, 1000, [
      { type: 'gd', lr: 12, label: RUN_ROLES.constant },
      { type: 'gd', lr: 12, schedule: { type: 'cosine' }, label: RUN_ROLES.cosineDecay },
      {
        type: 'gd',
        lr: 12,
        schedule: { type: 'warmup-cosine', warmupSteps: 100 },
        label: RUN_ROLES.warmUp,
      },
    ]),
    view: { chart: 'curvature', selectedRun: 2 },
  },
  ...NEWTON_PRESETS,
  // ── Models on data ─────────────────────────────────────────────────────────────────────────
  {
    id: 'logistic-blobs',
    title: 'Logistic regression: a decision line in three parameters',
    topic: 'Models on data',
    summary:
      'Logistic regression separates two overlapping blobs with a line of three parameters (w₁, w₂, b), so the landscape is a 2D slice: the plane through the best final weights along the two principal directions of the paths. ' +
      'Gradient descent at α = 0.5 and Adam at α = 0.05 both end near 97% accuracy; open the Data tab and scrub the timeline to watch the boundary turn and settle.',
    scenario: model({ type: 'logistic-regression' }, 200, [
      { type: 'gd', lr: 0.5 },
      { type: 'adam', lr: 0.05 },
    ]),
  },
  {
    id: 'mlp-moons',
    title: 'A small network on two moons',
    topic: 'Models on data',
    summary:
      'A 2-16-16-1 tanh network (337 parameters) learns to separate two interleaved moons, and the landscape is a slice through its weights along the paths’ two principal directions. ' +
      'At step 100 gradient descent classifies fewer points right than momentum and Adam, and by step 500 all three are above 98%: the Data tab shows the boundary bending around the moons.',
    scenario: model({ type: 'mlp' }, 500, [
      { type: 'gd', lr: 0.5 },
      { type: 'momentum', lr: 0.1 },
      { type: 'adam', lr: 0.01 },
    ]),
    view: { selectedRun: 2 },
  },
  ...DATA_PRESETS,
  ...MUON_PRESETS,
];

/** The preset of that id, or undefined. */
export function getPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
