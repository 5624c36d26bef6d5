/**
 * The preset on Muon (issue 21, topic "Models on data"): its step on a network's hidden matrix
 * moves nearly every direction by about α, where AdamW's is dominated by a few, and it trains the
 * moons network further in the same steps (docs/optimizers.md#muon). Every claim is checked by
 * test/presets/muon-expectations.ts.
 */
import { model, type Preset } from './preset-parts';
import { RUN_ROLES } from './run-roles';

export const MUON_PRESETS: readonly Preset[] = [
  {
    id: 'muon-vs-adamw',
    title: 'Muon vs AdamW on the network',
    topic: 'Models on data',
    summary:
      'Muon orthogonalises the momentum of each weight matrix: at step 100, 14 of the 16 singular values of its step on the 2-16-16-1 network’s 16 × 16 hidden matrix lie between 0.68α and 1.2α, so it moves nearly every direction of that matrix by about α, while AdamW’s step there is led by a few directions, its largest singular value over 100 times its smallest. ' +
      'On the moons Muon (α = 0.05, its biases’ Adam at 0.02) brings the loss below 10⁻³ by step 229 and ends at 300 more than 10 times lower than AdamW at α = 0.1, the best of 0.02, 0.05, 0.1 and 0.2 after 300 steps.',
    scenario: model({ type: 'mlp' }, 300, [
      { type: 'muon', lr: 0.05, adamLr: 0.02 },
      { type: 'adamw', lr: 0.1, label: RUN_ROLES.tuned },
    ]),
    view: { selectedRun: 0, cursor: 100 },
  },
];
