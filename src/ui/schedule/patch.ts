/** The store patch that sets a run's schedule, or removes the field for a constant lr. */
import type { OptimizerSpec, ScheduleSpec } from '../../scenario/types';

/**
 * `{ schedule }`, or `{ schedule: undefined }` for a constant lr: updateOptimizer drops fields
 * set to undefined, so the scenario (and its link) keeps no `{"type": "constant"}`. The cast is
 * needed because exactOptionalPropertyTypes does not let a Partial<OptimizerSpec> hold undefined
 * (the same pattern as src/ui/optimizers/patches.ts).
 */
export function schedulePatch(schedule: ScheduleSpec | undefined): Partial<OptimizerSpec> {
  return (
    schedule && schedule.type !== 'constant' ? { schedule } : { schedule: undefined }
  ) as Partial<OptimizerSpec>;
}

/** True when the run's lr changes over the steps. */
export function isScheduled(schedule: ScheduleSpec | undefined): boolean {
  return schedule !== undefined && schedule.type !== 'constant';
}
