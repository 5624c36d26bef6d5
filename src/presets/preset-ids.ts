/**
 * The presets' ids alone, for the link's `note=<id>` (src/url/note-param.ts): the link codec is in
 * the first view's JavaScript, the presets' scenarios and texts load on demand with the gallery
 * (issue 8, initial JavaScript), so the ids are listed here apart. test/url/note-param.test.ts
 * checks that this list is exactly the ids of src/presets/presets.ts, in order.
 */
export const PRESET_IDS: readonly string[] = [
  'learning-rate-quadratic',
  'momentum-ellipse',
  'nesterov-vs-heavy-ball',
  'gd-vs-adam-rosenbrock',
  'adagrad-vs-rmsprop',
  'adam-bias-correction',
  'adam-large-eps',
  'adam-beta1',
  'adam-small-beta2',
  'adamw-vs-adam-l2',
  'saddle-escape',
  'himmelblau-basins',
  'six-hump-camel-depths',
  'rastrigin-small-lr',
  'formula-double-well',
  'minibatch-noise',
  'schedules',
  'schedule-free-vs-cosine',
  'stability-limit-quadratic',
  'edge-of-stability-gd',
  'edge-of-stability-adam',
  'warmup-large-lr',
  'newton-one-step',
  'newton-saddle',
  'lbfgs-vs-adam-evaluations',
  'logistic-blobs',
  'mlp-moons',
  'overfitting',
  'muon-vs-adamw',
];

/** True when `id` names a preset. */
export function isPresetId(id: string): boolean {
  return PRESET_IDS.includes(id);
}
