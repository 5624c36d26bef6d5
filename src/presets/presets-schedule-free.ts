/**
 * The preset on Schedule-Free (issue 21, topic "Schedules"): Schedule-Free SGD against a cosine
 * schedule told the same budget and a constant α, on noisy gradients, where a schedule matters
 * (docs/optimizers.md#schedule-free-sgd). Every claim is checked by
 * test/presets/schedule-free-expectations.ts.
 */
import { scenario, type Preset } from './preset-parts';
import { RUN_ROLES } from './run-roles';

export const SCHEDULE_FREE_PRESETS: readonly Preset[] = [
  {
    id: 'schedule-free-vs-cosine',
    title: 'Schedule-Free vs a cosine schedule with the same budget',
    topic: 'Schedules',
    summary:
      'On Booth’s function with noisy gradients (σ = 10) three runs start from the same α = 0.05: halfway through the 400 steps (the mean loss over steps 150–200) Schedule-Free SGD’s answer, its average x drawn dashed beside the point y where it takes the gradient, is already more than ten times lower than the cosine schedule’s, whose α is still half its peak. ' +
      'By the end the cosine schedule, which was told the budget, comes within a factor of two of Schedule-Free, which was not, while the constant α stalls at a noise floor more than ten times higher than both.',
    scenario: scenario({ type: 'function', name: 'booth', noise: 10 }, [-5, -5], 400, [
      { type: 'schedule-free-sgd', lr: 0.05 },
      { type: 'gd', lr: 0.05, schedule: { type: 'cosine' }, label: RUN_ROLES.cosineDecay },
      { type: 'gd', lr: 0.05, label: RUN_ROLES.constant },
    ]),
    view: { selectedRun: 0, cursor: 200 },
  },
];
