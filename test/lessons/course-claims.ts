/**
 * The shape of the course test's claims: for each step (keyed by its English title) what its
 * text and its prediction's answer say, asserted on the step's runs, and for a step with a task
 * the control change that does it (a student's move), under which the condition must hold.
 */
import type { Scenario } from '../../src/scenario/types';
import type { StepRuns } from './run-scenario';

export interface StepClaim {
  /** Asserts what the step says about its runs. */
  check(step: StepRuns): void;
  /** For a task: the step's scenario after a move that completes it. */
  solve?: (scenario: Scenario) => Scenario;
}

/** A step's claim: just the check, or the check and, for a task, its solution. */
export type Claims = Record<string, StepClaim | StepClaim['check']>;

/** A claim in its full form. */
export const claimOf = (claim: StepClaim | StepClaim['check']): StepClaim =>
  typeof claim === 'function' ? { check: claim } : claim;
