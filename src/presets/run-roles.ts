/**
 * Role labels: a preset names a run by the part it plays ("too small", "tuned"), never by its
 * numbers, which the screen shows from the live values (docs/presets.md, "Run names"). A role is
 * stored in the scenario as its English text, as links carry any label; the screen shows it
 * beside the run's type, in the language shown ("Gradient descent · too small"). Any other label
 * is the user's own text and is shown as written.
 */
export const RUN_ROLES = {
  tooSmall: 'too small',
  aboutRight: 'about right',
  tooLarge: 'too large',
  usualEps: 'usual ε',
  largeEps: 'large ε',
  noMomentum: 'no momentum',
  usualMomentum: 'usual momentum',
  longMemory: 'long memory',
  shortMemory: 'short memory',
  veryShortMemory: 'very short memory',
  noDecay: 'no decay',
  l2Penalty: 'L2 penalty',
  decoupledDecay: 'decoupled decay',
  constant: 'constant',
  cosineDecay: 'cosine decay',
  largeLr: 'large α',
  smallLr: 'small α',
  tuned: 'tuned',
  // Either side of a stability limit (issue 20, docs/curvature.md).
  belowLimit: 'below the limit',
  aboveLimit: 'above the limit',
  warmUp: 'warm-up',
  // A run's own batch size (docs/scenario.md): the three ways over the same data.
  oneSample: 'one sample',
  miniBatches: 'mini-batches',
  fullBatch: 'full batch',
  // Newton's step (issue 21, docs/optimizers.md#newton): α = 1 or less, H or |H|.
  fullStep: 'full step',
  halfStep: 'half step',
  plain: 'plain',
  saddleFree: 'saddle-free',
  // L-BFGS's step length (issue 21, docs/optimizers.md#lbfgs): its line search, or α itself.
  strongWolfe: 'strong Wolfe',
  noLineSearch: 'no line search',
} as const;

export type RunRole = keyof typeof RUN_ROLES;

const ROLE_OF_TEXT = new Map<string, RunRole>(
  (Object.entries(RUN_ROLES) as [RunRole, string][]).map(([role, text]) => [text, role]),
);

/** The role a label names, or null when the label is the user's own text. */
export function roleOf(label: string | undefined): RunRole | null {
  return label === undefined ? null : (ROLE_OF_TEXT.get(label) ?? null);
}
